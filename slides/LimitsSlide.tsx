import { Appear } from 'spectacle';
import { PlaceholderNote } from '../src/components/PlaceholderNote';
import { LectureSlide } from '../src/deck/LectureSlide';
import { kicker, sectionTitle } from './sections';

const LIMITS = [
  'Halluzinationen',
  'Wissensgrenze (Trainingszeitpunkt)',
  'Fehlende Quellenangaben',
  'Begrenzte Kontextlänge',
  'Kosten für lange Sequenzen',
  'Kein echtes „Verstehen“, nur Musterlernen',
] as const;

export function LimitsSlide() {
  return (
    <LectureSlide
      id="grenzen"
      kicker={kicker(9)}
      title={sectionTitle(9)}
      notes={
        <p>
          Jetzt, wo wir wissen, wie das Modell rechnet, werden seine Grenzen verständlich. Es gibt immer eine
          Wahrscheinlichkeitsverteilung aus, auch wenn es nichts weiß: Das sind Halluzinationen. Sein Wissen endet mit dem
          Trainingszeitpunkt, und es kennt keine Quellen. Attention kostet quadratisch viel in der Kontextlänge, deshalb
          ist der Kontext begrenzt und lange Sequenzen sind teuer. Und es lernt Muster, kein „Verstehen“ im menschlichen
          Sinn. Das führt uns direkt zur Diskussion.
        </p>
      }
    >
      <ul>
        {LIMITS.map((limit) => (
          <Appear key={limit} tagName="li">
            {limit}
          </Appear>
        ))}
      </ul>
      <PlaceholderNote>Der Kostenplot für lange Kontexte und die Halluzinations-Demo kommen mit Issue #5.</PlaceholderNote>
    </LectureSlide>
  );
}
