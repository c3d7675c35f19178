import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDeckQuery } from '../../src/shell/deepLink';
import { toggleModeSearch } from '../../src/shell/keys';
import { isPrintMode, parseModes } from '../../src/shell/modes';
import { syncRoleOf } from '../../src/shell/syncRoles';

describe('parseModes: the page', () => {
  it('follows view=read and view=slides, else the screen', () => {
    expect(parseModes('?view=read', false).page).toBe('reading');
    expect(parseModes('?view=slides', true).page).toBe('slides');
    expect(parseModes('', true).page).toBe('reading');
    expect(parseModes('', false).page).toBe('slides');
    expect(parseModes('?view=nonsense', true).page).toBe('reading');
    expect(parseModes('?slideIndex=3&stepIndex=1', true).page).toBe('reading');
  });

  it('never turns the presenter, overview, print or handout view into the reading view', () => {
    for (const mode of ['presenterMode', 'overviewMode', 'printMode', 'exportMode']) expect(parseModes(`?${mode}=true`, true).page, mode).toBe('slides');
    expect(parseModes('?handout=true', true).page).toBe('handout');
    expect(parseModes('?handout=true&view=read', false).page).toBe('handout');
  });

  it('opens a recording (?replay=) in the slide view, where its player is, on a phone too', () => {
    expect(parseModes('?replay=aufzeichnung.vtzrec', true)).toMatchObject({ page: 'slides', replay: 'aufzeichnung.vtzrec' });
    expect(parseModes('?view=read&replay=aufzeichnung.vtzrec', true).page).toBe('reading');
    expect(parseModes('', false).replay).toBeNull();
  });

  it('reads the handout’s options', () => {
    expect(parseModes('?handout=true').handout).toEqual({ finalOnly: false, notes: false });
    expect(parseModes('?handout=true&finalOnly=true&notes=true').handout).toEqual({ finalOnly: true, notes: true });
    expect(parseModes('?handout=yes&finalOnly=true').handout).toBeNull();
  });
});

describe('parseModes: one slide mode, one meaning of "presenter"', () => {
  it('sets a mode only for the value "true"', () => {
    expect(parseModes('?presenterMode=true&slideIndex=3').mode).toBe('presenter');
    for (const search of ['', '?presenterMode=false', '?presenterMode=maybe', '?presentermode=true', '?presenterMode', '#presenterMode=true']) {
      expect(parseModes(search).mode, search).toBe('slides');
    }
  });

  it('lets the modes that show every slide win over the presenter view, for the deck and the window sync alike', () => {
    // Before, syncRoleOf made this window a presenter while the deck did not show the presenter view.
    for (const [search, mode] of [
      ['?presenterMode=true&overviewMode=true', 'overview'],
      ['?presenterMode=true&printMode=true', 'print'],
      ['?exportMode=true&presenterMode=true', 'export'],
      ['?printMode=true&overviewMode=true', 'overview'],
    ] as const) {
      expect(parseModes(search).mode, search).toBe(mode);
      expect(syncRoleOf(search), search).toBe('audience');
    }
    expect(syncRoleOf('?presenterMode=true&overviewMode=false')).toBe('presenter');
  });

  it('prints with the light palette in print and export mode only', () => {
    expect(isPrintMode(parseModes('?printMode=true&slideIndex=2').mode)).toBe(true);
    expect(isPrintMode(parseModes('?exportMode=true').mode)).toBe(true);
    expect(isPrintMode(parseModes('?printMode=false').mode)).toBe(false);
    expect(isPrintMode(parseModes('?presenterMode=true').mode)).toBe(false);
  });

  it('knows a deep link by a slide or a step in the query', () => {
    expect(parseModes('?slideIndex=6&stepIndex=0').deepLink).toBe(true);
    expect(parseModes('?stepIndex=2').deepLink).toBe(true);
    expect(parseModes('?presenterMode=true&slideIndex=1').deepLink).toBe(true);
    expect(parseModes('').deepLink).toBe(false);
    expect(parseModes('?presenterMode=true').deepLink).toBe(false);
    expect(parseModes('?view=read').deepLink).toBe(false);
  });

  const FLAGS = ['presenterMode', 'overviewMode', 'printMode', 'exportMode'] as const;
  const query = fc
    .record({
      flags: fc.subarray([...FLAGS]),
      values: fc.array(fc.constantFrom('true', 'false', '1', ''), { minLength: 4, maxLength: 4 }),
      order: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
    })
    .map(({ flags, values, order }) =>
      flags
        .map((flag, i) => ({ text: `${flag}=${values[i]}`, key: order[i] }))
        .sort((a, b) => a.key - b.key)
        .map((part) => part.text)
        .join('&'),
    );

  it('agrees with a hand-written precedence (overview, print, export, presenter), in any order of the flags', () => {
    fc.assert(
      fc.property(query, (search) => {
        const on = new Set(search.split('&').filter((part) => part.endsWith('=true')).map((part) => part.split('=')[0]));
        const expected = on.has('overviewMode') ? 'overview' : on.has('printMode') ? 'print' : on.has('exportMode') ? 'export' : on.has('presenterMode') ? 'presenter' : 'slides';
        expect(parseModes(`?${search}`).mode).toBe(expected);
      }),
    );
  });

  it('keeps only the winning flag in the normalised query, so Spectacle (presenter first) shows the same mode', () => {
    fc.assert(
      fc.property(query, (search) => {
        const normalized = normalizeDeckQuery(`?${search}`, 10);
        const flags = [...new URLSearchParams(normalized).keys()].filter((key) => (FLAGS as readonly string[]).includes(key));
        expect(flags.length).toBeLessThanOrEqual(1);
        expect(parseModes(normalized).mode).toBe(parseModes(`?${search}`).mode);
      }),
    );
  });

  it('toggles a mode off when it is the window’s mode, else on (P and O)', () => {
    expect(toggleModeSearch('?presenterMode=true&slideIndex=2&stepIndex=1', 'presenterMode')).toBe('?slideIndex=2&stepIndex=1');
    expect(toggleModeSearch('?slideIndex=2&stepIndex=1', 'overviewMode')).toBe('?slideIndex=2&stepIndex=1&overviewMode=true');
    expect(toggleModeSearch('?presenterMode=true', 'overviewMode')).toBe('?overviewMode=true');
  });
});
