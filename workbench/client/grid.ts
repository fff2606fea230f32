// Draws one sheet as table#grid: display values as text, with frozen rows and columns, hidden columns folded narrow,
// dropdowns, protection and notes.
import { a1Notation, columnLetter } from '../../emulator/spreadsheet/a1';
import type { SheetView, ViewCell } from '../view';

function cellElement(cell: ViewCell, row: number, column: number): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset.a1 = a1Notation(row, column);
  td.textContent = cell.text;
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.dropdown) {
    td.classList.add('dropdown');
    td.dataset.options = cell.dropdown.join('\n');
  }
  if (cell.protected) {
    td.classList.add('protected');
    td.dataset.protected = 'true';
  }
  if (cell.note) {
    td.classList.add('noted');
    td.title = cell.note;
  }
  return td;
}

export function drawGrid(table: HTMLTableElement, sheet: SheetView): void {
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  for (let c = 1; c <= sheet.columns; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetter(c);
    head.append(th);
  }
  const rows = sheet.cells.map((cells, r) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.className = 'row';
    th.textContent = String(r + 1);
    tr.append(th, ...cells.map((cell, c) => cellElement(cell, r + 1, c + 1)));
    if (r < sheet.frozenRows) {
      tr.classList.add('frozen');
      tr.dataset.frozen = 'true';
    }
    return tr;
  });
  // A hidden column is folded to a narrow blank strip, as Sheets shows one (its cells are still there).
  const hidden = new Set(sheet.hiddenColumns);
  for (const tr of [head, ...rows])
    for (const cell of [...tr.children].filter((_, i) => hidden.has(i))) {
      cell.classList.add('hidden-column');
      (cell as HTMLElement).dataset.hidden = 'true';
      (cell as HTMLElement).title = '非表示の列';
    }
  table.replaceChildren(head, ...rows);
  // Frozen rows stay under the column header while the grid scrolls.
  const headerHeight = head.getBoundingClientRect().height;
  let top = headerHeight;
  for (const tr of rows.slice(0, sheet.frozenRows)) {
    for (const td of tr.querySelectorAll('td')) td.style.top = `${top}px`;
    top += tr.getBoundingClientRect().height;
  }
  // Frozen columns stay beside the row numbers while the grid scrolls sideways.
  const origin = table.getBoundingClientRect().left;
  const lefts = [...head.children].map((th) => th.getBoundingClientRect().left - origin);
  for (const tr of rows) {
    for (const td of [...tr.querySelectorAll('td')].slice(0, sheet.frozenColumns)) {
      td.classList.add('frozen-column');
      td.style.left = `${lefts[td.cellIndex] ?? 0}px`;
    }
  }
}
