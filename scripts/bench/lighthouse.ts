// Lighthouse (pinned 12.2.3: Lighthouse 13 needs Node 22) on the mobile preset with its simulated
// throttling, performance category only, against Debian's Chromium through chrome-launcher.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium.mjs';
import { median } from './stats';

export type LighthouseResult = {
  version: string;
  /** 0-100, median of the runs. */
  score: number;
  /** Total blocking time in ms, median of the runs. */
  tbt: number;
  runs: { score: number; tbt: number }[];
  /** Requests in Lighthouse's network log that were not to `url` (there must be none). */
  external: string[];
};

/** Runs Lighthouse `runs` times against `url`, each in a fresh Chromium; `chromePath` is Debian's Chromium. */
export async function lighthouseMobile(url: string, chromePath: string, runs: number): Promise<LighthouseResult> {
  const results: { score: number; tbt: number }[] = [];
  const external = new Set<string>();
  let version = '';
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
    try {
      // The default config is the mobile preset (Moto G Power, simulated slow 4G, 4× CPU slowdown).
      const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      version = lhr.lighthouseVersion;
      results.push({ score: (lhr.categories.performance.score ?? Number.NaN) * 100, tbt: lhr.audits['total-blocking-time'].numericValue ?? Number.NaN });
      const requests = lhr.audits['network-requests'].details;
      if (requests?.type === 'table') {
        for (const item of requests.items) {
          const requestUrl = String(item.url ?? '');
          if (!requestUrl.startsWith(url) && !/^(data|blob):/.test(requestUrl)) external.add(requestUrl);
        }
      }
    } finally {
      chrome.kill();
    }
  }
  return {
    version,
    score: median(results.map((r) => r.score)),
    tbt: median(results.map((r) => r.tbt)),
    runs: results,
    external: [...external],
  };
}
