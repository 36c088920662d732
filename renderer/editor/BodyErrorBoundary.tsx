import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown instead of the body editor when it cannot open the stored body. */
  fallback(error: unknown): ReactNode;
  children: ReactNode;
}

/**
 * A body the editor cannot read (a node type from a newer Newsdesk, a damaged file) must not take
 * the whole app down; the rest of the article stays editable and its stored body is kept as it is.
 */
export class BodyErrorBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    return this.state.error === null ? this.props.children : this.props.fallback(this.state.error);
  }
}
