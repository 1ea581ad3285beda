// The page's one learner store, shared by every element that reads or writes progress. Touches
// window only when first called, never at import.
import { ProgressStore } from './progress.ts';

function safeStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (private mode, sandboxed frame): the store works in memory
  }
}

let shared: ProgressStore | undefined;

export const progressStore = () => (shared ??= new ProgressStore(safeStorage()));
