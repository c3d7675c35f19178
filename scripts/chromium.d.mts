export const CHROMIUM_ARGS: string[];
export const FAKE_MICROPHONE_ARGS: string[];
export function findChromium(): string;
