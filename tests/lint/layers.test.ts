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
  ['src/model/planted.ts', "import { cssVar } from '../theme/palette';", /src\/model imports only src\/math/],
  ['src/model/tinyGpt/planted.ts', "import { formatNumber } from '../../format';", /src\/model imports only src\/math/],
  ['src/model/planted.ts', "import { SLIDES } from '../../slides';", /src\/model imports only src\/math/],
  ['src/components/planted.tsx', "import { DEFAULT_PARAMS } from '../model';", /src\/components import only/],
  ['src/components/planted.tsx', "import { useSharedState } from '../shell/useSharedState';", /src\/components import only/],
  ['src/components/planted.tsx', "import { InkLayer } from '../features/ink/InkLayer';", /src\/components import only/],
  ['src/components/planted.tsx', "import { Slide } from 'spectacle';", /src\/components import only/],
  ['src/math/planted.ts', "import { texNumber } from '../tex';", /src\/math imports nothing/],
  ['src/model/planted.ts', "import { GELU } from '../tex/architecture';", /src\/model imports only src\/math/],
  ['src/tex/planted.ts', "import { traceWorkedExample } from '../model';", /src\/tex imports only src\/format and math types/],
  ['src/tex/planted.ts', "import { softmax } from '../math';", /src\/tex imports only src\/format and math types/],
  ['src/tex/planted.ts', "import katex from 'katex';", /src\/tex imports only src\/format and math types/],
  ['src/theme/planted.ts', "import { Tex } from '../components/Tex';", /src\/theme imports nothing of the app/],
  ['src/theme/planted.ts', "import { SLIDE_SIZE } from '../shell/manifest';", /src\/theme imports nothing of the app/],
  ['src/theme/planted.ts', "import type { SlideTransition } from 'spectacle';", /src\/theme imports nothing of the app/],
  ['src/shell/planted.tsx', "import { SLIDES } from '../../slides';", /src\/shell never imports a feature/],
  ['src/shell/planted.tsx', "import { InkLayer } from '../features/ink/InkLayer';", /src\/shell never imports a feature/],
  ['src/shell/planted.tsx', "import { LectureDeck } from '../app/LectureDeck';", /src\/shell never imports a feature/],
  ['src/shell/planted.tsx', "import { DeckContext } from 'spectacle';", /Spectacle only through src\/shell\/spectacle.tsx/],
  ['src/shell/spectacle.tsx', "import { replayStore } from '../features/recording/replayStore';", /src\/shell never imports a feature/],
  ['src/features/recording/planted.ts', "import { useStopwatch } from '../presenter/useStopwatch';", /src\/features\/recording uses the shell, never/],
  ['src/features/recording/planted.ts', "import { inkStore } from '../ink/store';", /src\/features\/recording uses the shell, never/],
  ['src/features/reading/planted.tsx', "import { InkLayer } from '../ink/InkLayer';", /src\/features\/reading uses the shell, never/],
  ['src/features/ink/planted.tsx', "import { PresenterView } from '../presenter/PresenterView';", /src\/features\/ink uses the shell and src\/features\/recording, never/],
  ['src/features/presenter/planted.tsx', "import { ReadingView } from '../reading/ReadingView';", /src\/features\/presenter uses the shell and src\/features\/recording, never/],
  ['src/features/presenter/planted.tsx', "import { Deck } from 'spectacle';", /src\/features\/presenter uses the shell/],
  ['src/features/ink/planted.tsx', "import { LectureDeck } from '../../app/LectureDeck';", /src\/features\/ink uses the shell/],
  ['src/features/handout/planted.tsx', "import { SLIDES } from '../../../slides';", /src\/features\/handout uses the shell/],
  ['src/app/planted.tsx', "import { SLIDES } from '../../slides';", /src\/app composes the shell and the features/],
  ['src/app/planted.tsx', "import { Deck } from 'spectacle';", /src\/app composes the shell and the features/],
  ['slides/PlantedSlide.tsx', "import { InkLayer } from '../src/features/ink/InkLayer';", /A slide uses the shell/],
  ['slides/PlantedSlide.tsx', "import { Slide } from 'spectacle';", /A slide uses the shell/],
  ['slides/PlantedSlide.tsx', "import { TitansSlide } from './TitansSlide';", /A slide never imports another slide/],
];

const DOWNWARD: readonly [string, string][] = [
  ['src/model/planted.ts', "import { softmax } from '../math';"],
  ['src/model/tinyGpt/planted.ts', "import { softmax } from '../../math';"],
  ['src/components/planted.tsx', "import { cssVar } from '../theme/palette';"],
  ['src/theme/planted.ts', "import { cssVar } from './palette';"],
  ['src/components/planted.tsx', "import { formatNumber } from '../format';"],
  ['src/components/planted.tsx', "import { GELU } from '../tex';"],
  ['src/tex/planted.ts', "import { texNumber } from '../format';"],
  ['src/tex/planted.ts', "import type { Matrix } from '../math';"],
  ['src/tex/planted.ts', "import { texText } from './primitives';"],
  ['src/shell/planted.tsx', "import { Tex } from '../components/Tex';"],
  ['src/shell/planted.tsx', "import { theme } from '../theme/theme';"],
  ['src/shell/spectacle.tsx', "import { Deck } from 'spectacle';"],
  ['src/features/presenter/planted.tsx', "import { LectureRecorder } from '../recording/recorder';"],
  ['src/features/ink/planted.ts', "import { stateAt } from '../recording/timeline';"],
  ['src/features/handout/planted.tsx', "import { handoutInk } from '../ink/handoutInk';"],
  ['src/features/reading/planted.tsx', "import { useDeckApi } from '../../shell/deckApi';"],
  ['src/app/planted.tsx', "import { InkLayer } from '../features/ink/InkLayer';"],
  ['slides/PlantedSlide.tsx', "import { LectureSlide } from '../src/shell/LectureSlide';"],
  ['slides/PlantedSlide.tsx', "import { kicker } from './sections';"],
  ['slides/PlantedSlide.tsx', "import { TITANS_CITATION } from './titans';"],
];

/** Stylesheets: a shell or feature stylesheet never names a class only a slide's stylesheet defines. */
async function cssErrors(filePath: string, css: string): Promise<string[]> {
  const [result] = await eslint.lintText(css, { filePath });
  return result.messages.filter((m) => m.ruleId === 'doors/no-slide-class').map((m) => `${m.line}: ${m.message}`);
}

describe('stylesheet doors (npm run lint)', () => {
  it.each(['src/features/reading/planted.css', 'src/shell/planted.css'])('%s naming a slide-private class (.what-if) fails, on its line', async (filePath) => {
    const errors = await cssErrors(filePath, '.reading-slide {\n  color: red;\n}\n\n.reading-slide .what-if > * {\n  min-width: 0;\n}\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^5: \.what-if is a slide's private class/);
  });

  it('a class of a component or the shell passes, and so does a slide-private name inside a comment', async () => {
    expect(await cssErrors('src/features/reading/planted.css', '/* .what-if reflows in its own stylesheet */\n.reading-slide .param-slider, .slide-grid {\n  min-width: 0;\n}\n')).toEqual([]);
  });

  it('a slide may style its own classes', async () => {
    expect(await cssErrors('slides/PlantedSlide.css', '.what-if {\n  display: grid;\n}\n')).toEqual([]);
  });
});

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
