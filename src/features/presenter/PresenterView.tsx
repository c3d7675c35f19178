import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlackout } from '../../shell/useBlackout';
import type { SlideMeta } from '../../shell/manifest';
import { LectureRecorder } from '../recording/recorder';
import { InterruptedRecordings, RecorderPanel } from '../recording/RecorderPanel';
import { formatClock } from '../recording/timeline';
import { StageTemplate } from '../../shell/template';
import { scheduleOf, type TimePlan } from '../../shell/timePlan';
import { InPresenterView } from '../../shell/presenterContext';
import { useDeckApi } from '../../shell/deckApi';
import { lectureClock } from '../../shell/lectureClock';
import { registerKeyLayer } from '../../shell/inputRouter';
import { PresenterNotesContext } from '../../shell/slidePosition';
import { Stage } from '../../shell/Stage';
import { NextStepPreview } from './NextStepPreview';
import { TimePlanBar } from './TimePlanBar';
import { useStoredNumber } from '../../shell/storedPreference';
import { useNow } from '../../shell/useNow';
import { useStopwatch, type Stopwatch } from './useStopwatch';
import './presenter.css';

export interface LectureSection {
  readonly number: number;
  readonly title: string;
}

type Props = {
  slides: readonly SlideMeta[];
  sections: readonly LectureSection[];
  timePlan: TimePlan;
  /** Shown in the top bar (the app puts the hall's QR codes there: src/features/hall). */
  extras?: ReactNode;
};

const NOTE_SIZES = [16, 18, 20, 22, 24, 28, 32, 36, 40];

/**
 * The lecturer's screen for `?presenterMode=true` (German, replacing Spectacle's stock presenter
 * screen): the current slide (the deck's stage: keys, steps, sync), what the next
 * click shows, the notes with larger/smaller type, the stopwatch and the clock, the time plan, and
 * the recorder.
 */
export function PresenterView({ slides, sections, timePlan, extras = null }: Props) {
  const api = useDeckApi();
  const deck = { initialized: api.initialized, slideIndex: api.view.slideIndex, stepIndex: api.view.stepIndex };
  const [notesNode, setNotesNode] = useState<HTMLDivElement | null>(null);
  const stopwatch = useStopwatch();
  const [noteSize, setNoteSize] = useStoredNumber('vtza.presenter.noteSize', 3, 0, NOTE_SIZES.length - 1);
  const [lengthMinutes, setLengthMinutes] = useStoredNumber('vtza.presenter.lengthMinutes', timePlan.lengthMinutes, 10, 240);
  const [withMicrophone, setWithMicrophone] = useStoredNumber('vtza.presenter.microphone', 1, 0, 1);
  const [blackout] = useBlackout();
  const schedule = useMemo(() => scheduleOf(timePlan, slides, lengthMinutes), [timePlan, slides, lengthMinutes]);
  const [recorder] = useState(
    () =>
      new LectureRecorder({
        slides: slides.map((s) => ({ id: s.id, section: s.section ?? null, steps: s.steps })),
        sections: sections.map((s) => ({ number: s.number, title: s.title })),
      }),
  );

  // The stopwatch for the hall's remote page (its pace): every start, pause, reset and new length.
  useEffect(() => {
    const at = Date.now();
    lectureClock.set({ elapsedMs: stopwatch.elapsedAt(at), running: stopwatch.running, lengthMinutes, at });
  }, [stopwatch, lengthMinutes]);

  const latest = useRef({ recorder, withMicrophone, noteSize, stopwatch });
  useEffect(() => {
    latest.current = { recorder, withMicrophone, noteSize, stopwatch };
  });
  useEffect(() => {
    return registerKeyLayer('presenter', {
      run: (binding) => {
        const { recorder: r, withMicrophone: mic, noteSize: size } = latest.current;
        switch (binding.command) {
          case 'record':
            if (r.status.kind === 'recording') void r.stop();
            else if (r.status.kind === 'idle') {
              latest.current.stopwatch.start();
              void r.start(mic === 1);
            }
            return true;
          case 'notes-larger':
            setNoteSize(size + 1);
            return true;
          case 'notes-smaller':
            setNoteSize(size - 1);
            return true;
          default:
            return false;
        }
      },
    });
  }, [setNoteSize]);

  const slide = slides[deck.slideIndex];
  const steps = slide ? slide.steps + 1 : 1;
  return (
    <InPresenterView.Provider value={true}>
      <div className="presenter-view" data-testid="presenter-view">
        <header className="presenter-top">
          {deck.initialized ? (
            <p className="presenter-status" data-testid="presenter-status">
              <strong>
                Folie {deck.slideIndex + 1} von {slides.length}
              </strong>{' '}
              · Schritt {Math.min(deck.stepIndex + 1, steps)} von {steps}
            </p>
          ) : (
            <p className="presenter-status">Folien werden geladen …</p>
          )}
          <Clock />
          <StopwatchControls stopwatch={stopwatch} />
          <RecorderPanel
            recorder={recorder}
            withMicrophone={withMicrophone === 1}
            onMicrophoneChange={(on) => setWithMicrophone(on ? 1 : 0)}
            onStart={stopwatch.start}
          />
          <InterruptedRecordings recorder={recorder} />
          {extras}
        </header>
        <div className="presenter-main">
          <section className="presenter-current" aria-label="Aktuelle Folie">
            <PresenterNotesContext.Provider value={notesNode}>
              <Stage slides={slides} hosted template={<StageTemplate slideNumber={deck.slideIndex + 1} numberOfSlides={slides.length} />} />
            </PresenterNotesContext.Provider>
            {blackout && (
              <div className={`presenter-blackout presenter-blackout-${blackout}`} data-testid="presenter-blackout">
                {blackout === 'black' ? 'Schwarzbild' : 'Weißbild'}: das Publikum sieht nichts (noch einmal {blackout === 'black' ? 'B' : 'W'} oder Esc)
              </div>
            )}
          </section>
          <div className="presenter-side">
            <NextStepPreview slides={slides} slideIndex={deck.slideIndex} stepIndex={deck.stepIndex} />
            <section className="presenter-notes" aria-label="Notizen">
              <div className="presenter-notes-bar">
                <h2 className="presenter-heading">Notizen</h2>
                <button type="button" className="deck-button" onClick={() => setNoteSize(noteSize - 1)} disabled={noteSize <= 0} aria-label="A− Notizen kleiner (−)">
                  A−
                </button>
                <button
                  type="button"
                  className="deck-button"
                  onClick={() => setNoteSize(noteSize + 1)}
                  disabled={noteSize >= NOTE_SIZES.length - 1}
                  aria-label="A+ Notizen größer (+)"
                >
                  A+
                </button>
              </div>
              <div
                className="presenter-notes-text"
                ref={setNotesNode}
                tabIndex={0}
                role="region"
                aria-label="Notizentext"
                style={{ fontSize: `${NOTE_SIZES[noteSize]}px` }}
                data-testid="presenter-notes"
              />
            </section>
          </div>
        </div>
        <PacedPlan
          stopwatch={stopwatch}
          schedule={schedule}
          slideIndex={deck.slideIndex}
          stepIndex={deck.stepIndex}
          lengthMinutes={lengthMinutes}
          onLengthChange={setLengthMinutes}
        />
      </div>
    </InPresenterView.Provider>
  );
}

function Clock() {
  const now = useNow(1000);
  return <p className="presenter-clock">Uhrzeit {new Date(now).toLocaleTimeString('de-DE', { hour: '2-digit', minute: '2-digit' })}</p>;
}

function StopwatchControls({ stopwatch }: { stopwatch: Stopwatch }) {
  const elapsed = stopwatch.elapsedAt(useNow());
  return (
    <div className="presenter-stopwatch" role="group" aria-label="Vergangene Zeit">
      <span className="presenter-label">Vergangen</span>
      <span className="presenter-elapsed" data-testid="elapsed">
        {formatClock(elapsed)}
      </span>
      <button type="button" className="deck-button" onClick={stopwatch.toggle}>
        {stopwatch.running ? 'Pause' : elapsed > 0 ? 'Weiter' : 'Start'}
      </button>
      <button type="button" className="deck-button" onClick={stopwatch.reset}>
        Zurücksetzen
      </button>
    </div>
  );
}

type PacedPlanProps = Omit<Parameters<typeof TimePlanBar>[0], 'elapsedMs' | 'started'> & { stopwatch: Stopwatch };

function PacedPlan({ stopwatch, ...props }: PacedPlanProps) {
  const elapsed = stopwatch.elapsedAt(useNow());
  return <TimePlanBar {...props} elapsedMs={elapsed} started={stopwatch.running || elapsed > 0} />;
}
