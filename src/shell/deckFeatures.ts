import { createContext, useContext, type ComponentType } from 'react';
import type { SlideMeta } from './manifest';
import type { DeckApi } from './deckApi';

/** What a layer over one mounted slide is told (the ink draws there). */
export type SlideLayerProps = { slideId: string; step: number; active: boolean; deckId: string };

/** What a companion of the audience deck is told (the replay bar drives the deck). */
export type DeckCompanionProps = { deck: DeckApi; slides: readonly SlideMeta[] };

/** A button of the help overlay that a feature adds (not in the presenter view). */
export type HelpAction = { readonly label: string; readonly testId: string; readonly run: () => void };

/**
 * The features the deck shows, handed down by the app (src/app) so the shell never imports a
 * feature: the doors go one way, features use the shell. Every slot is optional; without it the
 * deck is the bare slides.
 */
export interface DeckFeatures {
  /** Drawn over each mounted slide, not in overview or print mode (the ink). */
  readonly SlideLayer?: ComponentType<SlideLayerProps>;
  /** Rendered in every deck's template, beside the footer (the ink's toolbar). */
  readonly TemplateExtras?: ComponentType;
  /** Rendered once beside the audience deck (the replay bar). */
  readonly AudienceCompanion?: ComponentType<DeckCompanionProps>;
  /** True while the window sync must rest (a replay never moves other windows). */
  readonly useSyncPaused?: () => boolean;
  readonly helpActions?: readonly HelpAction[];
}

const NO_FEATURES: DeckFeatures = {};
const neverPaused = () => false;

export const DeckFeaturesContext = createContext<DeckFeatures>(NO_FEATURES);

export function useDeckFeatures(): DeckFeatures {
  return useContext(DeckFeaturesContext);
}

/** The features' pause of the window sync, or never paused. */
export function useSyncPaused(): boolean {
  return (useDeckFeatures().useSyncPaused ?? neverPaused)();
}
