// Entry points: every function Apps Script calls (triggers, menu items, google.script.run). Each stays thin.
import { buildMenu } from './server/menu';

/** Simple trigger; runs in AuthMode.NONE before the add-on is used in a file, so it touches only the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
