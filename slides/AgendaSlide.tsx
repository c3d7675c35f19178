import { LectureSlide } from '../src/shell/LectureSlide';
import { SECTIONS } from './sections';
import { TIME_PLAN } from './timePlan';
import './AgendaSlide.css';

/** Minutes the time plan gives a section. */
function minutesOf(section: number): number {
  return TIME_PLAN.parts.filter((part) => part.section === section).reduce((sum, part) => sum + part.minutes, 0);
}
import { SlideGrid } from '../src/components/SlideGrid';

export function AgendaSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Wir gehen in elf Abschnitten vor: von der Motivation über die Transformer-Architektur und die Mathematik bis zum
          vollständigen Rechenbeispiel. Danach lernt das Modell mit Cross-Entropy und Backpropagation, und wir sehen, wie
          es sich für ein Wort entscheidet. Dann kommen die Architekturen, und ein Mini-GPT führt alles zusammen: Es lernt
          live und schreibt selbst. Zum Schluss ein Ausblick auf Titans, die Grenzen von LLMs und eine Diskussion. Die
          Minuten neben jedem Abschnitt stammen aus dem Zeitplan für die {TIME_PLAN.lengthMinutes} Minuten. Als Nächstes: „Motivation: Vom Token zur Antwort“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <ol className="agenda agenda-timed">
          {SECTIONS.map((section) => (
            <li key={section.number}>
              <span>
                {section.number}. {section.title}
              </span>
              <span className="agenda-minutes num">{minutesOf(section.number)} Min.</span>
            </li>
          ))}
        </ol>
      </SlideGrid>
    </LectureSlide>
  );
}
