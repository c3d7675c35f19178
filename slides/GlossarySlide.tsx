import { LectureSlide } from '../src/deck/LectureSlide';
import { kicker, sectionTitle } from './sections';

/** The glossary of section 11, word for word. */
export const GLOSSARY = [
  { term: 'Token', definition: 'Kleinstes Textelement im Modell (Wort, Subwort, Zeichen)' },
  { term: 'Embedding', definition: 'Zahlenvektor, der ein Token im Modellraum repräsentiert' },
  { term: 'Self-Attention', definition: 'Mechanismus, bei dem Tokens aufeinander „achten“' },
  { term: 'Logits', definition: 'Roh-Scores vor der Softmax-Funktion' },
  { term: 'Softmax', definition: 'Wandelt Logits in Wahrscheinlichkeiten um' },
  { term: 'Cross-Entropy', definition: 'Verlustfunktion für Klassifikation' },
  { term: 'Backpropagation', definition: 'Rückwärtsausbreitung des Fehlers' },
  { term: 'Gradient Descent', definition: 'Optimierungsverfahren zur Gewichtsaktualisierung' },
] as const;

export function GlossarySlide() {
  return (
    <LectureSlide
      id="glossar"
      kicker={kicker(11)}
      title={sectionTitle(11)}
      notes={
        <p>
          Zum Nachschlagen die wichtigsten Begriffe in einem Satz. Token, Embedding und Self-Attention beschreiben, wie
          Text zu Vektoren wird und Kontext aufnimmt; Logits, Softmax und Cross-Entropy, wie das Modell entscheidet und
          bewertet wird; Backpropagation und Gradient Descent, wie es lernt. Die Folien stehen zum Wiederholen online. Vielen
          Dank, und jetzt gern Fragen.
        </p>
      }
    >
      <dl className="glossary">
        {GLOSSARY.map((entry) => (
          <div key={entry.term} className="glossary-entry">
            <dt>{entry.term}</dt>
            <dd>{entry.definition}</dd>
          </div>
        ))}
      </dl>
    </LectureSlide>
  );
}
