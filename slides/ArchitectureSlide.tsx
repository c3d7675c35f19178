import { DecoderBlockDiagram } from '../src/components/DecoderBlockDiagram';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsLive, useSlideStep } from '../src/shell/slideStep';
import { INPUT_WITH_POSITION, LAYER_NORM, RESIDUAL_LAYER_NORM } from '../src/tex';
import './ArchitectureSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';
import { MODEL_PRESETS } from '../src/model/parameterCount';

/** How often the presets stack the block: „12-mal bei GPT-2 small, …“. */
const STACKS = MODEL_PRESETS.map((p) => `${p.shape.layers}-mal bei ${p.name}`).join(', ');

/** The outline's bullets of section 7, each with the diagram part (click) that shows it. */
export const BLOCK_PARTS = [
  { text: 'Embedding-Schicht', part: 0 },
  { text: 'Multi-Head Self-Attention', part: 1 },
  { text: 'Feedforward-MLP (z. B. mit GeLU)', part: 3 },
  { text: 'Residual-Verbindungen und LayerNorm', part: 2 },
  { text: 'Viele Wiederholungen dieser Blöcke (z. B. 12, 24, 96)', part: 5 },
] as const;

/** One diagram part per click (the manifest declares DECODER_PARTS.length − 1 clicks). */
function ArchitectureBody() {
  const view = useSlideStep();
  const animate = useIsLive();
  // The residual addition comes twice (parts 2 and 4); the bullet is current both times.
  const currentPart = view === 4 ? 2 : view;
  return (
    <SlideGrid layout="text-figure" split="fit-second" data-view={view}>
      <div>
        <ul className="arch-parts" aria-label="Bausteine eines Decoder-Blocks">
          {BLOCK_PARTS.map(({ text, part }) => {
            const current = part === currentPart;
            return (
              <li
                key={text}
                className={`${part <= view ? 'arch-part-shown' : 'arch-part-pending'}${current ? ' arch-part-current' : ''}`}
                aria-current={current ? 'step' : undefined}
              >
                {text}
              </li>
            );
          })}
        </ul>
        <div className="arch-formulas tex-left">
          <Tex math={INPUT_WITH_POSITION} label="x t gleich e t plus pos t" />
          <Tex
            math={RESIDUAL_LAYER_NORM}
            label="x Strich gleich x plus Attention von LayerNorm von x; x zwei Strich gleich x Strich plus MLP von LayerNorm von x Strich"
          />
          <Tex math={LAYER_NORM} label="LayerNorm von x gleich gamma mal x minus mü durch Wurzel aus sigma Quadrat plus epsilon, plus beta" />
        </div>
        <p className="slide-note">
          μ, σ²: Mittelwert und Varianz der d Einträge von x · ε: kleine Konstante · ⊙: eintragsweise · γ, β: gelernt
        </p>
      </div>
      <DecoderBlockDiagram shown={view + 1} animate={animate} />
    </SlideGrid>
  );
}

export function ArchitectureSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Unser Rechenbeispiel war ein einziger Attention-Kopf. Ein echtes Modell baut daraus einen Block (in Fachartikeln
            heißt er oft „Layer“), den wir jetzt Baustein für Baustein von unten nach oben zusammensetzen, so wie er in
            GPT-2 und GPT-3 aussieht. Ganz unten steht die Eingabe x_t = e_t + pos_t: Token-Embedding plus
            Positions-Embedding. Dann LayerNorm und Multi-Head Self-Attention; dann addieren wir das Ergebnis zur
            Eingabe; dann wieder LayerNorm und ein Feedforward-MLP mit GeLU, und wieder addieren. Die Liste folgt der Gliederung
            der Vorlesung; im Bild kommen Residual-Verbindungen und LayerNorm vor dem MLP.
          </p>
          <p>
            LayerNorm normiert jeden Token-Vektor für sich: Sie zieht den Mittelwert μ seiner d Einträge ab und teilt
            durch √(σ² + ε), also fast durch die Standardabweichung σ; das kleine ε verhindert das Teilen durch null. Danach skalieren und
            verschieben die gelernten Vektoren γ und β das Ergebnis. So bleiben die Zahlen in jedem Block in einem
            ähnlichen Bereich.
          </p>
          <p>
            Die gestrichelten Pfeile sind die Residual-Verbindungen: Die Eingabe läuft an LayerNorm und Teilschicht
            vorbei und wird wieder addiert, so fließen Information und Gradienten auch durch viele Blöcke. Dieser Block
            wird n_Block-mal gestapelt, {STACKS}, und nach dem
            letzten Block kommt noch eine letzte LayerNorm. Der Original-Transformer von 2017 und GPT-1 haben andersherum
            normalisiert, erst addieren, dann LayerNorm; seit GPT-2 steht die LayerNorm vor der Teilschicht, das trainiert
            tiefe Stapel stabiler. Als Nächstes: „Im MLP: GeLU statt ReLU“.
          </p>
        </>
      }
    >
      <ArchitectureBody />
    </LectureSlide>
  );
}
