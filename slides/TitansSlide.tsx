import { LectureSlide } from '../src/deck/LectureSlide';
import { Reveal } from '../src/deck/slideStep';
import '../src/components/outlook.css';
import { TITANS_CITATION } from './titans';

/** The three memories of Titans: what they are and how long they remember. */
export const TITANS_MEMORIES = [
  {
    name: 'Kurzzeitgedächtnis',
    english: 'Short-Term Memory',
    what: 'Attention über ein begrenztes Fenster: genau, aber teuer (n²).',
  },
  {
    name: 'Langzeitgedächtnis',
    english: 'Long-Term Memory',
    what: 'Ein kleines neuronales Netz, das beim Lesen weiterlernt – auch nach dem Training.',
  },
  {
    name: 'Persistentes Gedächtnis',
    english: 'Persistent Memory',
    what: 'Gelernte Parameter, unabhängig von der Eingabe: festes Wissen über die Aufgabe.',
  },
] as const;

export function TitansSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Titans ist ein Vorschlag von Forschern bei Google aus dem Jahr 2024, wie man den klassischen Transformer
            weiterentwickeln kann. Die Bausteine kennen wir: Attention, MLP und Gating, also Schalter, die Signale
            gewichtet mischen. Neu ist die Frage: Wie merkt sich ein Modell etwas über sehr lange Texte?
          </p>
          <p>
            Mit jedem Klick kommt ein Gedächtnis dazu. Attention ist das Kurzzeitgedächtnis: exakt, aber quadratisch
            teuer. Das Langzeitgedächtnis ist ein kleines Netz, das noch während der Anwendung lernt. Das persistente
            Gedächtnis sind gelernte Parameter, die nicht von der Eingabe abhängen. Auf der nächsten Folie sehen wir, wie
            das Langzeitgedächtnis lernt.
          </p>
        </>
      }
    >
      <div className="ol-columns ol-columns-wide-left">
        <ul className="ol-bullets">
          <li>Weiterentwicklung klassischer Transformer</li>
          <li>Kombination von Attention, MLP und Gating</li>
          <li>Verbesserte Positionskodierung (z. B. Rotary, State-Space)</li>
          <li>Spezielle Memory-Architekturen (Short-Term, Long-Term, Persistent Memory)</li>
        </ul>
        <ol className="ol-memories" aria-label="Die drei Gedächtnisse von Titans">
          {TITANS_MEMORIES.map((memory, i) => (
            <li key={memory.name}>
              <Reveal at={i + 1} className={`ol-memory ol-memory-${i}`}>
                <p className="ol-memory-name">
                  {memory.name} <span className="ol-memory-english">({memory.english})</span>
                </p>
                <p className="ol-memory-what">{memory.what}</p>
              </Reveal>
            </li>
          ))}
        </ol>
      </div>
      <p className="ol-citation">{TITANS_CITATION}</p>
    </LectureSlide>
  );
}
