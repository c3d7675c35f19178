import type { ReactNode } from 'react';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsLive } from '../src/shell/slideStep';
import { SlideLink, useSlideIndex } from '../src/shell/slideLinks';
import './GlossarySlide.css';
import { SlideGrid } from '../src/components/SlideGrid';
import { formatNumber } from '../src/format';
import { glossaryExample, type GlossaryExample } from '../src/model/glossary';

/**
 * The glossary of section 11, word for word, each term with the `id` of the slide that introduces
 * it (the link is resolved at render time, so it survives slides being added or reordered).
 */
export const GLOSSARY = [
  { term: 'Token', definition: 'Kleinstes Textelement im Modell (Wort, Subwort, Zeichen)', slideId: 'tokenisierung' },
  { term: 'Embedding', definition: 'Zahlenvektor, der ein Token im Modellraum repräsentiert', slideId: 'transformer' },
  { term: 'Self-Attention', definition: 'Mechanismus, bei dem Tokens aufeinander „achten“', slideId: 'transformer' },
  { term: 'Logits', definition: 'unnormierte Werte vor der Softmax-Funktion', slideId: 'decoder-vorhersage' },
  { term: 'Softmax', definition: 'Wandelt Logits in Wahrscheinlichkeiten um', slideId: 'softmax' },
  { term: 'Cross-Entropy', definition: 'Verlustfunktion für Klassifikation', slideId: 'cross-entropy' },
  { term: 'Backpropagation', definition: 'Rückwärtsausbreitung des Fehlers', slideId: 'backpropagation' },
  { term: 'Gradient Descent', definition: 'Optimierungsverfahren zur Gewichtsaktualisierung', slideId: 'gradient-descent' },
] as const;

type Term = (typeof GLOSSARY)[number]['term'];

/** A vector as text: (0,00; 0,90). */
const vector = (values: readonly number[]) => `(${values.map((v) => formatNumber(v)).join('; ')})`;

/** Where each term shows up in the worked example, with its numbers. */
const IN_EXAMPLE: Record<Term, (g: GlossaryExample) => ReactNode> = {
  Token: (g) => `„${g.tokens.join(' ')}“: ${g.tokens.length} Tokens`,
  Embedding: (g) => (
    <>
      e<sub>{g.focus}</sub> = {vector(g.focusEmbedding)}
    </>
  ),
  'Self-Attention': (g) => `„${g.focus}“ achtet zu ${formatNumber(g.topWeight)} auf „${g.topToken}“`,
  Logits: (g) => `z = ${vector(g.logits)} für ${g.vocabulary.join(', ')}`,
  Softmax: (g) => `P(${g.target}) = ${formatNumber(g.pTarget)}`,
  'Cross-Entropy': (g) => `L = −ln ${formatNumber(g.pTarget)} = ${formatNumber(g.loss)}`,
  Backpropagation: (g) => `∂L/∂z = p − y = ${vector(g.gradLogits)}`,
  'Gradient Descent': (g) =>
    `Schritt mit η = ${formatNumber(g.learningRate, 1)}: P(${g.target}) ${formatNumber(g.pTarget)} → ${formatNumber(g.pTargetAfterStep)}`,
};

/** The worked example never changes on this slide: traced once. */
const EXAMPLE = glossaryExample();

function GlossaryTerm({ term, slideId }: { term: string; slideId: string }) {
  const index = useSlideIndex(slideId);
  const where = index >= 0 ? `Folie ${index + 1}` : '';
  return (
    <SlideLink to={slideId} fromLabel="Glossar" className="ol-glossary-link">
      {term}
      {where && ' '}
      {where && <span className="ol-glossary-where">→ {where}</span>}
    </SlideLink>
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
            bewertet wird; Backpropagation und Gradient Descent, wie es lernt. Unter jedem Begriff steht, wo er im
            Rechenbeispiel vorkam, mit dessen Zahlen: von den {EXAMPLE.tokens.length} Tokens des Satzanfangs bis zum
            Lernschritt, der P({EXAMPLE.target}) von {formatNumber(EXAMPLE.pTarget)} auf{' '}
            {formatNumber(EXAMPLE.pTargetAfterStep)} hebt.
          </p>
          <p>
            Jeder Begriff ist ein Link zu der Folie, auf der er eingeführt wird – gut für Rückfragen: anklicken oder mit
            Tab ansteuern und Enter drücken. In den Folien führt unten auf der Zielfolie „← zurück zum
            Glossar“ wieder hierher, in der Leseansicht die Zurück-Taste des Browsers. Die Folien
            stehen zum Wiederholen online. Vielen Dank, und jetzt gern Fragen.
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
