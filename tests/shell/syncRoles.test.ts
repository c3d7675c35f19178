import { describe, expect, it } from 'vitest';
import { followsViewFrom, sendsView, syncRoleOf, takesSnapshotView, type SyncRole } from '../../src/shell/syncRoles';

const ROLES: SyncRole[] = ['presenter', 'audience', 'reader'];

describe('syncRoleOf', () => {
  it('makes a presenter only of presenterMode=true', () => {
    expect(syncRoleOf('?presenterMode=true')).toBe('presenter');
    expect(syncRoleOf('?slideIndex=3&presenterMode=true&stepIndex=1')).toBe('presenter');
    for (const search of ['', '?presenterMode=false', '?presenterMode=maybe', '?presentermode=true', '?presenterMode', '#presenterMode=true']) {
      expect(syncRoleOf(search), search).toBe('audience');
    }
  });
});

describe('who follows whom', () => {
  it('an audience window follows the presenter and nobody else', () => {
    expect(followsViewFrom('audience', 'presenter')).toBe(true);
    expect(followsViewFrom('audience', 'audience')).toBe(false);
    expect(followsViewFrom('audience', 'reader')).toBe(false);
  });

  it('the presenter follows every slide window (a clicker at the projector moves it)', () => {
    expect(followsViewFrom('presenter', 'audience')).toBe(true);
    expect(followsViewFrom('presenter', 'presenter')).toBe(true);
  });

  it('the reading view neither follows nor drives anyone', () => {
    for (const role of ROLES) {
      expect(followsViewFrom('reader', role)).toBe(false);
      expect(followsViewFrom(role, 'reader')).toBe(false);
      expect(takesSnapshotView('reader', role, false)).toBe(false);
    }
    expect(sendsView('reader', true)).toBe(false);
  });

  it('a window opened with a deep link keeps its view on start, whoever answers', () => {
    for (const self of ROLES) for (const from of ROLES) expect(takesSnapshotView(self, from, true)).toBe(false);
  });

  it('without a deep link, the start view comes by the same rule as live views', () => {
    for (const self of ROLES) for (const from of ROLES) expect(takesSnapshotView(self, from, false)).toBe(followsViewFrom(self, from));
  });

  it('the presenter sends every view; an audience window only what its own user did', () => {
    expect(sendsView('presenter', false)).toBe(true);
    expect(sendsView('presenter', true)).toBe(true);
    expect(sendsView('audience', true)).toBe(true);
    expect(sendsView('audience', false)).toBe(false);
  });
});
