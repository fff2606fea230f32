// The add-on menu, built in onOpen under any auth mode (AuthMode.NONE allows menu building only).
import { IMPORT, MENU, ROUNDS } from '../domain/messages';

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  ui.createAddonMenu()
    .addItem(MENU.item, 'showItemSidebar')
    .addItem(MENU.progress, 'showProgressSidebar')
    .addSeparator()
    .addItem(MENU.setup, 'menuSetup')
    .addItem(MENU.validate, 'showValidateSidebar')
    .addItem(ROUNDS.menu, 'showRoundsSidebar')
    .addItem(MENU.summary, 'showSummarySidebar')
    .addItem(MENU.report, 'showReportSidebar')
    .addItem(IMPORT.menu, 'showImportSidebar')
    .addSeparator()
    .addItem(MENU.help, 'showHelpSidebar')
    .addToUi();
}
