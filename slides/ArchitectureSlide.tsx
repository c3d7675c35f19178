import { Appear } from 'spectacle';
import { PlaceholderNote } from '../src/components/PlaceholderNote';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/deck/LectureSlide';
import { GELU, RESIDUAL_LAYER_NORM } from '../src/formulas';
import { kicker, sectionTitle } from './sections';

/** The parts of a decoder block, revealed bottom-up as in section 7. */
const BLOCK_PARTS = [
  'Embedding-Schicht',
  'Multi-Head Self-Attention',
  'Feedforward-MLP (mit Aktivierungen wie GeLU)',
  'Residual-Verbindungen und LayerNorm',
  'Viele Wiederholungen dieser Blöcke (z. B. 12, 24, 96 Layer)',
] as const;

export function ArchitectureSlide() {
  return (
    <LectureSlide
      id="architekturen"
      kicker={kicker(7)}
      title={sectionTitle(7)}
      notes={
        <p>
          Unser Rechenbeispiel war ein einziger Attention-Kopf. Ein echtes Modell stapelt Blöcke: Embedding-Schicht,
          Multi-Head Self-Attention, ein Feedforward-MLP mit GeLU, dazu Residual-Verbindungen und LayerNorm. Diese Blöcke
          werden oft wiederholt, 12 Mal bei GPT-2 small, 24 oder 96 Mal bei größeren Modellen. Danach werfen wir einen
          Blick auf neuere Architekturen.
        </p>
      }
    >
      <div className="columns">
        <ul>
          {BLOCK_PARTS.map((part, index) =>
            index === 0 ? (
              <li key={part}>{part}</li>
            ) : (
              <Appear key={part} tagName="li">
                {part}
              </Appear>
            ),
          )}
        </ul>
        <div>
          <Tex math={RESIDUAL_LAYER_NORM} />
          <Tex math={GELU} />
          <PlaceholderNote>Das animierte Blockdiagramm und der Parameterrechner kommen mit Issue #5.</PlaceholderNote>
        </div>
      </div>
    </LectureSlide>
  );
}
