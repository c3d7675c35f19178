/** The handout view's options; kept apart from Handout.tsx, which loads only for the handout. */
export interface HandoutOptions {
  /** One page per slide, at its last step (instead of one page per step). */
  readonly finalOnly: boolean;
  /** The speaker notes under each slide. */
  readonly notes: boolean;
}

/** `?handout=true[&finalOnly=true][&notes=true]`: the handout view and its options. */
export function handoutOptionsFromUrl(search: string): HandoutOptions | null {
  const params = new URLSearchParams(search);
  if (params.get('handout') !== 'true') return null;
  return { finalOnly: params.get('finalOnly') === 'true', notes: params.get('notes') === 'true' };
}
