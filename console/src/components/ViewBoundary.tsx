// A view that throws while rendering (a node or indexer answering a shape this console
// does not know) shows what went wrong, in words, instead of a blank page; the header,
// the navigation and the other views keep working, and leaving the URL clears it.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface State {
  error: Error | null;
}

class Boundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('amchain console: a view failed to render', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section role="alert" className="error" data-testid="view-error">
        <h1>This view could not be shown</h1>
        <p>
          <strong>{error.message || String(error)}</strong>
        </p>
        <p className="muted">
          The node or the indexer answered something this console does not read: check that the console and the node are of one release. Other views still
          work; reload to try again.
        </p>
      </section>
    );
  }
}

/** Catches a view's rendering fault; a new URL gets a fresh view. */
export function ViewBoundary({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return <Boundary key={pathname + search}>{children}</Boundary>;
}
