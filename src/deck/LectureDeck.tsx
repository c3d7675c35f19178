import { MotionConfig } from 'framer-motion';
import { Deck } from 'spectacle';
import { SLIDES } from '../../slides';
import { PaletteStyle } from './PaletteStyle';
import { deckTemplate } from './template';
import { theme } from './theme';

/** The whole lecture as one Spectacle deck. */
export function LectureDeck() {
  return (
    <MotionConfig reducedMotion="user">
      <PaletteStyle />
      <Deck theme={theme} template={deckTemplate}>
        {SLIDES.map((SlideComponent, index) => (
          <SlideComponent key={index} />
        ))}
      </Deck>
    </MotionConfig>
  );
}
