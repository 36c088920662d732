import { useSyncExternalStore } from 'react';

/**
 * A value that changes often, read by the one component that shows it: only that component
 * renders again when it changes, not the screen that holds it.
 */
export class LatestValue<T> {
  private readonly listeners = new Set<() => void>();

  constructor(private value: T) {}

  readonly get = (): T => this.value;

  readonly set = (value: T): void => {
    this.value = value;
    for (const listener of this.listeners) listener();
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

/** The current value, the component rendering again each time it changes. */
export function useLatestValue<T>(latest: LatestValue<T>): T {
  return useSyncExternalStore(latest.subscribe, latest.get);
}
