// framer-motion's animation features, in a chunk of their own: LazyMotion in LectureDeck loads them
// after the first paint, so the title slide does not wait for the animation engine.
import { domAnimation } from 'framer-motion';

export default domAnimation;
