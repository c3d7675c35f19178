import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { title: string; children?: ReactNode };
type State = { error: Error | null };

/** A slide that throws shows an error card with its title; the rest of the deck goes on. */
export class SlideErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Keep the stack for whoever opens the console; the slide itself stays readable.
    console.warn(`Folie „${this.props.title}“ konnte nicht angezeigt werden:`, error, info.componentStack);
  }

  render() {
    if (this.state.error) {
      return (
        <div role="alert" className="error-card">
          <strong>Diese Folie konnte nicht angezeigt werden: „{this.props.title}“</strong>
          <p>{this.state.error.message}</p>
        </div>
      );
    }
    return this.props.children;
  }
}
