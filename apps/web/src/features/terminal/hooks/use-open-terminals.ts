import { useSyncExternalStore } from 'react';
import { readOpenTerminals, subscribeOpenTerminals } from './open-terminals-store.ts';

const subscribe = (listener: () => void) => {
  const subscription = subscribeOpenTerminals(listener);
  return () => subscription.dispose();
};

/** This browser tab's open terminals, oldest first. */
export function useOpenTerminals() {
  return useSyncExternalStore(subscribe, readOpenTerminals);
}
