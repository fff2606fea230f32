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
/** Selections by script already shown: a newer one moves the page to its sheet and cell. */
let selectionsShown = 0;

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
  const jump = view.selection && view.selection.count > selectionsShown ? view.selection : null;
  if (jump && jump.sheet !== view.sheet.name) {
    // Range.activate shows the range's sheet: draw that one instead.
    currentSheet = jump.sheet;
    return refresh();
  }
  if (jump) selectionsShown = jump.count;
  currentSheet = view.sheet.name;
  drawTabs(view);
  const grid = byId<HTMLTableElement>('grid');
  drawGrid(grid, view.sheet);
  drawCharts(byId('grid-wrap'), grid, view.sheet.charts);
  if (jump) selection.selectByScript(jump.sheet, jump.a1);
  else selection.redrawn(view.sheet.name);
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

const selection = setUpEditor((a1, value) => void act(() => editCell(currentSheet ?? '', a1, value)));
setUpRecords();
window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
  if (event.origin !== window.location.origin) return;
  if (event.data?.type === 'workbench:close-sidebar') closeSidebar();
  if (event.data?.type === 'workbench:executed') void refresh();
});
void refresh();
