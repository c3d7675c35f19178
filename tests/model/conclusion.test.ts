/** The conclusion's chain, against the worked example's values worked out by hand (tests/fixtures/workedExample.md) and −ln p. */
import { describe, expect, it } from 'vitest';
import { conclusionChain } from '../../src/model/conclusion';

describe('conclusionChain', () => {
  it('„von“ looks most at „Paris“ (0,58), z_Frankreich 0,72, P 0,44, L = −ln P = 0,83; one step with η = 0,5 lifts P to 0,66', () => {
    const chain = conclusionChain();
    expect(chain).toMatchObject({ focus: 'von', topToken: 'Paris', target: 'Frankreich', learningRate: 0.5 });
    expect(chain.topWeight).toBeCloseTo(0.58, 2);
    expect(chain.targetLogit).toBeCloseTo(0.721, 3);
    expect(chain.pTarget).toBeCloseTo(0.437, 3);
    expect(chain.loss).toBeCloseTo(-Math.log(chain.pTarget), 12);
    expect(chain.pTargetAfterStep).toBeCloseTo(0.66, 2);
    expect(chain.pTargetAfterStep).toBeGreaterThan(chain.pTarget);
  });
});
