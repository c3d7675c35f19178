import { useEffect, useState, type ComponentProps } from 'react';
import type { DeckView } from '../../shell/deckApi';
import { sharedStore } from '../../shell/sharedStore';
import { ReadingInk } from '../ink/ReadingInk';
import { inkStore } from '../ink/store';
import { ReadingView } from '../reading/ReadingView';
import { connectHall, type HallStatus } from './connection';
import { createInkFollower } from './inkBatch';
import { relayUrl, type HallLink } from './link';
import './hall.css';

/** Keys that scroll a page: pressing one means the reader wants to read on alone. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ']);

type Props = Omit<ComponentProps<typeof ReadingView>, 'followView' | 'SlideOverlay'> & { link: HallLink };

/**
 * A student's phone in the hall: the reading view, following the lecturer's slide and step
 * („Live folgen“), the demos' state and the lecturer's ink (over each slide's section; it stays
 * when the reader scrolls away). Scrolling (finger, wheel, keys) leaves the live view; the button
 * at the bottom brings the reader back. The phone only receives: it sends nothing. Its ink comes
 * from the relay only (not also from this browser's other windows, which would repeat points).
 */
export function HallReading({ link, ...readingProps }: Props) {
  const [live, setLive] = useState<DeckView | null>(null);
  const [following, setFollowing] = useState(true);
  const [status, setStatus] = useState<HallStatus>('connecting');
  // A fresh object per arrival and per „Live folgen“: the reading view scrolls to each.
  const [followView, setFollowView] = useState<DeckView | null>(null);

  useEffect(() => {
    const ink = createInkFollower(inkStore);
    const connection = connectHall({
      url: relayUrl(link, window.location),
      onStatus: setStatus,
      onMessage: (message) => {
        if (message.type === 'welcome') ink.welcome(message.run);
        else if (message.type === 'ink') ink.take(message);
        else if (message.type === 'view') {
          setLive(message.view);
          setFollowView(message.view);
        }
        else if (message.type === 'state') sharedStore.set(message.key, message.value, true);
      },
    });
    return () => connection.close();
  }, [link]);

  useEffect(() => {
    if (!following) return;
    const leave = () => setFollowing(false);
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) leave();
    };
    window.addEventListener('wheel', leave, { passive: true });
    window.addEventListener('touchmove', leave, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('wheel', leave);
      window.removeEventListener('touchmove', leave);
      window.removeEventListener('keydown', onKey);
    };
  }, [following]);

  const slides = readingProps.slides;
  const where = live ? `Folie ${live.slideIndex + 1} von ${slides.length} · Schritt ${Math.min(live.stepIndex, slides[live.slideIndex]?.steps ?? 0) + 1} von ${(slides[live.slideIndex]?.steps ?? 0) + 1}` : null;
  return (
    <>
      <ReadingView {...readingProps} followView={following ? followView : null} SlideOverlay={ReadingInk} />
      <div className="hall-live" data-testid="hall-live" data-following={following && live ? 'true' : 'false'}>
        {status === 'lost' || status === 'connecting' ? (
          <p className="hall-live-status" role="status">
            {status === 'lost' ? 'Verbindung zum Hörsaal unterbrochen – verbinde neu …' : 'Verbinde mit dem Hörsaal …'}
          </p>
        ) : following ? (
          <p className="hall-live-status" role="status">
            {where ? `Live: ${where}` : 'Live: warte auf die Vortragende …'}
          </p>
        ) : (
          <button type="button" className="hall-live-button" onClick={() => {
              setFollowing(true);
              if (live) setFollowView({ ...live });
            }}
            data-testid="hall-follow"
          >
            Live folgen{live ? ` – zu Folie ${live.slideIndex + 1}` : ''}
          </button>
        )}
      </div>
    </>
  );
}
