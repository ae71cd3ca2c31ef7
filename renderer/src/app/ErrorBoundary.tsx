// Catches a rendering error in one screen and shows a readable message with a way back, instead of
// a blank window. Resets when the route changes.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  resetKey: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for developers; the reader sees the message below.
    console.warn('BiTE Atlas: a screen failed to render', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <section className="error-screen" role="alert" aria-labelledby="error-title">
        <h1 id="error-title">This page could not be shown</h1>
        <p>Something went wrong while displaying it. Your settings and progress are safe.</p>
        <pre className="error-detail">{this.state.error.message}</pre>
        <p className="error-actions">
          <a href="#/" className="button" onClick={() => this.setState({ error: null })}>
            Back to the contents
          </a>{' '}
          <button type="button" className="button secondary" onClick={() => window.location.reload()}>
            Reload the atlas
          </button>
        </p>
      </section>
    );
  }
}
