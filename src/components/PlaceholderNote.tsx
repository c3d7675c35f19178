import type { ReactNode } from 'react';

/**
 * Marks a part of a slide that is not built yet, visibly, so that nothing pretends to be done.
 * Every use is listed by a test named "placeholder".
 */
export function PlaceholderNote({ children }: { children: ReactNode }) {
  return (
    <p className="placeholder-note" data-testid="placeholder">
      <strong>Platzhalter:</strong> {children}
    </p>
  );
}
