/**
 * Stands in for the Markdown toolchain that Spectacle imports for its <Markdown> slides (unified,
 * remark, rehype with an HTML parser). This deck writes every slide as a React component, so the
 * toolchain is never called; should it be, the error says why. Wired up by an alias in vite.config.ts.
 */
function markdownIsNotPartOfThisDeck(): never {
  throw new Error('Spectacle Markdown slides are not part of this deck: write the slide as a component.');
}

export default markdownIsNotPartOfThisDeck;
export const root = markdownIsNotPartOfThisDeck;
export const paragraph = markdownIsNotPartOfThisDeck;
export const text = markdownIsNotPartOfThisDeck;
