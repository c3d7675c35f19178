import { useEffect, useRef, useState, type ReactNode } from 'react';
import { SLIDE_SIZE } from '../../theme/slideSize';

/** A slide at its design size (1366x768), scaled to the width of its box. */
export function ScaledSlide({ children, label }: { children: ReactNode; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.3);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0) setScale(Math.min(width / SLIDE_SIZE.width, height / SLIDE_SIZE.height));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="scaled-slide-box" ref={box} role="img" aria-label={label}>
      <div
        className="scaled-slide"
        style={{ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, transform: `scale(${scale})` }}
        aria-hidden="true"
        {...{ inert: '' }}
      >
        {children}
      </div>
    </div>
  );
}
