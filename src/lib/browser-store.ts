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

export function progressStore(): ProgressStore {
  if (!shared) {
    shared = new ProgressStore(safeStorage());
    showNotice(shared);
  }
  return shared;
}

/** Offers a text as a file download (export, backup, receipt). */
export function downloadText(filename: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadBackup = (store: ProgressStore) => {
  const backup = store.backup();
  if (backup !== null) downloadText('converge-progress-unreadable.txt', backup, 'text/plain');
};

/**
 * Tells the learner, in the page's notice banner (Base.astro), when stored progress was unreadable
 * and set aside (once: the next load is clean), or when nothing can be saved beyond this tab.
 */
function showNotice(store: ProgressStore) {
  const banner = document.querySelector<HTMLElement>('[data-storage-notice]');
  if (!banner || !store.notice) return;
  for (const part of banner.querySelectorAll<HTMLElement>('[data-notice]')) part.hidden = part.dataset.notice !== store.notice;
  banner.querySelector('button')?.addEventListener('click', () => downloadBackup(store));
  banner.hidden = false;
}

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
