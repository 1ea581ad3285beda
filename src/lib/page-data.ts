// Build-time data a page embeds for its scripts as JSON blocks (<script type="application/json" id="…">,
// e.g. CatalogueData.astro). Read in the browser on first use, never at import.
import type { Catalogue } from './catalogue.ts';

/** The JSON block with this id, parsed; undefined when the page has none. */
export function embedded<T>(id: string): T | undefined {
  const block = document.getElementById(id);
  return block ? (JSON.parse(block.textContent!) as T) : undefined;
}

let catalogue: Catalogue | null | undefined;

/** The curriculum catalogue the page embeds (CatalogueData.astro), parsed once; undefined when it has none. */
export function pageCatalogue(): Catalogue | undefined {
  if (catalogue === undefined) catalogue = embedded<Catalogue>('cv-catalogue') ?? null;
  return catalogue ?? undefined;
}
