/**
 * The slide manifest: the deck's structure as data. Each slide declares, in `slides/<Name>.meta.ts`
 * next to its component, its stable id, its outline section, its title, how many clicks (steps) it
 * has and how to load its body. `slides/index.ts` puts the entries in order; everything that needs
 * the structure (navigation, deep links, presenter preview, PDF handout, tests) reads the manifest
 * instead of mounting every slide.
 */
import type { ComponentType } from 'react';

export interface SlideMeta {
  /** Stable id: deep links from the glossary, `data-slide-body`, test names. Lowercase, a-z0-9 and '-'. */
  readonly id: string;
  /** Outline section (1–11) the slide belongs to; absent for the title and agenda. */
  readonly section?: number;
  /** Line above the title; default "Abschnitt {section}". */
  readonly kicker?: string;
  /** The slide's heading: on the slide, in the presenter view and in the PDF bookmarks. */
  readonly title: string;
  /** Clicks on this slide after its first view: the slide has steps + 1 views (stepIndex 0…steps). */
  readonly steps: number;
  /** "roomy": larger type and formulas, for slides with a few bullets and formulas. */
  readonly layout?: 'roomy';
  /** Loads the slide body (code-split: one chunk per slide). */
  readonly load: () => Promise<ComponentType>;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Checks one entry and returns it; the type of a `*.meta.ts` file's default export. */
export function defineSlide(meta: SlideMeta): SlideMeta {
  if (!ID.test(meta.id)) throw new Error(`slide id "${meta.id}": use lowercase letters, digits and "-"`);
  if (!Number.isInteger(meta.steps) || meta.steps < 0) {
    throw new Error(`slide "${meta.id}": steps must be a non-negative integer, got ${meta.steps}`);
  }
  if (meta.title.trim() === '') throw new Error(`slide "${meta.id}": empty title`);
  return meta;
}

/** Checks the whole order: unique ids. Returns the list unchanged. */
export function defineManifest(slides: readonly SlideMeta[]): readonly SlideMeta[] {
  const seen = new Set<string>();
  for (const slide of slides) {
    if (seen.has(slide.id)) throw new Error(`slide id "${slide.id}" is used twice`);
    seen.add(slide.id);
  }
  return slides;
}

/** The line above the title. */
export function kickerOf(meta: SlideMeta): string | undefined {
  return meta.kicker ?? (meta.section === undefined ? undefined : `Abschnitt ${meta.section}`);
}

/** Number of views (steps + 1) of every slide together: the length of a walk through the deck. */
export function viewCount(slides: readonly SlideMeta[]): number {
  return slides.reduce((sum, slide) => sum + slide.steps + 1, 0);
}
