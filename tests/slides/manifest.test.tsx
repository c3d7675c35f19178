/**
 * The manifest's step counts are what the deck navigates by without mounting the bodies, so they
 * must match the bodies: every declared click changes what the slide shows, and no body reveals
 * anything after its last declared click.
 */
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineManifest, defineSlide, type SlideMeta } from '../../src/shell/manifest';
import { StaticSlide } from '../../src/shell/StaticSlide';
import { SLIDES } from '../../slides';

afterEach(cleanup);

/** The slide body's markup at one step, without React's generated ids. */
function markupAt(meta: SlideMeta, Body: ComponentType, step: number): string {
  const { container, unmount } = render(<StaticSlide meta={meta} Body={Body} step={step} />);
  const html = container.innerHTML.replace(/:r[0-9a-z]+:/g, ':id:');
  unmount();
  return html;
}

describe('slide manifest', () => {
  it('has unique, well-formed ids and a title on every slide', () => {
    expect(new Set(SLIDES.map((s) => s.id)).size).toBe(SLIDES.length);
    for (const slide of SLIDES) expect(slide.title.trim().length, slide.id).toBeGreaterThan(0);
  });

  it('rejects a duplicate id, a bad id and a negative step count', () => {
    const load = () => Promise.reject(new Error('unused'));
    expect(() => defineSlide({ id: 'Bad Id', title: 'x', steps: 0, load })).toThrow(/lowercase/);
    expect(() => defineSlide({ id: 'ok', title: 'x', steps: -1, load })).toThrow(/non-negative/);
    const a = defineSlide({ id: 'same', title: 'x', steps: 0, load });
    expect(() => defineManifest([a, a])).toThrow(/used twice/);
  });

  it.each(SLIDES.map((meta) => [meta.id, meta] as const))(
    '%s: every declared click changes the slide, and nothing appears after the last one',
    async (_id, meta) => {
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const Body = await meta.load();
      const views = Array.from({ length: meta.steps + 1 }, (_, step) => markupAt(meta, Body, step));
      for (let step = 1; step <= meta.steps; step += 1) {
        expect(views[step], `click ${step} of ${meta.id} changes nothing`).not.toBe(views[step - 1]);
      }
      // No <Reveal at={k}> with k > steps (it logs in development builds).
      expect(errors.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('<Reveal'))).toEqual([]);
      errors.mockRestore();
    },
    60_000,
  );
});
