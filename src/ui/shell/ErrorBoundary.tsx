import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error?: Error;
}

/** Keeps one failing pane from blanking the page; "Try again" re-renders it. */
export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="pane-error" role="alert">
        <p>
          The {this.props.name} ran into an internal error: {this.state.error.message}. Your design is safe
          (it is saved); please report this with your design.
        </p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          Try again
        </button>
      </div>
    );
  }
}
