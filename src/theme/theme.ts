import { cssVar } from './palette';
import { SLIDE_SIZE } from './slideSize';

/**
 * Spectacle theme: 16:9 at 1366x768, large type for the lecture hall. Colours point at CSS
 * variables, so the print palette (switched by `PaletteSwitch`) reaches every slide.
 */
export const theme = {
  size: { ...SLIDE_SIZE },
  colors: {
    primary: cssVar('text'),
    secondary: cssVar('heading'),
    tertiary: cssVar('bg'),
    quaternary: cssVar('accent'),
    quinary: cssVar('muted'),
  },
  fonts: {
    header: '"Source Sans 3", "DejaVu Sans", sans-serif',
    text: '"Source Sans 3", "DejaVu Sans", sans-serif',
    monospace: '"DejaVu Sans Mono", monospace',
  },
  // The type scale (src/styles.css): Spectacle's own components, if one is used, read it too.
  fontSizes: {
    h1: 'var(--fs-title)',
    h2: 'var(--fs-title)',
    h3: 'var(--fs-heading)',
    text: 'var(--fs-body)',
    monospace: 'var(--fs-small)',
  },
  space: [8, 16, 24],
};

/** The deck's theme, in the shape Spectacle's Deck takes (src/shell/spectacle.tsx). */
export type DeckTheme = typeof theme;
