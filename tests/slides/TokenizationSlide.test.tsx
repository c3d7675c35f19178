import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderSlideBody } from './renderSlide';
import { TokenizationSlide } from '../../slides/TokenizationSlide';
import tokenizationMeta from '../../slides/TokenizationSlide.meta';

/** Lets one test simulate a vocabulary chunk that cannot be fetched (offline single-file build). */
const offline = vi.hoisted(() => ({ value: false }));
vi.mock('../../src/model/tokenization', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/model/tokenization')>();
  return {
    ...actual,
    loadEncoding: (name: Parameters<typeof actual.loadEncoding>[0]) =>
      offline.value ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : actual.loadEncoding(name),
  };
});

function renderSlide() {
  const view = renderSlideBody(TokenizationSlide, 0, tokenizationMeta);
  const input = screen.getByLabelText('Eigener Satz') as HTMLInputElement;
  return { ...view, input };
}

/** The count shown in the row of one method ("6 Tokens"). */
function countOf(name: RegExp): string {
  const row = screen.getByRole('region', { name });
  return row.querySelector('.token-row-count')?.textContent ?? '';
}

function tokensOf(name: RegExp): string[] {
  const row = screen.getByRole('region', { name });
  return within(row)
    .getAllByRole('listitem')
    .map((item) => item.getAttribute('data-token') ?? '');
}

describe('TokenizationSlide', () => {
  afterEach(() => {
    cleanup();
    offline.value = false;
  });

  it('splits the lecture sentence into words, characters and BPE tokens', async () => {
    renderSlide();
    expect(screen.getByRole('heading', { name: 'Tokenisierung: Vom Text zu Tokens' })).toBeTruthy();
    expect(countOf(/^Wörter/)).toBe('6 Tokens');
    expect(countOf(/^Zeichen/)).toBe('39 Tokens');
    expect(tokensOf(/^Wörter/)).toEqual(['Paris', 'ist', 'die', 'Hauptstadt', 'von', 'Frankreich']);
    // The vocabularies load on demand; the GPT-2 row shows the split of " Hauptstadt".
    await screen.findByText('Leerzeichen Hau, ID 49696', undefined, { timeout: 20_000 });
    expect(tokensOf(/GPT-2/)).toEqual(['Paris', '␣is', 't', '␣die', '␣Hau', 'pt', 'stadt', '␣von', '␣Frank', 're', 'ich']);
    await screen.findByText('Leerzeichen Hauptstadt, ID 158774', undefined, { timeout: 20_000 });
    expect(countOf(/GPT-4o/)).toBe('6 Tokens');
  }, 30_000);

  it('updates every split as the student types', async () => {
    const { input } = renderSlide();
    fireEvent.change(input, { target: { value: 'Hallo Welt!' } });
    expect(countOf(/^Wörter/)).toBe('3 Tokens');
    expect(tokensOf(/^Wörter/)).toEqual(['Hallo', 'Welt', '!']);
    expect(countOf(/^Zeichen/)).toBe('11 Tokens');
    // Both vocabularies follow: GPT-4o knows " Welt" as one token, GPT-2 needs two.
    await screen.findByText('Leerzeichen Welt, ID 23079', undefined, { timeout: 20_000 });
    await screen.findByText('elt, ID 2120', undefined, { timeout: 20_000 });
    expect(countOf(/GPT-2/)).toBe('5 Tokens');
    expect(countOf(/GPT-4o/)).toBe('3 Tokens');
  }, 30_000);

  it('shows typed HTML as text, never as an element', () => {
    const { input, container } = renderSlide();
    fireEvent.change(input, { target: { value: '<img src=x onerror=alert(1)>' } });
    expect(container.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(tokensOf(/^Wörter/)).toContain('img');
  });

  it('asks for a sentence when the field is empty', () => {
    const { input } = renderSlide();
    fireEvent.change(input, { target: { value: '' } });
    expect(screen.getByText('Bitte einen Satz eingeben.')).toBeTruthy();
    expect(countOf(/^Wörter/)).toBe('0 Tokens');
    expect(countOf(/^Zeichen/)).toBe('0 Tokens');
  });

  it('cuts very long input and says so', () => {
    const { input } = renderSlide();
    fireEvent.change(input, { target: { value: 'a'.repeat(10_000) } });
    expect(screen.getByText('Eingabe auf 2000 Zeichen gekürzt.')).toBeTruthy();
    expect(countOf(/^Zeichen/)).toBe('2.000 Tokens');
    // Only the first chips are drawn; the rest is summed up.
    expect(screen.getAllByText('… und 1.700 weitere').length).toBeGreaterThanOrEqual(1);
  }, 20_000);

  it('says clearly when a vocabulary cannot be loaded; words and characters still work', async () => {
    offline.value = true;
    const { input } = renderSlide();
    const alerts = await screen.findAllByRole('alert');
    expect(alerts).toHaveLength(2);
    for (const alert of alerts) expect(alert.textContent).toMatch(/Vokabular konnte nicht geladen werden/);
    fireEvent.change(input, { target: { value: 'Hallo Welt' } });
    expect(countOf(/^Wörter/)).toBe('2 Tokens');
    expect(countOf(/^Zeichen/)).toBe('10 Tokens');
  });
});
