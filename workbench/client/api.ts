// The page's calls to the workbench server; every execution answers with the new state version.
import type { MenuItemRecord } from '../../emulator/services/stores';
import type { Shown } from '../api';
import type { UserChoice } from '../users';
import type { SheetView } from '../view';

export interface PageView {
  version: number;
  user: string;
  users: UserChoice[];
  sheetNames: string[];
  sheet: SheetView;
  menu: MenuItemRecord[];
  documents: { id: string; name: string }[];
  /** The latest cell a script selected, and how many selections there have been (a new one is a new count). */
  selection: { sheet: string; a1: string; count: number } | null;
}

// This page's user, sent with every request: another page switching its user leaves this one's as it was.
let pageUser = '';
const userHeader = (): Record<string, string> => (pageUser ? { 'X-Workbench-User': pageUser } : {});

async function post(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...userHeader() },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as { error?: string };
  if (!response.ok) throw new Error(result.error ?? `HTTP ${response.status}`);
  return result;
}

export async function fetchView(sheet: string | null): Promise<PageView> {
  const response = await fetch(`/api/view${sheet ? `?sheet=${encodeURIComponent(sheet)}` : ''}`, {
    headers: userHeader(),
  });
  const view = (await response.json()) as PageView;
  // The page starts as the workbench's current user and keeps that user until switched in this page.
  pageUser ||= view.user;
  return view;
}

/** An execution's answer: the new version and what it showed this page's user. */
export interface Executed {
  version: number;
  shown: Shown;
}

export const runMenuItem = (functionName: string) => post('/api/menu', { functionName }) as Promise<Executed>;
export const editCell = (sheet: string, a1: string, value: string) =>
  post('/api/edit', { sheet, a1, value }) as Promise<Executed>;
export const chooseUser = (user: string) => {
  pageUser = user;
  return post('/api/user', { user });
};
