/**
 * Filter controls for generated tables: each <select name="x"> in a
 * `[data-filter-table]` group keeps rows whose `data-x` (a space-separated list) holds the value.
 * The group is shown only where JavaScript runs (`.js-only`); without it every row simply shows.
 */
export function initTableFilters(): void {
  for (const form of document.querySelectorAll<HTMLElement>('[data-filter-table]')) {
    const table = document.getElementById(form.dataset.filterTable ?? '');
    if (!(table instanceof HTMLTableElement)) continue;
    const status = form.querySelector<HTMLElement>('[data-filter-status]');
    const apply = () => {
      const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
      let shown = 0;
      for (const row of table.tBodies[0].rows) {
        const match = selects.every((select) => !select.value || (row.dataset[select.name] ?? '').split(' ').includes(select.value));
        row.hidden = !match;
        if (match) shown += 1;
      }
      if (status) status.textContent = `${shown} of ${table.tBodies[0].rows.length} rows shown`;
    };
    form.addEventListener('change', apply);
    apply();
  }
}
