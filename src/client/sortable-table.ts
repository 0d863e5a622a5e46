/**
 * Makes every `table[data-sortable]` sortable by clicking a column header.
 * Without JavaScript the table stays complete and readable in its authored order.
 */
function cellValue(row: HTMLTableRowElement, index: number, numeric: boolean): string | number {
  const cell = row.cells[index];
  if (!cell) return numeric ? Number.NEGATIVE_INFINITY : '';
  if (numeric) {
    const raw = cell.dataset.value ?? '';
    return raw === '' ? Number.NEGATIVE_INFINITY : Number(raw);
  }
  return (cell.textContent ?? '').trim().toLowerCase();
}

export function initSortableTables(): void {
  for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    if (table.dataset.sortReady) continue;
    table.dataset.sortReady = 'true';
    const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
    headers.forEach((th, index) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const numeric = th.dataset.sort === 'number';
        const body = table.tBodies[0];
        const rows = [...body.rows];
        rows.sort((a, b) => {
          const x = cellValue(a, index, numeric);
          const y = cellValue(b, index, numeric);
          const order = x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        body.append(...rows);
      });
    });
  }
}
