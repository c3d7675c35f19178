import type { ReactNode } from 'react';

/**
 * Stands in for react-syntax-highlighter, which Spectacle imports for its CodePane with every
 * language of refractor (about a third of the deck's JavaScript). This deck shows no code panes;
 * should one appear, it gets plain preformatted text. Wired up by an alias in vite.config.ts.
 */
export function Prism({ children }: { children?: ReactNode }) {
  return (
    <pre>
      <code>{children}</code>
    </pre>
  );
}

export default Prism;
