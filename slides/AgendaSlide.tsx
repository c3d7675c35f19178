import { LectureSlide } from '../src/deck/LectureSlide';
import { SECTIONS } from './sections';
import { SlideGrid } from '../src/components/SlideGrid';

export function AgendaSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Wir gehen in elf Abschnitten vor: von der Motivation über die Transformer-Architektur und die Mathematik bis zum
          vollständigen Rechenbeispiel. Danach lernt das Modell mit Cross-Entropy und Backpropagation, und wir sehen, wie
          es sich für ein Wort entscheidet. Zum Schluss kommen Architekturen, ein Ausblick auf Titans, die Grenzen von LLMs
          und eine Diskussion. Als Nächstes: „Motivation: Vom Token zur Antwort“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <ol className="agenda">
          {SECTIONS.map((section) => (
            <li key={section.number}>{section.title}</li>
          ))}
        </ol>
      </SlideGrid>
    </LectureSlide>
  );
}
