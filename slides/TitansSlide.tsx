import { PlaceholderNote } from '../src/components/PlaceholderNote';
import { LectureSlide } from '../src/deck/LectureSlide';
import { kicker, sectionTitle } from './sections';

export function TitansSlide() {
  return (
    <LectureSlide
      id="titans"
      kicker={kicker(8)}
      title={sectionTitle(8)}
      notes={
        <p>
          Titans ist eine Weiterentwicklung des klassischen Transformers. Die Idee: Attention ist ein gutes
          Kurzzeitgedächtnis, aber teuer für lange Kontexte. Titans ergänzt ein neuronales Langzeitgedächtnis, das noch
          während der Anwendung lernt, und ein persistentes Gedächtnis mit festem Wissen. Dazu kommen Gating und bessere
          Positionskodierungen wie Rotary oder State-Space-Ansätze. Danach sprechen wir über die Grenzen von LLMs.
        </p>
      }
    >
      <ul>
        <li>Weiterentwicklung klassischer Transformer</li>
        <li>Kombination von Attention, MLP und Gating</li>
        <li>Verbesserte Positionskodierung (z. B. Rotary, State-Space)</li>
        <li>Spezielle Memory-Architekturen (Short-Term, Long-Term, Persistent Memory)</li>
      </ul>
      <PlaceholderNote>Die Gleichungen und der Gedächtnis-Sandkasten kommen mit Issue #5.</PlaceholderNote>
    </LectureSlide>
  );
}
