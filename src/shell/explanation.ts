/**
 * The „Erklärung“ panel of the slide view (key E and a button): the notes of the slide on screen,
 * for a student going through the slides alone. This store says whether it is open and where the
 * notes go; the slide on screen portals its notes there (LectureSlide, SlideContent).
 */
import { useSyncExternalStore } from 'react';
import { createSignal } from './signal';

let open = false;
let target: HTMLElement | null = null;
const { subscribe, notify } = createSignal();

export const explanation = {
  isOpen: () => open,
  setOpen(next: boolean) {
    if (open === next) return;
    open = next;
    notify();
  },
  toggle() {
    explanation.setOpen(!open);
  },
  /** The panel's notes box (a ref callback): null when the panel is closed. */
  setTarget(element: HTMLElement | null) {
    if (target === element) return;
    target = element;
    notify();
  },
};

export function useExplanationOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open, () => false);
}

/** Where the slide on screen puts its notes: the open panel's box, or null. */
export function useExplanationTarget(): HTMLElement | null {
  return useSyncExternalStore(
    subscribe,
    () => (open ? target : null),
    () => null,
  );
}
