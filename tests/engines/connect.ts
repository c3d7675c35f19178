import { inject } from 'vitest';
import { connectFirefox } from './firefox';
import type { EngineName, EnginePage } from './page';
import { connectWebKit } from './webkit';

/** The engine of this test run (the vitest project: firefox or webkit). */
export const ENGINE: EngineName = inject('engine');

/** A German-free label for test names: „in Firefox“ reads as "in Firefox". */
export const ENGINE_LABEL = ENGINE === 'firefox' ? 'Firefox' : 'WebKit';

export function deckUrl(query = ''): string {
  return `${inject('engineBaseUrl')}${query ? `?${query}` : ''}`;
}

/** Connects to the run's one browser of this engine (launched by tests/engines/globalSetup.ts). */
export async function connectEngine(): Promise<{ newPage(): Promise<EnginePage>; disconnect(): Promise<void> }> {
  return ENGINE === 'firefox' ? connectFirefox(inject('firefoxEndpoint')) : connectWebKit(inject('webkitSession'));
}
