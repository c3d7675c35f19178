import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { TITANS_CITATION } from './titans';
import { SlideGrid } from '../src/components/SlideGrid';
import './TitansSlide.css';
import { SourceLine } from '../src/components/SourceLine';

/** The three memories of Titans: what they are and how long they remember. */
export const TITANS_MEMORIES = [
  {
    name: 'Kurzzeitgedächtnis',
    english: 'Short-Term Memory',
    what: 'Attention über ein Fenster von w Tokens: exakt und mit n·w statt n² Scores.',
  },
  {
    name: 'Langzeitgedächtnis',
    english: 'Long-Term Memory',
    what: 'Ein kleines neuronales Netz, das beim Lesen weiterlernt – auch nach dem Training.',
  },
  {
    name: 'Persistentes Gedächtnis',
    english: 'Persistent Memory',
    what: 'Gelernte Tokens, unabhängig von der Eingabe, vor jede Eingabe gehängt: festes Wissen über die Aufgabe.',
  },
] as const;

export function TitansSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Titans ist ein Vorschlag von Google Research vom Jahresende 2024, wie man den klassischen Transformer
            weiterentwickeln kann. Attention und MLP kennen wir. Neu für uns ist Gating: Ein Gate ist ein gelerntes weiches
            Gewicht g = sigmoid(x W_g) zwischen 0 und 1, das zwei Signale verknüpft, in einer üblichen Form g mal das eine
            plus 1 − g mal das andere. Rotary-Positionskodierung, von Su und Kollegen 2021, und State-Space-Modelle stammen nicht
            aus dem Titans-Paper, sondern bilden sein Umfeld; beide sehen wir gleich noch. Neu bei Titans ist die Frage:
            Wie merkt sich ein Modell etwas über sehr lange Texte?
          </p>
          <p>
            Nacheinander kommen jetzt drei Gedächtnisse dazu. Attention ist das Kurzzeitgedächtnis: exakt, aber nur über
            ein Fenster von w Tokens; so kostet sie bei n Tokens n mal w Scores statt n². Über den ganzen Text wäre sie
            quadratisch teuer. Das Langzeitgedächtnis ist ein kleines Netz, das noch während der Anwendung lernt. Das persistente
            Gedächtnis sind gelernte Tokens, die nicht von der Eingabe abhängen und vor jede Eingabe gehängt werden. Als
            Nächstes: „Langzeitgedächtnis: lernen beim Lesen“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-first">
        <ul className="ol-bullets">
          <li>Weiterentwicklung klassischer Transformer</li>
          <li>Kombination von Attention, MLP und Gating (Gate: g = sigmoid(x W<sub>g</sub>) ∈ (0; 1) mischt zwei Signale)</li>
          <li>Umfeld: Rotary-Positionskodierung (Su et al. 2021) und State-Space-Modelle – Vorarbeiten, nicht Teil von Titans</li>
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
      </SlideGrid>
      <SourceLine kind="citation">{TITANS_CITATION}</SourceLine>
    </LectureSlide>
  );
}
