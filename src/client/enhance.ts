/**
 * Every enhancement a page can have, in one small module that every page loads once: each part
 * looks for its own elements and does nothing where they are absent. One file instead of one per
 * component keeps a page to a single script request; the search itself still loads on demand.
 */
import { initCitationPreviews } from './citation-preview.ts';
import { fillCitedDates, initCopyButtons, openTargetedDetails } from './copy-buttons.ts';
import { initFigureCites } from './figure-cite.ts';
import { initSearchPageOnDemand, initSearchShortcut } from './search-shortcut.ts';
import { initSectionHighlight } from './section-highlight.ts';
import { initSortableTables } from './sortable-table.ts';
import { initTableFilters } from './table-filter.ts';
import { initThemeToggle } from './theme-toggle.ts';

initThemeToggle();
initSearchShortcut();
initSearchPageOnDemand();
initCopyButtons();
openTargetedDetails();
fillCitedDates();
initSortableTables();
initTableFilters();
initSectionHighlight();
initCitationPreviews();
initFigureCites();
