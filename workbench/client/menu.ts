// The 拡張機能 menu: the items the bundle's onOpen added, each running its function when clicked.
import type { MenuItemRecord } from '../../emulator/services/stores';
import { byId } from './dom';

export function setUpMenu(run: (functionName: string) => void): (items: MenuItemRecord[]) => void {
  const button = byId<HTMLButtonElement>('addon-menu-button');
  const menu = byId<HTMLDivElement>('menu');
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const box = button.getBoundingClientRect();
    menu.style.left = `${box.left}px`;
    menu.style.top = `${box.bottom}px`;
    menu.hidden = !menu.hidden;
  });
  document.addEventListener('click', () => {
    menu.hidden = true;
  });
  return (items) => {
    const entries = items.map((item) => {
      if (!item.functionName) return document.createElement('hr');
      const entry = document.createElement('button');
      entry.setAttribute('role', 'menuitem');
      entry.textContent = item.caption;
      const fn = item.functionName;
      entry.addEventListener('click', () => {
        menu.hidden = true;
        run(fn);
      });
      return entry;
    });
    menu.replaceChildren(...entries);
  };
}
