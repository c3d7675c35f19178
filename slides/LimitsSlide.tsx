import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import './LimitsSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** The six limits of the outline, each with one line of explanation (and where the deck shows it). */
export const LIMITS = [
  { limit: 'Halluzinationen', why: 'Das Modell zieht immer ein Wort – auch wenn es falsch ist, klingt es sicher. (Demo gleich)' },
  { limit: 'Wissensgrenze (Trainingszeitpunkt)', why: 'Es kennt nur Texte bis zum Ende der Trainingsdaten; was danach geschah, fehlt.' },
  { limit: 'Fehlende Quellenangaben', why: 'Wissen steckt verteilt in Gewichten, nicht in Dokumenten – es gibt keine Fundstelle.' },
  { limit: 'Begrenzte Kontextlänge', why: 'Nur ein Fenster von n Tokens passt hinein; der Rest ist für das Modell unsichtbar.' },
  { limit: 'Kosten für lange Sequenzen', why: 'Attention vergleicht jedes Token mit jedem: n² Scores. (Rechnung gleich)' },
  { limit: 'Kein echtes „Verstehen“, nur Musterlernen', why: 'Gelernt wird, welches Token statistisch folgt – nicht, was wahr ist.' },
] as const;

export function LimitsSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Jetzt, wo wir wissen, wie das Modell rechnet, werden seine Grenzen verständlich. Decken Sie die Punkte einzeln
            auf. Es gibt immer eine Wahrscheinlichkeitsverteilung aus, auch wenn es nichts weiß: Das sind
            Halluzinationen. Sein Wissen endet mit dem Trainingszeitpunkt, und weil das Wissen verteilt in Gewichten
            steckt, kann es keine Quelle nennen – Systeme mit Websuche oder Retrieval hängen Quellen erst nachträglich an.
          </p>
          <p>
            Attention kostet quadratisch viel in der Kontextlänge, deshalb ist der Kontext begrenzt und lange Sequenzen
            sind teuer. Und es lernt Muster, kein „Verstehen“ im menschlichen Sinn. Auf den nächsten zwei Folien rechnen
            wir die Kosten nach und lassen unser Mini-Modell halluzinieren.
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
