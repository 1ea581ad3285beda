// The search panel's behaviour, loaded only when a learner opens search (or visits /search/).
// On the /search/ page the query and filters live in the URL (src/lib/facets.ts): typing replaces
// the history entry, choosing a filter adds one, so a search can be shared and Back undoes a filter.
import { rankByWords, searchTerms, toHit, type PagefindData, type SearchHit } from './search.ts';
import {
  FACET_KEYS,
  FACET_LEGENDS,
  facetLabel,
  filterCount,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  searchStateQuery,
  sortValues,
  type FacetKey,
  type SearchState,
} from './facets.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface SearchResponse {
  results: PagefindResult[];
  /** Counts per filter value for the query with no filters applied. */
  totalFilters: FilterCounts;
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(q: string | null, o?: object): Promise<SearchResponse>;
  debouncedSearch(q: string | null, o?: object, ms?: number): Promise<SearchResponse | null>;
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
  const isKind = /^(Marketing|Systems)$/.test(hit.kind);
  if (isKind) {
    const kind = document.createElement('span');
    kind.className = `badge kind-${hit.kind.toLowerCase()}`;
    kind.textContent = hit.kind;
    meta.append(kind, ' ');
  }
  const sharedKind = !isKind && /marketing|systems/i.test(hit.kind) ? hit.kind : '';
  meta.append([hit.type, sharedKind, hit.breadcrumb].filter(Boolean).join(' · '));
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
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  #facets!: HTMLElement;
  #share: HTMLAnchorElement | null = null;
  #ready: Promise<void> | undefined;
  #totals: FilterCounts = {};

  get #syncUrl() {
    return this.dataset.syncUrl !== undefined;
  }

  connectedCallback() {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#results = this.querySelector('.results')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#facets = this.querySelector('.facets')!;
    this.#share = this.querySelector('a.share');
    this.#form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.#run('push');
    });
    this.#input.addEventListener('input', () => void this.#run('replace'));
    this.#facets.addEventListener('change', () => void this.#run('push'));
    this.#ready = this.#buildFacets();
    if (this.#syncUrl) {
      window.addEventListener('popstate', () => void this.#restore());
      void this.#restore();
    } else if (this.#input.value) void this.#run('none');
  }

  focusInput() {
    this.#input.focus();
    this.#input.select();
  }

  /** Runs a search for a query with the filters currently chosen (kept for callers and tests). */
  search(query: string) {
    this.#input.value = query;
    return this.#run('replace');
  }

  /** The query and chosen filters, as the form holds them. */
  state(): SearchState {
    const filters: SearchState['filters'] = {};
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (filters[box.name as FacetKey] ??= []).push(box.value);
    }
    return { q: this.#input.value.trim(), filters };
  }

  /** Sets the form from the URL (first load, Back and Forward) and searches. */
  async #restore() {
    const state = parseSearchState(location.search);
    this.#input.value = state.q;
    // Filters from a shared link are shown, so the reader sees why the results are narrowed.
    if (filterCount(state)) this.querySelector('details')!.open = true;
    await this.#ready;
    this.#ensureValues(state);
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
    await this.#run('none');
  }

  /** One fieldset of checkboxes per facet, from the values the index holds. */
  async #buildFacets() {
    let totals: FilterCounts;
    try {
      totals = await (await loadPagefind()).filters();
    } catch {
      return; // #run reports that search is unavailable
    }
    const groups = FACET_KEYS.filter((key) => Object.keys(totals[key] ?? {}).length > 0).map((key) => {
      const fieldset = document.createElement('fieldset');
      fieldset.dataset.facet = key;
      const legend = document.createElement('legend');
      legend.textContent = FACET_LEGENDS[key];
      fieldset.append(legend);
      for (const value of sortValues(key, Object.keys(totals[key]!))) fieldset.append(this.#checkbox(key, value));
      return fieldset;
    });
    this.#facets.replaceChildren(...groups);
    this.#totals = totals;
    this.#updateCounts(totals);
  }

  #checkbox(key: FacetKey, value: string) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = key;
    box.value = value;
    const text = document.createElement('span');
    const count = document.createElement('span');
    count.className = 'count';
    text.append(`${facetLabel(key, value)} `, count);
    label.append(box, text);
    return label;
  }

  /** A filter value from a shared URL that the index does not hold still shows, so it can be unchosen. */
  #ensureValues(state: SearchState) {
    for (const key of FACET_KEYS) {
      const fieldset = this.#facets.querySelector(`fieldset[data-facet="${key}"]`);
      for (const value of state.filters[key] ?? []) {
        if (!fieldset || fieldset.querySelector(`input[value="${CSS.escape(value)}"]`)) continue;
        fieldset.append(this.#checkbox(key, value));
      }
    }
  }

  #updateCounts(counts: FilterCounts) {
    for (const box of this.#facets.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const n = counts[box.name]?.[box.value] ?? 0;
      box.parentElement!.querySelector('.count')!.textContent = `(${n})`;
    }
  }

  /** Searches with the form's state; `history` says how the /search/ page's URL follows. */
  async #run(history: 'push' | 'replace' | 'none') {
    const state = this.state();
    const query = searchStateQuery(state);
    if (this.#syncUrl && history !== 'none' && query !== location.search) {
      const url = `${location.pathname}${query}${location.hash}`;
      if (history === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    if (this.#share) {
      this.#share.href = `${import.meta.env.BASE_URL}search/${query}`;
      this.#share.hidden = !hasSearch(state);
    }
    const summary = this.querySelector('.filter-count');
    if (summary) summary.textContent = filterCount(state) ? `(${filterCount(state)} chosen)` : '';
    if (!hasSearch(state)) {
      this.#updateCounts(this.#totals);
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
    const terms = state.q ? searchTerms(state.q) : null;
    const options = { filters: pagefindFilters(state) };
    const found = await pf.debouncedSearch(terms, options, 250);
    if (!found) return; // a newer query superseded this one
    let results = found.results;
    // Few pages hold every word of a long question: add those that hold most of them.
    const words = terms?.split(' ') ?? [];
    if (results.length < 3 && words.length > 1) {
      const perWord = await Promise.all(words.map((w) => pf.search(w, options)));
      const have = new Set(results.map((r) => r.id));
      const more = rankByWords(
        perWord.map((r) => r.results.map((item) => ({ id: item.id, score: item.score, item }))),
        have,
      );
      results = [...results, ...more];
    }
    const hits = (await Promise.all(results.slice(0, 10).map((r) => r.data()))).map((d) => toHit(d));
    if (searchStateQuery(this.state()) !== query) return;
    this.#results.replaceChildren(...hits.map(renderHit));
    // Counts for the query alone: how many results each value has, whatever else is ticked.
    this.#updateCounts(state.q ? found.totalFilters : this.#totals);
    const n = results.length;
    const what = state.q ? `for “${state.q}”` : 'for the chosen filters';
    const chosen = FACET_KEYS.flatMap((key) => (state.filters[key] ?? []).map((v) => facetLabel(key, v)));
    const within = state.q && chosen.length ? ` in ${chosen.join(', ')}` : '';
    this.#status.textContent =
      n === 0
        ? `No results ${what}${within}.`
        : `${n} result${n === 1 ? '' : 's'} ${what}${within}${n > 10 ? ', showing the first 10' : ''}.`;
  }
}

if (!customElements.get('cv-search-panel')) customElements.define('cv-search-panel', SearchPanel);

declare global {
  interface HTMLElementTagNameMap {
    'cv-search-panel': SearchPanel;
  }
}
