// Cell selection and editing: double-click or Enter opens input#cell-editor, Enter commits, Escape cancels.
import { byId } from './dom';

/** What the page does with the selection: draw it again after a redraw, or select a cell a script chose. */
export interface Selection {
  /** After the grid was redrawn: the selected cell (if still on this sheet) is shown selected again. */
  redrawn(sheet: string): void;
  /** A cell a script selected (Range.activate): selected and scrolled into view, as Sheets does. */
  selectByScript(sheet: string, a1: string): void;
}

export function setUpEditor(commit: (a1: string, value: string) => void): Selection {
  const table = byId<HTMLTableElement>('grid');
  const wrap = byId<HTMLDivElement>('grid-wrap');
  let selected: HTMLTableCellElement | null = null;
  let selectedAt: { sheet: string; a1: string } | null = null;
  let drawnSheet = '';

  const select = (td: HTMLTableCellElement) => {
    selected?.classList.remove('selected');
    selected = td;
    td.classList.add('selected');
    td.setAttribute('aria-selected', 'true');
    selectedAt = { sheet: drawnSheet, a1: td.dataset.a1 ?? '' };
  };
  const cellAt = (a1: string) => table.querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);

  const open = (td: HTMLTableCellElement) => {
    document.getElementById('cell-editor')?.remove();
    const input = document.createElement('input');
    input.id = 'cell-editor';
    input.value = td.textContent ?? '';
    input.style.left = `${td.offsetLeft}px`;
    input.style.top = `${td.offsetTop}px`;
    input.style.width = `${Math.max(td.offsetWidth, 120)}px`;
    const a1 = td.dataset.a1 ?? '';
    // Removing the input blurs it (while still connected), so every path goes through one close that runs once.
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      input.remove();
    };
    input.addEventListener('keydown', (event) => {
      // The page's own Enter (open the editor) must not see this one.
      event.stopPropagation();
      if (event.key === 'Enter') {
        event.preventDefault();
        const value = input.value;
        close();
        commit(a1, value);
      } else if (event.key === 'Escape') close();
    });
    input.addEventListener('blur', close);
    wrap.append(input);
    input.focus();
    input.select();
  };

  const cellOf = (target: EventTarget | null) =>
    target instanceof HTMLElement ? target.closest<HTMLTableCellElement>('td[data-a1]') : null;
  table.addEventListener('click', (event) => {
    const td = cellOf(event.target);
    if (td) select(td);
  });
  table.addEventListener('dblclick', (event) => {
    const td = cellOf(event.target);
    if (td) {
      select(td);
      open(td);
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !selected || document.activeElement?.id === 'cell-editor') return;
    if (document.activeElement && document.activeElement !== document.body) return;
    event.preventDefault();
    const current = cellAt(selected.dataset.a1 ?? '');
    if (current) open(current);
  });

  return {
    redrawn(sheet) {
      drawnSheet = sheet;
      selected = null;
      const td = selectedAt?.sheet === sheet ? cellAt(selectedAt.a1) : null;
      if (td) select(td);
    },
    selectByScript(sheet, a1) {
      drawnSheet = sheet;
      const td = cellAt(a1);
      if (!td) return;
      select(td);
      td.scrollIntoView({ block: 'center', inline: 'center' });
    },
  };
}
