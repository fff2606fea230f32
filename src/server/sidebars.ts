// Opens a sidebar built from sidebar/<name>/main.tsx (dist/<name>.html) with its Japanese title.
export function showSidebar(fileName: string, title: string): void {
  const output = HtmlService.createHtmlOutputFromFile(fileName).setTitle(title);
  SpreadsheetApp.getUi().showSidebar(output);
}
