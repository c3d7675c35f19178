import { Fragment, useId } from 'react';
import { formatInteger, showWhitespace } from '../format';
import './TokenChips.css';

/** One chip: the token's text and, for vocabulary tokens, its id. */
export interface ChipItem {
  text: string;
  id?: number;
}

type TokenRowProps = {
  /** "Wörter", "BPE · GPT-2" … */
  label: string;
  /** Smaller line under the label, e.g. the vocabulary name "r50k_base". */
  detail?: string;
  items: readonly ChipItem[];
  /** Shown instead of the chips while a vocabulary loads or when it failed. */
  status?: { kind: 'loading' | 'error'; message: string };
  /** Chip size: words and characters have no id line; characters are narrow. */
  variant?: 'word' | 'character' | 'bpe';
};

/** More chips than this are not drawn (a 2000-character input would need thousands); the count stays exact. */
export const MAX_CHIPS = 300;

/** "6 Tokens", "1 Token". */
export function tokenCount(count: number): string {
  return `${formatInteger(count)} ${count === 1 ? 'Token' : 'Tokens'}`;
}

/** How a screen reader says a token: spaces as the word "Leerzeichen". */
function spoken(item: ChipItem): string {
  const text = showWhitespace(item.text).replace(/\u2423/g, ' Leerzeichen ').replace(/\s+/g, ' ').trim();
  return item.id === undefined ? text : `${text}, ID ${item.id}`;
}

/** A space drawn as a small bracket "␣" (CSS borders, so it needs no special glyph in the font). */
export function SpaceMark() {
  return <span className="ws-space" />;
}

/** Token text with every space drawn as {@link SpaceMark}. */
function VisibleText({ text }: { text: string }) {
  const parts = showWhitespace(text).split('\u2423');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <SpaceMark />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** A labelled row of token chips with its count: a real list, so screen readers read every token. */
export function TokenRow({ label, detail, items, status, variant = 'bpe' }: TokenRowProps) {
  const labelId = useId();
  return (
    <section className="token-row" aria-labelledby={labelId} aria-busy={status?.kind === 'loading' ? true : undefined}>
      <div className="token-row-head">
        <h3 className="token-row-label" id={labelId}>
          {label}
          {detail && <span className="token-row-detail">{detail}</span>}
        </h3>
        <p className="token-row-count num">
          {status ? '–' : tokenCount(items.length)}
        </p>
      </div>
      {status ? (
        <p className={`token-row-status token-row-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      ) : (
        // Long inputs scroll inside the row; tabIndex makes the scroll area reachable by keyboard.
        <ol className={`token-chips token-chips-${variant}`} aria-labelledby={labelId} tabIndex={0}>
          {items.slice(0, MAX_CHIPS).map((item, i) => (
            <li key={i} className="token-chip" data-token={showWhitespace(item.text)} dir="auto">
              <span className="visually-hidden">{spoken(item)}</span>
              <span className="token-chip-text" aria-hidden="true">
                <VisibleText text={item.text} />
              </span>
              {item.id !== undefined && (
                <span className="token-chip-id" aria-hidden="true">
                  {item.id}
                </span>
              )}
            </li>
          ))}
          {items.length > MAX_CHIPS && (
            <li className="token-chip-more">… und {formatInteger(items.length - MAX_CHIPS)} weitere</li>
          )}
        </ol>
      )}
    </section>
  );
}
