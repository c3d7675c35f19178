import { Fragment } from 'react';

/** A letter, an underscore and its index in words or digits: „W_Q“, „d_aus“, „n_Block“, „e_von“. */
const INDEXED = /(\p{L})_(\p{L}+|\d+)/u;

/**
 * Text as the notation writes it in plain strings (the terminal demo, the notation table), set for a
 * slide: every „x_i“ becomes x with the index i as a subscript; everything else stays as it is.
 */
export function WithSubscripts({ text }: { text: string }) {
  // split with two capturing groups: [text, letter, index, text, letter, index, …, text]
  const parts = text.split(new RegExp(INDEXED.source, 'gu'));
  const pieces = [];
  for (let i = 0; i < parts.length; i += 3) {
    pieces.push(
      <Fragment key={i}>
        {parts[i]}
        {i + 2 < parts.length && (
          <>
            {parts[i + 1]}
            <sub>{parts[i + 2]}</sub>
          </>
        )}
      </Fragment>,
    );
  }
  return <>{pieces}</>;
}
