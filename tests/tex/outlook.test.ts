/** The TeX of the context-cost slide: German thousands points in the counts. */
import { describe, expect, it } from 'vitest';
import { attentionCostNumbers, attentionCostResult } from '../../src/tex';

describe('src/tex/outlook', () => {
  it('writes n and the number of scores with German thousands points', () => {
    expect(attentionCostNumbers(4096)).toContain('4{.}096^2');
    expect(attentionCostResult(16777216, 0.0336, 3)).toContain('16{.}777{.}216');
    expect(attentionCostResult(16777216, 0.0336, 3)).toContain('0{,}034');
  });
});
