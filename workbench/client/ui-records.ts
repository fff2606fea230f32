// Shows what this page's own executions showed (alerts as a dialog, toasts, the sidebar) and generated documents.
import type { Shown } from '../api';
import type { PageView } from './api';
import { byId } from './dom';

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

/** Only the page whose request ran the execution shows what it showed, as in Sheets. */
export function showShown(shown: Shown): void {
  pendingAlerts.push(...shown.alerts);
  showNextAlert();
  const toast = shown.toasts.at(-1);
  if (toast) showToast(toast);
  if (shown.sidebar) showSidebar(shown.sidebar.index, shown.sidebar.title);
}

/** The generated documents, behind one 文書 button so the toolbar stays on one line however many there are. */
export function setUpDocuments(): (view: PageView) => void {
  const button = byId<HTMLButtonElement>('documents-button');
  const list = byId<HTMLDivElement>('documents');
  const close = () => {
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  };
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    const box = button.getBoundingClientRect();
    list.style.left = `${box.left}px`;
    list.style.top = `${box.bottom}px`;
    list.hidden = !list.hidden;
    button.setAttribute('aria-expanded', String(!list.hidden));
  });
  document.addEventListener('click', close);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  return (view) => {
    const links = view.documents.map((d) => {
      const a = document.createElement('a');
      a.setAttribute('role', 'menuitem');
      a.href = `/documents/${encodeURIComponent(d.id)}`;
      a.target = '_blank';
      a.textContent = d.name;
      return a;
    });
    list.replaceChildren(...links);
    const arrow = document.createElement('span');
    arrow.setAttribute('aria-hidden', 'true');
    arrow.textContent = ' ▾';
    button.replaceChildren(`文書（${links.length}件）`, arrow);
    button.hidden = links.length === 0;
    if (!links.length) close();
  };
}
