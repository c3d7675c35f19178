import { LazyMotion, MotionConfig } from 'framer-motion';
import { useEffect, useState } from 'react';
import { Deck } from 'spectacle';
import { afterFirstPaint } from '../components/afterFirstPaint';
import type { SlideMeta } from './manifest';
import { PaletteStyle } from './PaletteStyle';
import { isPresenterSearch } from './presenter/hidePresenterFlag';
import { PresenterView, type LectureSection } from './presenter/PresenterView';
import { replayStore } from './recording/replayStore';
import { NO_TRANSITION, usePrefersReducedMotion } from './reducedMotion';
import { ManifestContext, SlideShell } from './SlideShell';
import { deckTemplate } from './template';
import { theme } from './theme';
import type { TimePlan } from './timePlan';

// The animation engine is only needed once someone clicks to an animated slide.
const loadMotionFeatures = () =>
  afterFirstPaint()
    .then(() => import('./motionFeatures'))
    .then((module) => module.default);

/**
 * The whole lecture as one Spectacle deck, from the slide manifest (main.tsx hands it over: the
 * deck never imports slides/). Animations use `m.*` components (LazyMotion, strict).
 */
type LectureDeckProps = {
  slides: readonly SlideMeta[];
  /** The outline's sections (chapters of a recording) and the time plan (presenter view). */
  sections?: readonly LectureSection[];
  timePlan?: TimePlan;
  /** `?replay=<URL>`: a recording beside the deck to open on start. */
  replayUrl?: string | null;
};

const NO_SECTIONS: readonly LectureSection[] = [];
const NO_PLAN: TimePlan = { lengthMinutes: 90, parts: [] };

export function LectureDeck({ slides, sections = NO_SECTIONS, timePlan = NO_PLAN, replayUrl = null }: LectureDeckProps) {
  const reducedMotion = usePrefersReducedMotion();
  // `?presenterMode=true` is the lecturer's German presenter view (not Spectacle's own screen).
  const [presenter] = useState(() => isPresenterSearch(window.location.search));
  useEffect(() => {
    if (replayUrl && !presenter) void replayStore.openUrl(replayUrl);
  }, [replayUrl, presenter]);
  return (
    <ManifestContext.Provider value={slides}>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <PaletteStyle />
          {presenter ? (
            <main>
              <PresenterView slides={slides} sections={sections} timePlan={timePlan} />
            </main>
          ) : (
          <main>
            <Deck theme={theme} template={deckTemplate} transition={reducedMotion ? NO_TRANSITION : undefined}>
              {slides.map((meta, index) => (
                <SlideShell key={meta.id} meta={meta} index={index} />
              ))}
            </Deck>
          </main>
          )}
        </MotionConfig>
      </LazyMotion>
    </ManifestContext.Provider>
  );
}
