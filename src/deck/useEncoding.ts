import { useContext, useEffect, useState } from 'react';
import { DeckContext, SlideContext } from 'spectacle';
import { loadEncoding, type BpeEncoding, type EncodingName } from '../model/tokenization';

export type EncodingState =
  | { status: 'loading' }
  | { status: 'ready'; encoding: BpeEncoding }
  | { status: 'error'; message: string };

/**
 * A BPE vocabulary for a slide. Spectacle mounts every slide at once, so the (large) vocabulary is
 * only fetched as the deck approaches the slide (the slide before it, or the slide itself), or when
 * all slides are shown (print, export, overview). Must be used inside a `<Slide>`. A failed load is
 * retried the next time the slide is approached.
 */
export function useEncoding(name: EncodingName): EncodingState {
  const deck = useContext(DeckContext);
  const slide = useContext(SlideContext);
  const ownIndex = deck?.slideIds.indexOf(slide?.slideId) ?? -1;
  const activeIndex = deck?.activeView.slideIndex ?? -1;
  const approaching = ownIndex >= 0 && (activeIndex === ownIndex || activeIndex === ownIndex - 1);
  const wanted = Boolean(slide?.isSlideActive || approaching || deck?.inPrintMode || deck?.inOverviewMode);
  const [state, setState] = useState<EncodingState>({ status: 'loading' });

  useEffect(() => {
    if (!wanted) return;
    let current = true;
    loadEncoding(name).then(
      (encoding) => current && setState({ status: 'ready', encoding }),
      (error: unknown) => current && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      current = false;
    };
  }, [name, wanted]);

  return state;
}
