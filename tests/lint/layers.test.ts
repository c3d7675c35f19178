/**
 * The layers of DESIGN.md are enforced by `npm run lint`: an import up the layers fails. Each case
 * plants a one-line file at a path in the tree (linted in memory, nothing is written) and expects
 * the layer rule to fire, or to stay quiet for an import that goes down.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

const UPWARD: readonly [string, string, RegExp][] = [
  ['src/math/planted.ts', "import { FOCUS_INDEX } from '../model';", /src\/math imports nothing/],
  ['src/math/planted.ts', "import { formatNumber } from '../format';", /src\/math imports nothing/],
  ['src/math/planted.ts', "import { useState } from 'react';", /src\/math imports nothing/],
  ['src/model/planted.ts', "import { cssVar } from '../deck/palette';", /src\/model imports only src\/math/],
  ['src/model/tinyGpt/planted.ts', "import { formatNumber } from '../../format';", /src\/model imports only src\/math/],
  ['src/model/planted.ts', "import { SLIDES } from '../../slides';", /src\/model imports only src\/math/],
  ['src/components/planted.tsx', "import { DEFAULT_PARAMS } from '../model';", /src\/components import only/],
  ['src/components/planted.tsx', "import { useSharedState } from '../deck/useSharedState';", /src\/components import only/],
  ['src/math/planted.ts', "import { texNumber } from '../tex';", /src\/math imports nothing/],
  ['src/model/planted.ts', "import { GELU } from '../tex/architecture';", /src\/model imports only src\/math/],
  ['src/tex/planted.ts', "import { traceWorkedExample } from '../model';", /src\/tex imports only src\/format and math types/],
  ['src/tex/planted.ts', "import { softmax } from '../math';", /src\/tex imports only src\/format and math types/],
  ['src/tex/planted.ts', "import katex from 'katex';", /src\/tex imports only src\/format and math types/],
  ['src/deck/planted.tsx', "import { SLIDES } from '../../slides';", /src\/deck never imports slides/],
  ['slides/PlantedSlide.tsx', "import { TitansSlide } from './TitansSlide';", /A slide never imports another slide/],
];

const DOWNWARD: readonly [string, string][] = [
  ['src/model/planted.ts', "import { softmax } from '../math';"],
  ['src/model/tinyGpt/planted.ts', "import { softmax } from '../../math';"],
  ['src/components/planted.tsx', "import { cssVar } from '../deck/palette';"],
  ['src/components/planted.tsx', "import { formatNumber } from '../format';"],
  ['src/components/planted.tsx', "import { GELU } from '../tex';"],
  ['src/tex/planted.ts', "import { texNumber } from '../format';"],
  ['src/tex/planted.ts', "import type { Matrix } from '../math';"],
  ['src/tex/planted.ts', "import { texText } from './primitives';"],
  ['src/deck/planted.tsx', "import { Tex } from '../components/Tex';"],
  ['slides/PlantedSlide.tsx', "import { kicker } from './sections';"],
  ['slides/PlantedSlide.tsx', "import { TITANS_CITATION } from './titans';"],
];

describe('layer rules (npm run lint)', () => {
  it.each(UPWARD)('%s: %s fails', async (filePath, code, message) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each(DOWNWARD)('%s: %s passes', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });
});
