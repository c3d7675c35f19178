// @vitest-environment node
import { expect, it } from 'vitest';
import { hallLoad } from '../../scripts/bench/hall';

// The load and fault run of `npm run bench -- --only hall`, bounded: its latency is the benchmark's
// (timing goals live there); here every change must arrive and the relay must stay intact.
it('500 simulated phones receive every view change while others misbehave and vanish', async () => {
  const result = await hallLoad({ followers: 500, changes: 20, spacingMs: 30, timeoutMs: 15_000 });
  expect(result.vanished).toBeGreaterThanOrEqual(50);
  expect(result.expected).toBe((500 - result.vanished) * 20);
  expect(result.received).toBe(result.expected);
  expect(result.latenciesMs.length).toBeGreaterThanOrEqual(result.expected);
  // Four rounds of faults: a wrong secret each, and malformed, oversized and flooding messages.
  expect(result.refused).toBe(4);
  expect(result.dropped).toBeGreaterThanOrEqual(4 * 3);
  expect(result.intact).toBe(true);
}, 60_000);
