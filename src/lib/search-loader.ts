// Loads the search panel's standalone bundle (imported by URL, so no module-preload helper ships with
// every page, and the panel's code exists once however many pages open it). Used by the header's
// search dialog, /search/ and the 404 page.
import panelUrl from './search-panel-element.ts?worker&url';

export const loadSearchPanel = () => import(/* @vite-ignore */ panelUrl);
