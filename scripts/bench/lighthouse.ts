// Lighthouse (pinned 12.2.3: Lighthouse 13 needs Node 22) on the mobile preset with its simulated
// throttling, against Debian's Chromium through chrome-launcher: performance for the slides, and
// performance and accessibility for the reading view.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../chromium';
import { median } from './stats';

export type LighthouseResult = {
  version: string;
  /** 0-100, median of the runs. */
  score: number;
  /** Total blocking time in ms, median of the runs. */
  tbt: number;
  /** Each run; accessibility only where that category was asked for. */
  runs: { score: number; tbt: number; accessibility?: number }[];
  /** Requests in Lighthouse's network log that were not to `url` (there must be none). */
  external: string[];
};

export type ReadingLighthouseResult = LighthouseResult & {
  /** Accessibility score 0-100, median of the runs. */
  accessibility: number;
  /** Titles of the accessibility audits that failed in any run. */
  failedAudits: string[];
};

/** Runs Lighthouse `runs` times against `url`, each in a fresh Chromium; `chromePath` is Debian's Chromium. */
export async function lighthouseMobile(url: string, chromePath: string, runs: number): Promise<LighthouseResult> {
  return lighthouseRuns(url, chromePath, runs, ['performance']);
}

/**
 * The reading view (`url` with ?view=read, as a phone opens it): performance and accessibility,
 * `runs` times, each in a fresh Chromium.
 */
export async function lighthouseReading(url: string, chromePath: string, runs: number): Promise<ReadingLighthouseResult> {
  const result = await lighthouseRuns(url, chromePath, runs, ['performance', 'accessibility']);
  return {
    ...result,
    accessibility: median(result.runs.map((r) => r.accessibility ?? Number.NaN)),
    failedAudits: result.failedAudits,
  };
}

async function lighthouseRuns(
  url: string,
  chromePath: string,
  runs: number,
  categories: ('performance' | 'accessibility')[],
): Promise<LighthouseResult & { failedAudits: string[] }> {
  const results: { score: number; tbt: number; accessibility?: number }[] = [];
  const failed = new Set<string>();
  const origin = new URL(url).origin;
  const external = new Set<string>();
  let version = '';
  for (let run = 0; run < runs; run += 1) {
    const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
    try {
      // The default config is the mobile preset (Moto G Power, simulated slow 4G, 4× CPU slowdown).
      const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: categories, logLevel: 'error' });
      if (!result) throw new Error('Lighthouse returned no result');
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      version = lhr.lighthouseVersion;
      const accessibility = lhr.categories.accessibility;
      results.push({
        score: (lhr.categories.performance.score ?? Number.NaN) * 100,
        tbt: lhr.audits['total-blocking-time'].numericValue ?? Number.NaN,
        ...(accessibility ? { accessibility: (accessibility.score ?? Number.NaN) * 100 } : {}),
      });
      for (const ref of accessibility?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) failed.add(`${audit.id}: ${audit.title}`);
      }
      const requests = lhr.audits['network-requests'].details;
      if (requests?.type === 'table') {
        for (const item of requests.items) {
          const requestUrl = String(item.url ?? '');
          if (!requestUrl.startsWith(`${origin}/`) && !/^(data|blob):/.test(requestUrl)) external.add(requestUrl);
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
    failedAudits: [...failed],
  };
}
