import { LectureSlide } from '../src/deck/LectureSlide';
import { SlideGrid } from '../src/components/SlideGrid';

export function TitleSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Willkommen! Heute schauen wir in ein Large Language Model hinein und rechnen dabei selbst mit: Jede Zahl auf den
          folgenden Folien wird live im Browser berechnet. Unser roter Faden ist ein einziger Satz, „Paris ist die
          Hauptstadt von …“, und die Frage, wie das Modell auf „Frankreich“ kommt. Als Nächstes: die „Agenda“.
        </p>
      }
    >
      <SlideGrid layout="one" className="title-body">
        <p className="example-sentence">
          „Paris ist die Hauptstadt <span className="role-focus">von</span> …“
        </p>
        <p className="small">
          Vektoren, Matrizen, Wahrscheinlichkeiten: Wie aus Statistik eine Antwort wird. Alle Zahlen werden live berechnet.
        </p>
      </SlideGrid>
    </LectureSlide>
  );
}
