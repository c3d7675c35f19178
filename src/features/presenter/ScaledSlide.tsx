import type { ReactNode } from 'react';
import { useSlideFit } from '../../shell/slideFit';
import { SLIDE_SIZE } from '../../theme/slideSize';

/** A slide at its design size (1366x768), scaled to fit its box and centred, as on the stage. */
export function ScaledSlide({ children, label }: { children: ReactNode; label: string }) {
  const [box, fit] = useSlideFit();
  return (
    <div className="scaled-slide-box" ref={box} role="img" aria-label={label}>
      <div
        className="scaled-slide"
        style={{ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, left: fit.left, top: fit.top, transform: `scale(${fit.scale})` }}
        aria-hidden="true"
        {...{ inert: '' }}
      >
        {children}
      </div>
    </div>
  );
}
