import { BarChart } from './BarChart';
import './ProbabilityBars.css';

type ProbabilityBarsProps = {
  /** One label per vocabulary word. */
  words: readonly string[];
  /** p_i, one per word (from src/model). */
  probabilities: readonly number[];
  /** The correct next word: hatched, bold and underlined (never colour alone). */
  targetIndex?: number;
  /** Shown above the bars and read by screen readers. */
  caption: string;
  /** Smaller bars, for several distributions side by side. */
  compact?: boolean;
};

/** A probability distribution over the vocabulary as labelled bars, the target word marked. */
export function ProbabilityBars({ words, probabilities, targetIndex, caption, compact = false }: ProbabilityBarsProps) {
  const bars = words.map((word, i) => ({ label: word, value: probabilities[i], highlight: i === targetIndex }));
  return (
    <div className={compact ? 'prob-bars prob-bars-compact' : 'prob-bars'}>
      <BarChart bars={bars} caption={caption} role="probability" />
    </div>
  );
}
