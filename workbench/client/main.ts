// The workbench page: loads the emulated spreadsheet's view and redraws it after every execution.
import { chooseUser, editCell, fetchView, type PageView, runMenuItem } from './api';
import { byId } from './dom';
import { setUpEditor } from './editor';
import { drawGrid } from './grid';
import { setUpMenu } from './menu';
import { closeSidebar, type SeenRecords, seenAt, setUpRecords, showNewRecords } from './ui-records';
import { setUpUsers } from './users';

let currentSheet: string | null = null;
let seen: SeenRecords | null = null;

function drawTabs(view: PageView): void {
  const tabs = view.sheetNames.map((name) => {
    const tab = document.createElement('button');
    tab.setAttribute('role', 'tab');
    tab.setAttribute('aria-selected', String(name === view.sheet.name));
    tab.textContent = name;
    tab.addEventListener('click', () => {
      currentSheet = name;
      void refresh();
    });
    return tab;
  });
  byId('tabs').replaceChildren(...tabs);
}

const drawMenu = setUpMenu((fn) => void act(() => runMenuItem(fn)));
const drawUsers = setUpUsers((user) => void act(() => chooseUser(user)));

async function refresh(): Promise<void> {
  const view = await fetchView(currentSheet);
  currentSheet = view.sheet.name;
  drawTabs(view);
  drawGrid(byId<HTMLTableElement>('grid'), view.sheet);
  drawMenu(view.menu);
  drawUsers(view);
  seen ??= seenAt(view);
  showNewRecords(view, seen);
  document.body.dataset.version = String(view.version);
}

/** Runs one action, shows a failure in the status line, and redraws whatever happened. */
async function act(action: () => Promise<unknown>): Promise<void> {
  const status = byId('status');
  status.textContent = '実行中…';
  try {
    await action();
    status.textContent = '';
  } catch (error) {
    status.textContent = `エラー: ${(error as Error).message}`;
  }
  await refresh();
}

setUpEditor((a1, value) => void act(() => editCell(currentSheet ?? '', a1, value)));
setUpRecords();
window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
  if (event.origin !== window.location.origin) return;
  if (event.data?.type === 'workbench:close-sidebar') closeSidebar();
  if (event.data?.type === 'workbench:executed') void refresh();
});
void refresh();
