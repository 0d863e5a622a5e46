/**
 * Everything search shows, in one chunk loaded on demand by the header box and the search page:
 * one file with no chunks of its own to fetch, so loading it needs no preload list.
 */
export { initHeaderSearch } from './header-search.ts';
export { initSearchPage } from './search-page.ts';
