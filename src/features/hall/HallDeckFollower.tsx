import { useEffect, useRef } from 'react';
import type { DeckCompanionProps } from '../../shell/deckFeatures';
import { sharedStore } from '../../shell/sharedStore';
import { inkStore } from '../ink/store';
import { connectHall } from './connection';
import { createInkFollower } from './inkBatch';
import { relayUrl, type HallLink } from './link';

/** A view change this soon after a key press or touch in this window was made here: the relay's older view waits. */
const LOCAL_INPUT_WINDOW_MS = 1500;

/**
 * A student's slide window in the hall (the follow link with `view=slides`, or a tablet held
 * sideways): follows the lecturer's view, demo state and ink from the relay. A key or touch of the
 * student's own moves only this window; the next view of the lecturer brings it back.
 */
export function HallDeckFollower({ link, deck }: { link: HallLink } & Pick<DeckCompanionProps, 'deck'>) {
  const deckRef = useRef(deck);
  useEffect(() => {
    deckRef.current = deck;
  });

  useEffect(() => {
    let lastInput = Number.NEGATIVE_INFINITY;
    const markInput = () => {
      lastInput = performance.now();
    };
    window.addEventListener('keydown', markInput, { capture: true });
    window.addEventListener('pointerdown', markInput, { capture: true });
    const ink = createInkFollower(inkStore);
    const connection = connectHall({
      url: relayUrl(link, window.location),
      onStatus: () => undefined,
      onMessage: (message) => {
        if (message.type === 'welcome') ink.welcome(message.run);
        else if (message.type === 'state') sharedStore.set(message.key, message.value, true);
        else if (message.type === 'ink') ink.take(message);
        else if (message.type === 'view' && performance.now() - lastInput > LOCAL_INPUT_WINDOW_MS) {
          const current = deckRef.current;
          const { slideIndex, stepIndex } = message.view;
          if (current.initialized && slideIndex < current.slideCount && (current.view.slideIndex !== slideIndex || current.view.stepIndex !== stepIndex)) {
            current.goTo({ slideIndex, stepIndex });
          }
        }
      },
    });
    return () => {
      window.removeEventListener('keydown', markInput, { capture: true });
      window.removeEventListener('pointerdown', markInput, { capture: true });
      connection.close();
    };
  }, [link]);

  return null;
}
