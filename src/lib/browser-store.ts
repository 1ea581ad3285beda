// The page's one learner store, shared by every element that reads or writes progress. Touches
// window only when first called, never at import.
import { PROGRESS_KEY, ProgressStore } from './progress.ts';

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (private mode, sandboxed frame): the store works in memory
  }
}

let shared: ProgressStore | undefined;

export const progressStore = () => (shared ??= new ProgressStore(safeStorage()));

const listeners = new Set<() => void>();

/**
 * Calls `refresh` whenever another tab changes the stored progress. The store re-reads storage once
 * per change, however many elements listen.
 */
export function onOtherTabChange(refresh: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('storage', (e) => {
      if (e.key !== PROGRESS_KEY) return;
      progressStore().reload();
      for (const listener of listeners) listener();
    });
  }
  listeners.add(refresh);
}
