import { LazyMotion, MotionConfig } from 'framer-motion';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SlideMeta } from '../shell/manifest';
import { PaletteStyle } from '../theme/PaletteStyle';
import { parseModes } from '../shell/modes';
import { deckOnScreen } from '../shell/prerendered';
import type { LectureSection } from '../features/presenter/PresenterView';
import { InkControls } from '../features/ink/InkControls';
import { InkLayer } from '../features/ink/InkLayer';
import { ReplayHost, useReplayActive } from '../features/recording/ReplayHost';
import { replayStore } from '../features/recording/replayStore';
import { DeckFeaturesContext, type DeckCompanionProps, type DeckFeatures } from '../shell/deckFeatures';
import { ManifestContext } from '../shell/SlideContent';
import { DeckApiContext, NO_DECK } from '../shell/deckApi';
import { DeckControls } from '../shell/DeckControls';
import { Stage } from '../shell/Stage';
import { deckTemplate, StageTemplate } from '../shell/template';
import { startWindowDeck, useWindowDeckApi } from '../shell/windowDeck';
import { theme } from '../theme/theme';
import type { TimePlan } from '../shell/timePlan';
import { HallDeckFollower } from '../features/hall/HallDeckFollower';
import { HallLecturer } from '../features/hall/HallLecturer';
import { HallTitleCode } from '../features/hall/HallTitleCode';
import type { HallLink } from '../features/hall/link';

// The animation engine is only needed once someone clicks to an animated slide: it loads once the
// deck is on screen and usable.
const loadMotionFeatures = () =>
  deckOnScreen()
    .then(() => import('../theme/motionFeatures'))
    .then((module) => module.default);

// Spectacle, the engine of the overview, print and export modes, loads only when one is asked for.
const SpectacleModes = lazy(() => import('../shell/spectacle').then((module) => ({ default: module.SpectacleModes })));

// The presenter view (and the recorder it holds) loads only on the presenter's page.
const PresenterView = lazy(() => import('../features/presenter/PresenterView').then((module) => ({ default: module.PresenterView })));

/**
 * The whole lecture as one deck, from the slide manifest (main.tsx hands it over: the deck never
 * imports slides/): the window's navigation core drives the stage (slide view) or the presenter
 * view; Spectacle shows the overview, print and export modes. Animations use `m.*` components
 * (LazyMotion, strict).
 */
type LectureDeckProps = {
  slides: readonly SlideMeta[];
  /** The outline's sections (chapters of a recording) and the time plan (presenter view). */
  sections?: readonly LectureSection[];
  timePlan?: TimePlan;
  /** `?replay=<URL>`: a recording beside the deck to open on start. */
  replayUrl?: string | null;
  /** The hall's link (npm run hall): the presenter view drives the students' phones. */
  hall?: HallLink | null;
};

/** Beside the audience deck: the replay bar, and the hall's code on the title slide while the hall runs. */
function AudienceCompanion(props: DeckCompanionProps) {
  return (
    <>
      <ReplayHost {...props} />
      <HallTitleCode deck={props.deck} />
    </>
  );
}

/** The features the deck shows (the shell never imports them: src/shell/deckFeatures.ts). */
const FEATURES: DeckFeatures = {
  SlideLayer: InkLayer,
  TemplateExtras: InkControls,
  AudienceCompanion,
  useSyncPaused: useReplayActive,
  helpActions: [{ label: 'Aufzeichnung öffnen …', testId: 'open-recording', run: () => replayStore.pick() }],
};

const NO_SECTIONS: readonly LectureSection[] = [];
const NO_PLAN: TimePlan = { lengthMinutes: 90, parts: [] };

export function LectureDeck({ slides, sections = NO_SECTIONS, timePlan = NO_PLAN, replayUrl = null, hall = null }: LectureDeckProps) {
  // `?presenterMode=true` is the lecturer's German presenter view; overview, print and export are Spectacle's.
  const [mode] = useState(() => parseModes(window.location.search).mode);
  const presenter = mode === 'presenter';
  const spectacle = mode === 'overview' || mode === 'print' || mode === 'export';
  // The navigation core starts at the URL's view (in Spectacle's modes Spectacle reads the URL itself).
  useState(() => (spectacle ? null : startWindowDeck(slides)));
  const deck = useWindowDeckApi('deck') ?? NO_DECK;
  useEffect(() => {
    if (replayUrl && !presenter) void replayStore.openUrl(replayUrl);
  }, [replayUrl, presenter]);
  // In the hall, a student's slide window also follows the lecturer through the relay.
  const features = useMemo((): DeckFeatures => {
    if (hall?.role !== 'follow') return FEATURES;
    const FollowingCompanion = (props: DeckCompanionProps) => (
      <>
        <ReplayHost {...props} />
        <HallDeckFollower link={hall} deck={props.deck} />
      </>
    );
    return { ...FEATURES, AudienceCompanion: FollowingCompanion };
  }, [hall]);
  return (
    <DeckFeaturesContext.Provider value={features}>
    <ManifestContext.Provider value={slides}>
    <DeckApiContext.Provider value={deck}>
      <LazyMotion features={loadMotionFeatures} strict>
        <MotionConfig reducedMotion="user">
          <PaletteStyle />
          {presenter ? (
            <main>
              <Suspense fallback={null}>
                <PresenterView
                  slides={slides}
                  sections={sections}
                  timePlan={timePlan}
                  extras={hall?.role === 'lecturer' ? <HallLecturer link={hall} /> : null}
                />
              </Suspense>
            </main>
          ) : spectacle ? (
            <main>
              <Suspense fallback={null}>
                <SpectacleModes slides={slides} theme={theme} template={deckTemplate} controls={<DeckControls />} />
              </Suspense>
            </main>
          ) : (
            <main>
              <Stage slides={slides} template={<StageTemplate slideNumber={deck.view.slideIndex + 1} numberOfSlides={slides.length} />} />
            </main>
          )}
        </MotionConfig>
      </LazyMotion>
    </DeckApiContext.Provider>
    </ManifestContext.Provider>
    </DeckFeaturesContext.Provider>
  );
}
