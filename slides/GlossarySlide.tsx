import type { ReactNode } from 'react';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsLive } from '../src/shell/slideStep';
import { SlideLink, useSlideIndex } from '../src/shell/slideLinks';
import './GlossarySlide.css';
import { SlideGrid } from '../src/components/SlideGrid';
import { WORKED_DIGITS, formatNumber } from '../src/format';
import { glossaryExample, type GlossaryExample } from '../src/model/glossary';

/**
 * The glossary of section 11, word for word, each term with the `id` of the slide that introduces
 * it and of the slide that shows its worked-example number (the links are resolved at render time,
 * so they survive slides being added or reordered). Where the two differ, the term's line links to both.
 */
export const GLOSSARY = [
  {
    term: 'Token',
    definition: 'Kleinstes Textelement im Modell (Wort, Subwort, Zeichen)',
    slideId: 'tokenisierung',
    // The tokenization slide splits with BPE; the example's five tokens are the rows of E.
    exampleSlideId: 'self-attention',
  },
  { term: 'Embedding', definition: 'Zahlenvektor, der ein Token im Modellraum repräsentiert', slideId: 'transformer', exampleSlideId: 'self-attention' },
  {
    term: 'Self-Attention',
    definition: 'Mechanismus, bei dem Tokens aufeinander „achten“',
    slideId: 'transformer',
    exampleSlideId: 'self-attention-gewichte',
  },
  { term: 'Logits', definition: 'unnormierte Werte vor der Softmax-Funktion', slideId: 'decoder-vorhersage', exampleSlideId: 'decoder-vorhersage' },
  { term: 'Softmax', definition: 'Wandelt Logits in Wahrscheinlichkeiten um', slideId: 'softmax', exampleSlideId: 'softmax' },
  { term: 'Cross-Entropy', definition: 'Verlustfunktion für Klassifikation', slideId: 'cross-entropy', exampleSlideId: 'cross-entropy' },
  { term: 'Backpropagation', definition: 'Rückwärtsausbreitung des Fehlers', slideId: 'backpropagation', exampleSlideId: 'backpropagation' },
  {
    term: 'Gradient Descent',
    definition: 'Optimierungsverfahren zur Gewichtsaktualisierung',
    slideId: 'gradient-descent',
    exampleSlideId: 'gradient-descent',
  },
] as const;

type Term = (typeof GLOSSARY)[number]['term'];

/** A vector as text: (0,00; 0,90). */
const vector = (values: readonly number[], digits = 2) => `(${values.map((v) => formatNumber(v, digits)).join('; ')})`;

/**
 * What each term delivers in the worked example, with its numbers, as the slide that shows it
 * writes them (the loss and ∂L/∂h with the learning slides' WORKED_DIGITS).
 */
const IN_EXAMPLE: Record<Term, (g: GlossaryExample) => ReactNode> = {
  Token: (g) => `„${g.tokens.join(' ')}“: ${g.tokens.length} Tokens`,
  Embedding: (g) => (
    <>
      e<sub>{g.focus}</sub> = {vector(g.focusEmbedding)}
    </>
  ),
  'Self-Attention': (g) => `„${g.focus}“ achtet am stärksten auf „${g.topToken}“ (${formatNumber(g.topWeight)})`,
  Logits: (g) => `z = ${vector(g.logits)} für ${g.vocabulary.join(', ')}`,
  Softmax: (g) => `P(${g.target}) = ${formatNumber(g.pTarget)}`,
  'Cross-Entropy': (g) => `L = −ln ${formatNumber(g.pTarget, WORKED_DIGITS)} = ${formatNumber(g.loss, WORKED_DIGITS)}`,
  Backpropagation: (g) => `∂L/∂h = ${vector(g.gradContext, WORKED_DIGITS)}`,
  'Gradient Descent': (g) =>
    `Schritt mit η = ${formatNumber(g.learningRate, 1)}: P(${g.target}) ${formatNumber(g.pTarget)} → ${formatNumber(g.pTargetAfterStep)}`,
};

/** The worked example never changes on this slide: traced once. */
const EXAMPLE = glossaryExample();

/** „Folie N“ for the slide with id `slideId`, or '' where the deck does not know it. */
function useSlideName(slideId: string): string {
  const index = useSlideIndex(slideId);
  return index >= 0 ? `Folie ${index + 1}` : '';
}

function GlossaryTerm({ term, slideId }: { term: string; slideId: string }) {
  const where = useSlideName(slideId);
  return (
    <SlideLink to={slideId} fromLabel="Glossar" className="ol-glossary-link">
      {term}
      {where && ' '}
      {where && <span className="ol-glossary-where">→ {where}</span>}
    </SlideLink>
  );
}

/** „Rechenbeispiel → Folie M“: the slide that shows the term's worked-example number. */
function ExampleReference({ slideId }: { slideId: string }) {
  const where = useSlideName(slideId);
  if (!where) return null;
  return (
    <>
      {' · '}
      <SlideLink to={slideId} fromLabel="Glossar" className="ol-glossary-example-link">
        Rechenbeispiel → {where}
      </SlideLink>
    </>
  );
}

export function GlossarySlide() {
  // On paper (handout, print) the terms name their slides but do not jump: no hint to click there.
  const live = useIsLive();
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Zum Nachschlagen die wichtigsten Begriffe in einem Satz. Token, Embedding und Self-Attention beschreiben, wie
            Text zu Vektoren wird und Kontext aufnimmt; Logits, Softmax und Cross-Entropy, wie das Modell entscheidet und
            bewertet wird; Backpropagation und Gradient Descent, wie es lernt. Unter jedem Begriff steht, welche Zahl er
            im Rechenbeispiel geliefert hat: von den {EXAMPLE.tokens.length} Tokens des Satzanfangs bis zum Lernschritt, der P({EXAMPLE.target}) von {formatNumber(EXAMPLE.pTarget)} auf{' '}
            {formatNumber(EXAMPLE.pTargetAfterStep)} hebt.
          </p>
          <p>
            Jeder Begriff ist ein Link zu der Folie, auf der er eingeführt wird. Stehen die Zahlen seines Rechenbeispiels auf
            einer anderen Folie, führt ein zweiter Link dorthin („Rechenbeispiel → Folie …“). Das hilft bei Rückfragen:
            anklicken oder mit Tab ansteuern und Enter drücken. In den Folien führt unten auf der Zielfolie „← zurück zum Glossar“ wieder hierher, in der Leseansicht
            die Zurück-Taste des Browsers. Im Handout sind diese Verweise nicht anklickbar, dort stehen nur die Nummern der
            Folien. Die Folien stehen zum Wiederholen online. Vielen Dank, und jetzt gern Fragen.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <dl className="glossary ol-glossary">
          {GLOSSARY.map((entry) => (
            <div key={entry.term} className="glossary-entry">
              <dt>
                <GlossaryTerm term={entry.term} slideId={entry.slideId} />
                {entry.exampleSlideId !== entry.slideId && <ExampleReference slideId={entry.exampleSlideId} />}
              </dt>
              <dd>{entry.definition}</dd>
              <dd className="ol-glossary-example" data-testid="glossary-example">
                <span className="ol-glossary-example-label">Rechenbeispiel:</span> {IN_EXAMPLE[entry.term](EXAMPLE)}
              </dd>
            </div>
          ))}
        </dl>
        {live && <p className="slide-note">Begriff anklicken (oder Tab + Enter): Sprung zur Folie, dort „← zurück zum Glossar“.</p>}
      </SlideGrid>
    </LectureSlide>
  );
}
