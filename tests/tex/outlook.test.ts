/** The TeX of the context-cost slide: German thousands points in the counts, decimal comma in the result. */
import { describe, expect, it } from 'vitest';
import { kvCacheNumbers, kvCacheResult } from '../../src/tex';
import { storageOf } from '../../src/format';

describe('src/tex/outlook', () => {
  it('writes the sizes and n with German thousands points, the GB with a decimal comma', () => {
    expect(kvCacheNumbers(96, 12288, 4096)).toContain('12{.}288');
    expect(kvCacheNumbers(96, 12288, 4096)).toContain('4{.}096');
    expect(kvCacheResult(storageOf(19_327_352_832))).toContain('19{,}33');
    expect(kvCacheResult(storageOf(4_947_802_324_992))).toContain(String.raw`4{,}95\,\text{TB}`);
  });
});
