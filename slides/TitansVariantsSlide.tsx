import { Fragment } from 'react';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { TITANS_CITATION } from './titans';
import './TitansVariantsSlide.css';
import { SourceLine } from '../src/components/SourceLine';
import { SlideGrid } from '../src/components/SlideGrid';

/** What a box in a diagram stands for: colour and a label (never colour alone). */
type Part = 'input' | 'persistent' | 'memory' | 'attention' | 'gate' | 'output';

/** One row of boxes; `kind` says whether they are concatenated (one sequence) or parallel branches. */
type Row = { boxes: readonly { text: string; part: Part }[]; kind: 'single' | 'concat' | 'parallel' };

const JOIN: Record<Row['kind'], string> = { single: '', concat: ' aneinandergehängt mit ', parallel: ' parallel zu ' };

/** The three ways Titans wires the long-term memory into a block, top (input) to bottom (output). */
export const TITANS_VARIANTS: readonly { short: string; name: string; idea: string; stages: readonly Row[] }[] = [
  {
    short: 'MAC',
    name: 'Memory as a Context',
    idea: 'Das Gedächtnis liefert zusätzlichen Kontext für die Attention.',
    stages: [
      { kind: 'single', boxes: [{ text: 'Segment x', part: 'input' }] },
      {
        kind: 'concat',
        boxes: [
          { text: 'persistent', part: 'persistent' },
          { text: 'Abruf 𝓜*(q)', part: 'memory' },
          { text: 'Segment x', part: 'input' },
        ],
      },
      { kind: 'single', boxes: [{ text: 'Attention', part: 'attention' }] },
      { kind: 'single', boxes: [{ text: 'Ausgabe → schreibt in 𝓜', part: 'output' }] },
    ],
  },
  {
    short: 'MAG',
    name: 'Memory as a Gate',
    idea: 'Zwei Zweige parallel, ein Gate verknüpft sie.',
    stages: [
      {
        kind: 'concat',
        boxes: [
          { text: 'persistent', part: 'persistent' },
          { text: 'Eingabe x', part: 'input' },
        ],
      },
      {
        kind: 'parallel',
        boxes: [
          { text: 'Fenster-Attention', part: 'attention' },
          { text: 'Gedächtnis 𝓜', part: 'memory' },
        ],
      },
      { kind: 'single', boxes: [{ text: 'Gate: o = y ⊗ 𝓜(x̃)', part: 'gate' }] },
      { kind: 'single', boxes: [{ text: 'Ausgabe', part: 'output' }] },
    ],
  },
  {
    short: 'MAL',
    name: 'Memory as a Layer',
    idea: 'Das Gedächtnis ist eine eigene Schicht vor der Attention.',
    stages: [
      {
        kind: 'concat',
        boxes: [
          { text: 'persistent', part: 'persistent' },
          { text: 'Eingabe x', part: 'input' },
        ],
      },
      { kind: 'single', boxes: [{ text: 'Gedächtnis-Schicht 𝓜', part: 'memory' }] },
      { kind: 'single', boxes: [{ text: 'Fenster-Attention', part: 'attention' }] },
      { kind: 'single', boxes: [{ text: 'Ausgabe', part: 'output' }] },
    ],
  },
];

const LEGEND: readonly { part: Part; text: string }[] = [
  { part: 'attention', text: 'Kurzzeit (Attention, oft im gleitenden Fenster)' },
  { part: 'memory', text: 'Langzeit (𝓜, lernt beim Lesen)' },
  { part: 'persistent', text: 'Persistent (gelernte Tokens, vorangestellt)' },
];

function VariantDiagram({ variant }: { variant: (typeof TITANS_VARIANTS)[number] }) {
  const description = variant.stages.map((row) => row.boxes.map((box) => box.text).join(JOIN[row.kind])).join(', dann ');
  return (
    <figure className="ol-variant" aria-label={`${variant.short}, ${variant.name}: ${description}`}>
      <figcaption>
        <strong className="ol-variant-short">{variant.short}</strong> <span className="ol-variant-name">{variant.name}</span>
      </figcaption>
      <div className="ol-flow" aria-hidden="true">
        {variant.stages.map((row, i) => (
          <Fragment key={i}>
            {i > 0 && <span className="ol-flow-arrow">{row.kind === 'parallel' ? '↙ ↘' : variant.stages[i - 1].kind === 'parallel' ? '↘ ↙' : '↓'}</span>}
            <div className={`ol-flow-stage ol-flow-${row.kind}`}>
              {row.boxes.map((box) => (
                <span key={box.text} className={`ol-box ol-box-${box.part}`}>
                  {box.text}
                </span>
              ))}
            </div>
          </Fragment>
        ))}
      </div>
      <p className="ol-variant-idea">{variant.idea}</p>
    </figure>
  );
}

export function TitansVariantsSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Wie baut man das Langzeitgedächtnis in einen Block ein? Das Paper vergleicht drei Varianten. In allen dreien
            werden die persistenten Tokens, gelernte Vektoren, die nicht von der Eingabe abhängen, vor die Eingabe
            gehängt: Die Folge wird länger, nichts wird addiert. Bei Memory as a Context wird zuerst aus dem Gedächtnis
            abgerufen, und das Ergebnis steht zusammen mit den persistenten Tokens und dem aktuellen Segment vor der
            Attention – wie zusätzlicher Kontext.
          </p>
          <p>
            Als Zweites Memory as a Gate: Attention über ein gleitendes Fenster und Gedächtnis laufen parallel, und ein
            Gate mischt beide Ergebnisse. Eine übliche Form des Gates ist g mal das eine plus 1 − g
            mal das andere; das Paper verknüpft beide Zweige nach einer Normierung nichtlinear, o = y ⊗ 𝓜(x̃); dabei ist x̃ die Eingabe mit den vorangestellten persistenten Tokens und y die Ausgabe der Fenster-Attention. Dann Memory as a Layer: das Gedächtnis als
            eigene Schicht vor der Attention. Farben und Beschriftung zeigen dieselben Rollen in allen drei Bildern. Als
            Nächstes: „Sandkasten: ein Gedächtnis lernt beim Lesen“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <ul className="ol-legend" aria-label="Legende">
          {LEGEND.map((entry) => (
            <li key={entry.part}>
              <span className={`ol-box ol-box-${entry.part} ol-legend-swatch`} aria-hidden="true" /> {entry.text}
            </li>
          ))}
        </ul>
        <div className="ol-variants">
          {TITANS_VARIANTS.map((variant, i) =>
            i === 0 ? (
              <VariantDiagram key={variant.short} variant={variant} />
            ) : (
              <Reveal key={variant.short} at={i}>
                <VariantDiagram variant={variant} />
              </Reveal>
            ),
          )}
        </div>
      </SlideGrid>
      <SourceLine kind="citation">{TITANS_CITATION}</SourceLine>
    </LectureSlide>
  );
}
