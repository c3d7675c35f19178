/** The TeX functions of the self-attention slides: valid KaTeX for the lecture's numbers and for extreme ones. */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { traceWorkedExample } from '../../src/model';
import { focusAttentionSteps } from '../../src/model/attentionSteps';
import {
  contextVectorNumbers,
  focusQueryNumbers,
  namedRowVector,
  scoreNumbers,
  scoreResult,
  softmaxNumbers,
  softmaxResult,
} from '../../src/tex';

const t = traceWorkedExample();
const s = focusAttentionSteps(t);

function parses(tex: string) {
  expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
}

describe('src/tex/attention', () => {
  it('typesets every formula of the slides with the worked example numbers (throwOnError)', () => {
    const j = s.ranking[0];
    const all = [
      focusQueryNumbers(t.focus, t.embeddings[t.focusIndex], t.W_Q),
      namedRowVector('q', t.focus, t.q),
      scoreNumbers(t.tokens[j], t.q, t.K[j], t.dK),
      scoreResult(t.tokens[j], t.scores[j], s.sqrtDK, t.scaledScores[j]),
      softmaxNumbers(t.tokens[j], t.scaledScores[j], t.scaledScores),
      softmaxResult(t.tokens[j], s.exps[j], s.expSum, t.weights[j]),
      contextVectorNumbers(t.focus, t.tokens, t.weights),
      namedRowVector('h', t.focus, t.h),
    ];
    all.forEach(parses);
  });

  it('puts the numbers into the score: negative factors in parentheses, the result rounded', () => {
    expect(scoreNumbers('x', [0.29, -0.56], [0.1, 0.1], 4)).toBe(
      String.raw`s_{\text{x}} = \frac{0{,}29 \cdot 0{,}10 + (-0{,}56) \cdot 0{,}10}{\sqrt{4}}`,
    );
    expect(scoreResult('Hauptstadt', 1.293, 2, 0.6465)).toBe(String.raw`s_{\text{Hauptstadt}} = \frac{1{,}29}{2} = 0{,}65`);
  });

  it('never produces NaN or Infinity in TeX', () => {
    const tex = softmaxResult('x', Number.POSITIVE_INFINITY, Number.NaN, 0.5);
    expect(tex).not.toMatch(/NaN|Infinity/);
    parses(tex);
  });
});
