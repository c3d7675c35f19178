import { LazyMotion, MotionConfig } from 'framer-motion';
import { Deck } from 'spectacle';
import { afterFirstPaint } from '../components/afterFirstPaint';
import type { SlideMeta } from './manifest';
import { PaletteStyle } from './PaletteStyle';
import { NO_TRANSITION, usePrefersReducedMotion } from './reducedMotion';
import { ManifestContext, SlideShell } from './SlideShell';
import { deckTemplate } from './template';
import { theme } from './theme';

// The animation engine is only needed once someone clicks to an animated slide.
const loadMotionFeatures = () =>
  afterFirstPaint()
    .then(() => import('./motionFeatures'))
    .then((module) => module.default);

/**
 * The whole lecture as one Spectacle deck, from the slide manifest (main.tsx hands it over: the
 * deck never imports slides/). Animations use `m.*` components (LazyMotion, strict).
 */
export function LectureDeck({ slides }: { slides: readonly SlideMeta[] }) {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ManifestContext.Provider value={slides}>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <PaletteStyle />
          <main>
            <Deck theme={theme} template={deckTemplate} transition={reducedMotion ? NO_TRANSITION : undefined}>
              {slides.map((meta, index) => (
                <SlideShell key={meta.id} meta={meta} index={index} />
              ))}
            </Deck>
          </main>
        </MotionConfig>
      </LazyMotion>
    </ManifestContext.Provider>
  );
}
