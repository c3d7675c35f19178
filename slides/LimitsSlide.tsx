import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import './LimitsSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** The six limits of the outline, each with one line of explanation (and where the deck shows it). */
export const LIMITS = [
  { limit: 'Halluzinationen', why: 'Flüssig und sicher formuliert, aber falsch – wenn die Verteilung ein falsches Wort bevorzugt. (Demo gleich)' },
  { limit: 'Wissensgrenze (Trainingszeitpunkt)', why: 'Es kennt nur Texte bis zum Ende der Trainingsdaten; was danach geschah, fehlt.' },
  { limit: 'Fehlende Quellenangaben', why: 'Wissen steckt verteilt in Gewichten, nicht in Dokumenten – es gibt keine verlässliche Fundstelle. Abhilfe: Systeme mit Retrieval (RAG) suchen vor der Antwort passende Dokumente.' },
  { limit: 'Begrenzte Kontextlänge', why: 'Trainiert auf eine Länge; Positionen darüber hinaus kennt das Modell nicht, der Rest bleibt unsichtbar.' },
  { limit: 'Kosten für lange Sequenzen', why: 'Attention vergleicht jedes Token mit jedem, der KV-Cache wächst mit n. (Rechnung gleich)' },
  { limit: 'Kein echtes „Verstehen“, nur Musterlernen', why: 'Gelernt wird, welches Token statistisch folgt – nicht, was wahr ist.' },
] as const;

export function LimitsSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Jetzt, wo wir wissen, wie das Modell rechnet, werden seine Grenzen verständlich. Halluzinationen: Das Modell
            formuliert flüssig und sicher, auch wenn seine Verteilung ein falsches Wort bevorzugt; ein Wahrheitsprüfer
            ist in der Rechnung nicht vorgesehen. Sein Wissen endet mit dem Trainingszeitpunkt, und weil es verteilt in
            Gewichten steckt, kann das Modell keine verlässliche Fundstelle nennen; Quellen, die es aus dem Gedächtnis nennt, können
            selbst erfunden sein. Systeme mit Websuche oder Retrieval-Augmented
            Generation (RAG) suchen deshalb zuerst passende Dokumente, stellen sie in den Kontext und lassen das Modell
            erst dann antworten; so kann es die Quellen nennen, die es gerade gelesen hat.
          </p>
          <p>
            Der Kontext ist begrenzt, weil das Modell auf eine bestimmte Länge trainiert ist: Positionen darüber hinaus
            hat es nie gesehen. Dazu kommen die Kosten: Attention vergleicht jedes Token mit jedem, und der KV-Cache, der
            Keys und Values aller bisherigen Tokens aufbewahrt, wächst mit jedem Token. Schließlich lernt das Modell
            Muster, kein „Verstehen“ im menschlichen Sinn. Als Nächstes: „Kosten langer Kontexte: Rechenarbeit und KV-Cache“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <ul className="ol-limits">
          {LIMITS.map(({ limit, why }, i) => (
            <Reveal key={limit} at={i + 1} as="li">
              <strong className="ol-limit">{limit}</strong>
              <span className="ol-limit-why">{why}</span>
            </Reveal>
          ))}
        </ul>
      </SlideGrid>
    </LectureSlide>
  );
}
