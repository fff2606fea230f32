// Cell selection and editing: double-click or Enter opens input#cell-editor, Enter commits, Escape cancels.
import { byId } from './dom';

export function setUpEditor(commit: (a1: string, value: string) => void): void {
  const table = byId<HTMLTableElement>('grid');
  const wrap = byId<HTMLDivElement>('grid-wrap');
  let selected: HTMLTableCellElement | null = null;

  const select = (td: HTMLTableCellElement) => {
    selected?.classList.remove('selected');
    selected = td;
    td.classList.add('selected');
  };

  const open = (td: HTMLTableCellElement) => {
    document.getElementById('cell-editor')?.remove();
    const input = document.createElement('input');
    input.id = 'cell-editor';
    input.value = td.textContent ?? '';
    input.style.left = `${td.offsetLeft}px`;
    input.style.top = `${td.offsetTop}px`;
    input.style.width = `${Math.max(td.offsetWidth, 120)}px`;
    const a1 = td.dataset.a1 ?? '';
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        input.remove();
        commit(a1, input.value);
      } else if (event.key === 'Escape') input.remove();
    });
    input.addEventListener('blur', () => input.remove());
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
    const current = table.querySelector<HTMLTableCellElement>(`td[data-a1="${selected.dataset.a1}"]`);
    if (current) open(current);
  });
}
