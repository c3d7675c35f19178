import { MotionConfig } from 'framer-motion';
import { Deck } from 'spectacle';
import { SLIDES } from '../../slides';
import { PaletteStyle } from './PaletteStyle';
import { NO_TRANSITION, usePrefersReducedMotion } from './reducedMotion';
import { deckTemplate } from './template';
import { theme } from './theme';

/** The whole lecture as one Spectacle deck. */
export function LectureDeck() {
  const reducedMotion = usePrefersReducedMotion();
  return (
    <MotionConfig reducedMotion="user">
      <PaletteStyle />
      <Deck theme={theme} template={deckTemplate} transition={reducedMotion ? NO_TRANSITION : undefined}>
        {SLIDES.map((SlideComponent, index) => (
          <SlideComponent key={index} />
        ))}
      </Deck>
    </MotionConfig>
  );
}
