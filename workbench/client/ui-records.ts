// Shows what executions recorded: new alerts as a dialog, toasts, the latest sidebar, generated documents.
import type { PageView } from './api';
import { byId } from './dom';

export interface SeenRecords {
  alerts: number;
  toasts: number;
  sidebars: number;
}

/** Records that exist when the page loads were shown before; only later ones appear. */
export function seenAt(view: PageView): SeenRecords {
  return { alerts: view.alerts.length, toasts: view.toasts.length, sidebars: view.sidebars.length };
}

const pendingAlerts: { title: string; prompt: string }[] = [];

function showNextAlert(): void {
  const dialog = byId<HTMLDialogElement>('alert');
  const next = pendingAlerts.shift();
  if (!next || dialog.open) return;
  byId('alert-title').textContent = next.title;
  byId('alert-prompt').textContent = next.prompt;
  dialog.showModal();
}

let toastTimer: number | undefined;

function showToast(toast: { title: string; message: string }): void {
  const box = byId('toast');
  box.textContent = toast.title ? `${toast.title}: ${toast.message}` : toast.message;
  box.hidden = false;
  window.clearTimeout(toastTimer);
  toastTimer = window.setTimeout(() => {
    box.hidden = true;
  }, 5000);
}

function showSidebar(index: number, title: string): void {
  byId('sidebar-title').textContent = title;
  byId<HTMLIFrameElement>('sidebar').src = `/sidebar/${index}`;
  byId('sidebar-panel').hidden = false;
}

export function closeSidebar(): void {
  byId('sidebar-panel').hidden = true;
  byId<HTMLIFrameElement>('sidebar').removeAttribute('src');
}

export function setUpRecords(): void {
  byId('alert').addEventListener('close', showNextAlert);
  byId('sidebar-close').addEventListener('click', closeSidebar);
}

export function showNewRecords(view: PageView, seen: SeenRecords): void {
  pendingAlerts.push(...view.alerts.slice(seen.alerts));
  showNextAlert();
  const toast = view.toasts.slice(seen.toasts).at(-1);
  if (toast) showToast(toast);
  if (view.sidebars.length > seen.sidebars) {
    const index = view.sidebars.length - 1;
    showSidebar(index, view.sidebars[index]?.title ?? '');
  }
  Object.assign(seen, seenAt(view));
  const links = view.documents.map((d) => {
    const a = document.createElement('a');
    a.href = `/documents/${encodeURIComponent(d.id)}`;
    a.target = '_blank';
    a.textContent = d.name;
    return a;
  });
  byId('documents').replaceChildren(...(links.length ? ['文書: ', ...links] : []));
}
