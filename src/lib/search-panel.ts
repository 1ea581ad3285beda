// The search panel's behaviour, loaded only when a learner opens search (or visits /search/).
import { toHit, type PagefindData, type SearchHit } from './search.ts';

interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  debouncedSearch(q: string, o?: object, ms?: number): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const base = import.meta.env.BASE_URL;
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base, excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'hit';
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'hit-title';
  link.textContent = hit.title;
  const meta = document.createElement('p');
  meta.className = 'hit-meta';
  const kind = document.createElement('span');
  kind.className = `badge kind-${hit.kind.toLowerCase()}`;
  kind.textContent = hit.kind;
  meta.append(kind, hit.breadcrumb ? ` ${hit.breadcrumb}` : '');
  const excerpt = document.createElement('p');
  excerpt.className = 'hit-excerpt';
  excerpt.innerHTML = hit.excerpt; // escaped by safeExcerpt, only <mark> kept
  li.append(link, meta, excerpt);
  if (hit.sections.length) {
    const list = document.createElement('ul');
    list.className = 'hit-sections';
    list.setAttribute('aria-label', `Sections of ${hit.title}`);
    for (const section of hit.sections) {
      const item = document.createElement('li');
      const a = document.createElement('a');
      a.href = section.url;
      a.textContent = section.title;
      item.append(a);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

export class SearchPanel extends HTMLElement {
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;

  connectedCallback() {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#results = this.querySelector('.results')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(this.#input.value);
    });
    this.#input.addEventListener('input', () => void this.search(this.#input.value));
    // On the search page the query lives in the URL, so a search can be shared and survives reload.
    const fromUrl = this.dataset.syncUrl !== undefined ? new URLSearchParams(location.search).get('q') : null;
    if (fromUrl) this.#input.value = fromUrl;
    if (this.#input.value) void this.search(this.#input.value);
  }

  focusInput() {
    this.#input.focus();
    this.#input.select();
  }

  async search(query: string) {
    const q = query.trim();
    if (this.dataset.syncUrl !== undefined) {
      const url = new URL(location.href);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    if (!q) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadPagefind();
    } catch {
      this.#status.textContent = 'Search is not available here: the index is built with the site (npm run build).';
      return;
    }
    const found = await pf.debouncedSearch(q, {}, 250);
    if (!found) return; // a newer query superseded this one
    const hits = (await Promise.all(found.results.slice(0, 10).map((r) => r.data()))).map((d) => toHit(d));
    if (q !== this.#input.value.trim()) return;
    this.#results.replaceChildren(...hits.map(renderHit));
    const n = found.results.length;
    this.#status.textContent =
      n === 0 ? `No results for “${q}”.` : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > 10 ? ', showing the first 10' : ''}.`;
  }
}

if (!customElements.get('cv-search-panel')) customElements.define('cv-search-panel', SearchPanel);

declare global {
  interface HTMLElementTagNameMap {
    'cv-search-panel': SearchPanel;
  }
}
