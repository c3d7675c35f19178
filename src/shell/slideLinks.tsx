/**
 * Jumping to a slide by its stable `id` (the `id` of <LectureSlide>), and the way back.
 *
 * A <SlideLink> is a real link (`?slideIndex=N&stepIndex=0`, so it also works opened in a new tab)
 * that moves the deck with the deck's goTo. It remembers where it came from in the shared demo
 * state, and the target slide then shows a <ReturnLink> ("← zurück zum Glossar") in its footer,
 * which leads back to the exact slide and step. The index is looked up at render time from the
 * deck's slide ids, so links survive slides being added or reordered.
 */
import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { NO_DECK, useDeckApi } from './deckApi';
import { sharedStore } from './sharedStore';
import { useSharedState } from './useSharedState';
import '../components/slideLinks.css';

/** Where a jump came from and where it went, kept while the target slide is on screen. */
export interface SlideReturn {
  fromIndex: number;
  fromStep: number;
  /** Name of the origin, e.g. "Glossar": the link reads "← zurück zum Glossar". */
  fromLabel: string;
  toIndex: number;
}

export const RETURN_KEY = 'deck.return';

/** The deck index of the slide with this id, or -1 when no slide has it. */
export function useSlideIndex(id: string): number {
  return useDeckApi().slideIds.indexOf(id);
}

/** `?slideIndex=N&stepIndex=M`, the deck's deep link. */
export function slideHref(slideIndex: number, stepIndex = 0): string {
  return `?slideIndex=${slideIndex}&stepIndex=${stepIndex}`;
}

/** A plain left click without modifier keys: handled in place; anything else (new tab …) is the browser's. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

type SlideLinkProps = {
  /** The `id` of the target slide. */
  to: string;
  /** Shown on the way back: "← zurück zum {fromLabel}". */
  fromLabel: string;
  children: ReactNode;
  className?: string;
  /** Accessible name, e.g. "Token: zur Folie 5". */
  label?: string;
};

/**
 * A link to the slide with id `to`; children render as plain text when no slide has that id, or
 * where there is no deck to move (the handout knows the slides' numbers, but a link in its PDF
 * would point at the server that printed it).
 */
export function SlideLink({ to, fromLabel, children, className, label }: SlideLinkProps) {
  const deck = useDeckApi();
  const index = useSlideIndex(to);
  if (index < 0 || !deck.initialized) return <span className={className}>{children}</span>;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const { slideIndex, stepIndex } = deck.view;
    const back: SlideReturn = { fromIndex: slideIndex, fromStep: stepIndex, fromLabel, toIndex: index };
    sharedStore.set(RETURN_KEY, back);
    deck.goTo({ slideIndex: index, stepIndex: 0 });
  };
  return (
    <a href={slideHref(index)} className={className} onClick={onClick} aria-label={label} data-slide-link={to}>
      {children}
    </a>
  );
}

/**
 * "← zurück zum Glossar" on the slide a <SlideLink> jumped to, rendered by the deck template for
 * slide `slideNumber` (1-based). It takes the keyboard focus when it appears, so Enter goes back.
 * Leaving the target slide any other way forgets the jump.
 */
export function ReturnLink({ slideNumber }: { slideNumber: number }) {
  const deck = useDeckApi();
  const [back, setBack] = useSharedState<SlideReturn | null>(RETURN_KEY, null);
  const ref = useRef<HTMLAnchorElement>(null);
  const activeIndex = deck === NO_DECK ? -1 : deck.view.slideIndex;
  const here = back !== null && back.toIndex === slideNumber - 1 && activeIndex === back.toIndex;
  const elsewhere = back !== null && activeIndex !== back.toIndex && activeIndex !== back.fromIndex;

  useEffect(() => {
    // Navigated away from the target (arrow keys, go-to): the way back no longer applies.
    if (elsewhere) setBack(null);
  }, [elsewhere, setBack]);

  const interactive = !deck.inPrintMode && !deck.inOverviewMode;
  useEffect(() => {
    if (here && interactive) ref.current?.focus({ preventScroll: true });
  }, [here, interactive]);

  if (!here || !back || !interactive) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    setBack(null);
    deck.goTo({ slideIndex: back.fromIndex, stepIndex: back.fromStep });
  };
  return (
    <a ref={ref} href={slideHref(back.fromIndex, back.fromStep)} className="return-link" onClick={onClick} data-testid="return-link">
      ← zurück zum {back.fromLabel}
    </a>
  );
}
