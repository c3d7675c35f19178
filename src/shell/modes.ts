/**
 * The one parser of the URL's modes: every part of the app that asks "what does this window
 * show?" asks here. Pure, no DOM.
 *
 * - `?handout=true[&finalOnly=true][&notes=true]`: the PDF handout (npm run export:pdf).
 * - `?view=read`: the reading view; `?view=slides`: the slides even on a phone; without `view=`, a
 *   phone held upright reads, unless a slide mode or a recording (`?replay=`) asks for the slides.
 * - `?overviewMode=true`, `?printMode=true`, `?exportMode=true`, `?presenterMode=true`: the slide
 *   modes. A window is in one of them at most, the first of MODE_FLAGS that is "true": the modes
 *   that show every slide at once win over the presenter view, so a window with
 *   `?presenterMode=true&overviewMode=true` is an overview, not a presenter, for the deck and for
 *   the window sync alike (normalizeDeckQuery then drops the weaker flag, so Spectacle agrees).
 * - `?slideIndex=N&stepIndex=M`: a deep link (src/shell/deepLink.ts normalises it).
 */

/** The URL flags of the slide modes, the strongest first. Only the value "true" sets one. */
export const MODE_FLAGS = ['overviewMode', 'printMode', 'exportMode', 'presenterMode'] as const;
export type ModeFlag = (typeof MODE_FLAGS)[number];

export type SlideMode = 'slides' | 'overview' | 'print' | 'export' | 'presenter';

const MODE_OF_FLAG: Record<ModeFlag, SlideMode> = {
  overviewMode: 'overview',
  printMode: 'print',
  exportMode: 'export',
  presenterMode: 'presenter',
};

/** The handout's options. */
export interface HandoutOptions {
  /** One page per slide, at its last step (instead of one page per step). */
  readonly finalOnly: boolean;
  /** The speaker notes under each slide. */
  readonly notes: boolean;
}

export interface Modes {
  /** What the page is: the handout, the reading view or the slides. */
  readonly page: 'handout' | 'reading' | 'slides';
  /** The slide mode (also when the page is not the slides: what `?…Mode=true` asks for). */
  readonly mode: SlideMode;
  /** The flag that set `mode`, or null for plain slides. */
  readonly modeFlag: ModeFlag | null;
  /** The handout's options, when the page is the handout. */
  readonly handout: HandoutOptions | null;
  /** `?replay=<URL>`: a recording to open beside the deck (as written, not yet resolved). */
  readonly replay: string | null;
  /** True when the query names a slide or a step. */
  readonly deepLink: boolean;
}

/**
 * What the URL asks for. `narrowPortrait`: the screen is a phone held upright
 * (NARROW_PORTRAIT), where a page without `view=` opens the reading view.
 */
export function parseModes(search: string, narrowPortrait = false): Modes {
  const params = new URLSearchParams(search);
  const modeFlag = MODE_FLAGS.find((flag) => params.get(flag) === 'true') ?? null;
  const mode = modeFlag === null ? 'slides' : MODE_OF_FLAG[modeFlag];
  const handout = params.get('handout') === 'true' ? { finalOnly: params.get('finalOnly') === 'true', notes: params.get('notes') === 'true' } : null;
  const replay = params.get('replay');
  const view = params.get('view');
  // Presenter, overview, print and a recording's replay are slide views whatever the screen.
  const reading = view === 'read' || (view !== 'slides' && modeFlag === null && replay === null && narrowPortrait);
  return {
    page: handout ? 'handout' : reading ? 'reading' : 'slides',
    mode,
    modeFlag,
    handout,
    replay,
    deepLink: params.has('slideIndex') || params.has('stepIndex'),
  };
}

/** The media query under which a page without `view=` opens as the reading view: a phone held upright. */
export const NARROW_PORTRAIT = '(max-width: 600px) and (orientation: portrait)';

/** True for the modes printed with the light palette (Spectacle's print and export modes). */
export function isPrintMode(mode: SlideMode): boolean {
  return mode === 'print' || mode === 'export';
}
