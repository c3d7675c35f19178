import { WithSubscripts } from '../src/components/WithSubscripts';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { ROW_VECTOR_PRODUCT } from '../src/tex';
import { NOTATION, ROW_VECTOR_CONVENTION } from '../src/tex/notation';
import './NotationSlide.css';

/** The entries of the „Schreibweise“ box: the letters every later section uses. */
const BOX = NOTATION.filter((entry) => entry.box);

export function NotationSlide() {
  return (
    <LectureSlide
      notes={
        <p>
          Bevor wir rechnen, die Schreibweise, die ab jetzt überall gilt. Vektoren sind Zeilenvektoren: Der Vektor eines
          Tokens ist eine Zeile mit d Zahlen und steht vor der Matrix: x mal W. Jeder Buchstabe hat genau eine Bedeutung:
          h ist immer der Kontextvektor, η immer die Lernrate, L immer der Loss, und Anzahlen heißen n mit einem Index,
          n_Block, n_head, n_vocab; die Indizes head und vocab übernehmen wir aus der GPT-2-Konfiguration. Die Folie zeigt die {BOX.length} Zeichen, die Sie am häufigsten sehen; alle{' '}
          {NOTATION.length} zeigt die Terminal-Demo „notation“. Als Nächstes: „Rechenbeispiel: Wie arbeitet das Modell?“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <p className="slide-text">
          <WithSubscripts text={ROW_VECTOR_CONVENTION} />
        </p>
        <Tex math={ROW_VECTOR_PRODUCT} label="x W: 1 mal d, mal d mal d aus, ergibt 1 mal d aus" />
        <dl className="notation-box" aria-label="Die wichtigsten Zeichen">
          {BOX.map((entry) => (
            <div key={entry.symbol} className="notation-item">
              <dt>
                <Tex inline math={entry.symbol} label={entry.plain} />
              </dt>
              <dd>
                <WithSubscripts text={entry.box ?? ''} />{' '}
                <span className="notation-shape">
                  <WithSubscripts text={entry.shape} />
                </span>
              </dd>
            </div>
          ))}
        </dl>
        <p className="slide-note">
          Indizes in Worten benennen nur: h<sub>von</sub>, W<sub>out</sub>, n<sub>Block</sub>. Alle {NOTATION.length} Zeichen
          mit Bedeutung, Form und Abschnitt zeigt die Terminal-Demo.
        </p>
      </SlideGrid>
      <SourceLine kind="demo">Alle Zeichen: npm run demo -- notation</SourceLine>
    </LectureSlide>
  );
}
