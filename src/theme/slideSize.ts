/** The slide's design size (16:9; the deck scales it to the window) and its padding. */
export const SLIDE_SIZE = { width: 1366, height: 768 } as const;

/** Room around the slide frame; the bottom leaves space for the footer. */
export const SLIDE_PADDING = '28px 48px 56px';
