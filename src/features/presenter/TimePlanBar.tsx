import { formatClock } from '../recording/timeline';
import { paceOf, paceText, plannedStartOf, runOf, type PlanSchedule } from '../../shell/timePlan';

type Props = {
  schedule: PlanSchedule;
  slideIndex: number;
  stepIndex: number;
  elapsedMs: number;
  /** False before the stopwatch first ran: there is no pace yet. */
  started: boolean;
  lengthMinutes: number;
  onLengthChange: (minutes: number) => void;
};

/** The time plan at a glance: the parts as a bar, where the talk should be, and how far off it is. */
export function TimePlanBar({ schedule, slideIndex, stepIndex, elapsedMs, started, lengthMinutes, onLengthChange }: Props) {
  const view = plannedStartOf(schedule, slideIndex, stepIndex);
  const run = runOf(schedule, view);
  const part = schedule.parts[view?.partIndex ?? -1];
  const delta = paceOf(schedule, slideIndex, stepIndex, elapsedMs);
  const pace = started ? paceText(delta) : 'Zeit läuft noch nicht';
  const tone = !started ? 'idle' : Math.abs(delta) < 30_000 ? 'on' : delta > 0 ? 'behind' : 'ahead';
  const length = schedule.lengthMs || 1;
  const at = (ms: number) => `${Math.min(100, Math.max(0, (ms / length) * 100))}%`;
  return (
    <footer className="presenter-plan" data-testid="time-plan">
      <div className="presenter-plan-text">
        <span className={`presenter-pace presenter-pace-${tone}`} data-testid="pace">
          {pace}
        </span>
        <span>
          {part ? `${part.part.section === null ? '' : `Abschnitt ${part.part.section}: `}${part.part.title}` : 'Ohne Abschnitt'}
          {part && ` · Budget ${formatClock(part.endMs - part.startMs)}`}
          {run && ` · hier geplant ${formatClock(run.startMs)}–${formatClock(run.endMs)}`}
        </span>
        <label className="presenter-length">
          Dauer
          <input
            type="number"
            min={10}
            max={240}
            step={5}
            value={lengthMinutes}
            onChange={(event) => onLengthChange(Number(event.target.value))}
            aria-label="Dauer der Vorlesung in Minuten"
          />
          min
        </label>
      </div>
      <div
        className="presenter-plan-bar"
        role="img"
        aria-label={`Zeitplan: ${formatClock(elapsedMs)} von ${formatClock(length)} vergangen, ${pace}`}
      >
        {schedule.runs.map((entry) => {
          const runPart = schedule.parts[entry.partIndex]?.part;
          return (
            <div
              key={entry.from}
              className={`presenter-plan-part${entry === run ? ' presenter-plan-part-current' : ''}${entry.endMs <= elapsedMs ? ' presenter-plan-part-past' : ''}`}
              style={{ flexGrow: Math.max(entry.endMs - entry.startMs, 1) }}
              title={`${runPart?.title ?? ''}: ${formatClock(entry.startMs)}–${formatClock(entry.endMs)}`}
              data-current={entry === run ? 'true' : undefined}
            >
              <span>{runPart?.section ?? '·'}</span>
            </div>
          );
        })}
        {view && <div className="presenter-plan-marker presenter-plan-planned" style={{ left: at(view.plannedStartMs) }} title="Plan" />}
        <div className="presenter-plan-marker presenter-plan-now" style={{ left: at(elapsedMs) }} title="Jetzt" />
      </div>
    </footer>
  );
}
