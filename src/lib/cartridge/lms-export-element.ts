// <cv-lms-export>: builds the chosen .imscc (or a quiz's QTI zip) in the browser and downloads it.
// Loaded on the first Download press (LmsExport.astro); fflate and the writer come with it. The links
// in the package point at the site this page was served from: its origin and base path.
import type { CartridgeSource } from './model.ts';
import { buildCartridge, buildQtiPackage, zipFiles, type Cartridge, type CartridgeChoice } from './cartridge.ts';

let source: Promise<CartridgeSource> | undefined;

function download(bytes: Uint8Array, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "year-1" → track; "course:<id>" → course; "assignment" → the pasted link. */
function choiceFrom(value: string, link: string): CartridgeChoice {
  if (value.startsWith('course:')) return { kind: 'course', id: value.slice('course:'.length) };
  if (value === 'assignment') return { kind: 'assignment', token: link.includes('#') ? link.slice(link.indexOf('#') + 1) : link.trim() };
  return { kind: 'track', id: value };
}

export class LmsExportElement extends HTMLElement {
  /** Builds and downloads what the form names; reports in the status line. */
  async run(form: HTMLFormElement) {
    const status = this.querySelector<HTMLElement>('[data-part="status"]')!;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    button.disabled = true;
    status.textContent = 'Building the file…';
    try {
      source ??= fetch(this.dataset.source!).then((r) => {
        if (!r.ok) throw new Error(`the curriculum data did not load (HTTP ${r.status})`);
        return r.json() as Promise<CartridgeSource>;
      });
      const data = await source;
      const site = new URL(this.dataset.base!, location.origin).href;
      const fields = form.elements;
      let cartridge: Cartridge;
      if (form.dataset.form === 'quiz')
        cartridge = buildQtiPackage(data, (fields.namedItem('module') as HTMLSelectElement).value, site, { allowLocal: true });
      else {
        const link = (fields.namedItem('link') as HTMLInputElement | null)?.value ?? '';
        cartridge = buildCartridge(data, choiceFrom((fields.namedItem('what') as HTMLSelectElement).value, link), site, {
          allowLocal: true,
        });
      }
      const bytes = zipFiles(cartridge.files);
      download(bytes, cartridge.fileName, 'application/zip');
      const kb = Math.max(1, Math.round(bytes.length / 1024));
      const missing = cartridge.missing.length ? ` Left out, no longer on the site: ${cartridge.missing.join(', ')}.` : '';
      status.textContent = `Downloaded ${cartridge.fileName} (${kb} KB): “${cartridge.title}”.${missing}`;
    } catch (error) {
      source = undefined;
      status.textContent = `Could not build the file: ${(error as Error).message}`;
    } finally {
      button.disabled = false;
    }
  }
}

if (!customElements.get('cv-lms-export')) customElements.define('cv-lms-export', LmsExportElement);

declare global {
  interface HTMLElementTagNameMap {
    'cv-lms-export': LmsExportElement;
  }
}
