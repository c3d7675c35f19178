import { LectureSlide } from '../src/shell/LectureSlide';
import { SlideLink, useSlideIndex } from '../src/shell/slideLinks';
import './GlossarySlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

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
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Zum Nachschlagen die wichtigsten Begriffe in einem Satz. Token, Embedding und Self-Attention beschreiben, wie
            Text zu Vektoren wird und Kontext aufnimmt; Logits, Softmax und Cross-Entropy, wie das Modell entscheidet und
            bewertet wird; Backpropagation und Gradient Descent, wie es lernt.
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
            </div>
          ))}
        </dl>
        <p className="slide-note">Begriff anklicken (oder Tab + Enter): Sprung zur Folie, dort „← zurück zum Glossar“.</p>
      </SlideGrid>
    </LectureSlide>
  );
}
