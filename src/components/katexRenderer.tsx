// KaTeX and its stylesheet, in a chunk of their own that the deck loads right after its first
// paint (see Tex.tsx): the title slide has no formula, so it need not wait for them.
import 'katex/dist/katex.min.css';

export { BlockMath, InlineMath } from 'react-katex';
