import { useLayoutEffect, useRef, useState } from 'react';
import { SLIDE_SIZE } from '../theme/slideSize';

/** The scale that fits the slide's design size into the box, and the offset that centres it. */
export function fitOf(width: number, height: number) {
  if (!(width > 0 && height > 0)) return { scale: 1, left: 0, top: 0 };
  const scale = Math.min(width / SLIDE_SIZE.width, height / SLIDE_SIZE.height);
  return { scale, left: (width - SLIDE_SIZE.width * scale) / 2, top: (height - SLIDE_SIZE.height * scale) / 2 };
}

/**
 * A box and the fit of the slide's design size into it, measured before the first paint and again
 * whenever the box changes size: the stage's and the presenter view's preview's.
 */
export function useSlideFit() {
  const box = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState(() => fitOf(0, 0));
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      const next = fitOf(width, height);
      setFit((old) => (old.scale === next.scale && old.left === next.left && old.top === next.top ? old : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [box, fit] as const;
}
