import { useEffect, useState } from 'react';
import { loadEncoding, type BpeEncoding, type EncodingName } from '../src/model/tokenization';

export type EncodingState =
  | { status: 'loading' }
  | { status: 'ready'; encoding: BpeEncoding }
  | { status: 'error'; message: string };

/**
 * A BPE vocabulary for a slide, fetched when the slide's body mounts: the deck mounts a body on its
 * own slide and on the slides next to it, so the (large) vocabulary loads one slide ahead. A
 * failed load is tried again the next time the body mounts.
 */
export function useEncoding(name: EncodingName): EncodingState {
  const [state, setState] = useState<EncodingState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    loadEncoding(name).then(
      (encoding) => current && setState({ status: 'ready', encoding }),
      (error: unknown) => current && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [name]);

  return state;
}
