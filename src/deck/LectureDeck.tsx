import { LazyMotion, MotionConfig } from 'framer-motion';
import { Deck } from 'spectacle';
import { SLIDES } from '../../slides';
import { afterFirstPaint } from './afterFirstPaint';
import { PaletteStyle } from './PaletteStyle';
import { NO_TRANSITION, usePrefersReducedMotion } from './reducedMotion';
import { deckTemplate } from './template';
import { theme } from './theme';

// The animation engine is only needed once someone clicks to an animated slide.
const loadMotionFeatures = () =>
  afterFirstPaint()
    .then(() => import('./motionFeatures'))
    .then((module) => module.default);

/** The whole lecture as one Spectacle deck. Animations use `m.*` components (LazyMotion, strict). */
export function LectureDeck() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <MotionConfig reducedMotion="user">
        <PaletteStyle />
        <main>
          <Deck theme={theme} template={deckTemplate} transition={reducedMotion ? NO_TRANSITION : undefined}>
            {SLIDES.map((SlideComponent, index) => (
              <SlideComponent key={index} />
            ))}
          </Deck>
        </main>
      </MotionConfig>
    </LazyMotion>
  );
}
