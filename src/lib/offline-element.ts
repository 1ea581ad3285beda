// <cv-offline-status> on /offline/: whether this browser has the offline copy, the space it takes, and
// buttons to remove it (and stop saving it) or to keep one again.
import { formatBytes, isOfflineCache, OFFLINE_KEY } from './offline.ts';

async function cachedFiles(): Promise<number> {
  let files = 0;
  for (const name of (await caches.keys()).filter(isOfflineCache)) files += (await (await caches.open(name)).keys()).length;
  return files;
}

class OfflineStatus extends HTMLElement {
  connectedCallback() {
    void this.show();
    // The first visit saves the copy in the background: say so when it is done.
    if ('serviceWorker' in navigator) void navigator.serviceWorker.ready.then(() => this.show());
    this.button('remove').addEventListener('click', () => void this.removeCopy());
    this.button('restore').addEventListener('click', () => {
      localStorage.removeItem(OFFLINE_KEY);
      location.reload();
    });
  }

  private button(act: string) {
    return this.querySelector<HTMLButtonElement>(`[data-act="${act}"]`)!;
  }

  private out(name: string) {
    return this.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
  }

  private async show() {
    const status = this.out('status');
    const space = this.out('space');
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      status.textContent = 'This browser cannot keep an offline copy of Converge. Everything works online as usual.';
      return;
    }
    let optedOut = false;
    try {
      optedOut = localStorage.getItem(OFFLINE_KEY) === 'off';
    } catch {
      // Storage blocked: the worker registers as usual.
    }
    const reg = await navigator.serviceWorker.getRegistration();
    const files = await cachedFiles();
    this.button('remove').hidden = !reg && files === 0;
    this.button('restore').hidden = !optedOut;
    if (optedOut) status.textContent = 'You removed the offline copy: this browser loads Converge from the network only.';
    else if (reg?.active && files > 0) status.textContent = `Ready: this browser has Converge offline (${files} files).`;
    else status.textContent = 'Saving Converge for offline use. This takes a minute on a good connection; you can keep reading.';
    if (files > 0 && navigator.storage?.estimate) {
      const { usage } = await navigator.storage.estimate();
      space.textContent = `Space used by Converge in this browser, progress included: ${formatBytes(usage ?? 0)}.`;
      space.hidden = false;
    } else space.hidden = true;
  }

  private async removeCopy() {
    try {
      localStorage.setItem(OFFLINE_KEY, 'off');
    } catch {
      // Storage blocked: the copy goes now, and comes back at the next visit.
    }
    for (const reg of await navigator.serviceWorker.getRegistrations()) await reg.unregister();
    for (const name of (await caches.keys()).filter(isOfflineCache)) await caches.delete(name);
    await this.show();
  }
}
customElements.define('cv-offline-status', OfflineStatus);

declare global {
  interface HTMLElementTagNameMap {
    'cv-offline-status': OfflineStatus;
  }
}
