import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SlideErrorBoundary } from '../../src/shell/SlideErrorBoundary';

function Broken(): never {
  throw new Error('Matrix 5x4 · 3x4 passt nicht');
}

describe('SlideErrorBoundary', () => {
  it('shows an error card with the slide title instead of crashing the deck', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // React rethrows to the window in development; the deck's boundary has already handled it.
    const swallow = (event: ErrorEvent) => event.preventDefault();
    window.addEventListener('error', swallow);
    render(
      <div>
        <SlideErrorBoundary title="Was wäre, wenn …?">
          <Broken />
        </SlideErrorBoundary>
        <p>Nächste Folie</p>
      </div>,
    );
    const card = screen.getByRole('alert');
    expect(card.textContent).toContain('„Was wäre, wenn …?“');
    expect(card.textContent).toContain('Matrix 5x4 · 3x4 passt nicht');
    expect(screen.getByText('Nächste Folie')).toBeTruthy();
    expect(warn).toHaveBeenCalled();
    window.removeEventListener('error', swallow);
    warn.mockRestore();
    error.mockRestore();
  });

  it('renders its children when nothing throws', () => {
    render(
      <SlideErrorBoundary title="Agenda">
        <p>Inhalt</p>
      </SlideErrorBoundary>,
    );
    expect(screen.getByText('Inhalt')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
