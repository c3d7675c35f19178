import { inject } from 'vitest';
import { connectChromium } from './chromium';
import { connectFirefox } from './firefox';
import type { EngineName, EnginePage } from './page';
import { connectWebKit } from './webkit';

/** The engine of this test run (the vitest project: firefox or webkit). */
export const ENGINE: EngineName = inject('engine');

/** The engine's name in test names and messages. */
export const ENGINE_LABEL = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[ENGINE];

export function deckUrl(query = ''): string {
  return `${inject('engineBaseUrl')}${query ? `?${query}` : ''}`;
}

/** Connects to the run's one browser of this engine (launched by tests/engines/globalSetup.ts). */
export async function connectEngine(): Promise<{ newPage(): Promise<EnginePage>; disconnect(): Promise<void> }> {
  if (ENGINE === 'chromium') return connectChromium(inject('chromiumEndpoint'));
  return ENGINE === 'firefox' ? connectFirefox(inject('firefoxEndpoint')) : connectWebKit(inject('webkitSession'));
}
