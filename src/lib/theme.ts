// Theme choice: a stored preference wins over the system's; pure so Node can test it.
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'converge-theme';

export function resolveTheme(stored: string | null, systemPrefersDark: boolean): Theme {
  if (stored === 'light' || stored === 'dark') return stored;
  return systemPrefersDark ? 'dark' : 'light';
}

/** Reads the stored theme, tolerating storage that is blocked or throws. */
export function readStoredTheme(storage: Pick<Storage, 'getItem'> | undefined): string | null {
  try {
    return storage?.getItem(THEME_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Stores the theme; returns false when storage refuses (private mode, quota). */
export function storeTheme(storage: Pick<Storage, 'setItem'> | undefined, theme: Theme): boolean {
  try {
    storage?.setItem(THEME_KEY, theme);
    return Boolean(storage);
  } catch {
    return false;
  }
}
