import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defineSlide } from '../../src/shell/manifest';
import { loadSlideBody, useSlideBody } from '../../src/shell/slideBodies';

function Body() {
  return <p>Inhalt</p>;
}

describe('slide bodies', () => {
  it('loads a body once, however often it is asked for', async () => {
    let loads = 0;
    const meta = defineSlide({ id: 'einmal', title: 'Einmal', steps: 0, load: async () => ((loads += 1), Body) });
    await Promise.all([loadSlideBody(meta), loadSlideBody(meta), loadSlideBody(meta)]);
    const { result } = renderHook(() => useSlideBody(meta));
    expect(result.current).toEqual({ status: 'ready', Body });
    expect(loads).toBe(1);
  });

  it('reports a body that cannot be loaded (offline, a missing chunk) with its message, and tries again when mounted again', async () => {
    let attempts = 0;
    const meta = defineSlide({
      id: 'kaputt',
      title: 'Kaputt',
      steps: 0,
      load: async () => {
        attempts += 1;
        throw new Error('Failed to fetch dynamically imported module');
      },
    });
    const first = renderHook(() => useSlideBody(meta));
    await waitFor(() => expect(first.result.current).toEqual({ status: 'error', message: 'Failed to fetch dynamically imported module' }));
    expect(attempts).toBe(1);
    first.unmount();
    const second = renderHook(() => useSlideBody(meta));
    await waitFor(() => expect(attempts).toBe(2));
    expect(second.result.current.status).toBe('error');
  });
});
