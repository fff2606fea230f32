// The workbench page: loads the emulated spreadsheet's view and redraws it after every execution.
import { chooseUser, type Executed, editCell, fetchView, type PageView, runMenuItem } from './api';
import { drawCharts } from './charts';
import { byId } from './dom';
import { setUpEditor } from './editor';
import { drawGrid } from './grid';
import { setUpMenu } from './menu';
import { closeSidebar, setUpDocuments, setUpRecords, showShown } from './ui-records';
import { setUpUsers } from './users';

let currentSheet: string | null = null;

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

const drawDocuments = setUpDocuments();
const drawMenu = setUpMenu((fn) => void act(() => runMenuItem(fn)));
const drawUsers = setUpUsers(
  (user) =>
    void act(async () => {
      await chooseUser(user);
      return null;
    }),
);

// Refreshes overlap (an action's and a sidebar's); a view older than the one drawn must not replace it.
let latestRequest = 0;

async function refresh(): Promise<void> {
  const request = ++latestRequest;
  const view = await fetchView(currentSheet);
  if (request !== latestRequest) return;
  currentSheet = view.sheet.name;
  drawTabs(view);
  const grid = byId<HTMLTableElement>('grid');
  drawGrid(grid, view.sheet);
  drawCharts(byId('grid-wrap'), grid, view.sheet.charts);
  drawMenu(view.menu);
  drawUsers(view);
  drawDocuments(view);
  document.body.dataset.version = String(view.version);
}

/** Runs one action, shows a failure in the status line, and redraws whatever happened. */
async function act(action: () => Promise<Executed | null>): Promise<void> {
  const status = byId('status');
  status.textContent = '実行中…';
  try {
    const executed = await action();
    status.textContent = '';
    if (executed) showShown(executed.shown);
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
