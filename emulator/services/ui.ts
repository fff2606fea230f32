// Ui and HtmlService: the add-on menu, sidebars, dialogs and alerts are recorded for inspection.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { counted } from '../core/calls';
import { requireAuthorization, type ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { MenuItemRecord, ServiceStoresState } from './stores';

class EmulatedHtmlOutput
  implements Pick<GoogleAppsScript.HTML.HtmlOutput, 'getTitle' | 'getWidth' | 'getHeight' | 'getContent'>
{
  private title = '';
  private width = 300;
  private height = 500;
  constructor(
    ctx: ServiceContext,
    private content: string,
    readonly file: string | null,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'HtmlOutput', ctx.calls);
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  append(html: string): this {
    this.content += html;
    return this;
  }
}

export type HtmlOutput = EmulatedHtmlOutput;

export function createHtmlService(ctx: ServiceContext, distDir: string) {
  const service = {
    createHtmlOutputFromFile(name: string): EmulatedHtmlOutput {
      const file = name.endsWith('.html') ? name : `${name}.html`;
      let html: string;
      try {
        html = readFileSync(join(distDir, file), 'utf8');
      } catch {
        // apps-script-facts §3 [seen]
        throw exception(ctx.realm, `No HTML file named ${name} was found.`);
      }
      return new EmulatedHtmlOutput(ctx, html, file.replace(/\.html$/, ''));
    },
    createHtmlOutput(html = ''): EmulatedHtmlOutput {
      return new EmulatedHtmlOutput(ctx, String(html), null);
    },
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
  };
  return counted(service, 'HtmlService', ctx.calls);
}

class EmulatedMenu {
  private readonly items: MenuItemRecord[] = [];
  constructor(
    ctx: ServiceContext,
    private readonly onAdd: (items: MenuItemRecord[]) => void,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Menu', ctx.calls);
  }
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ caption: '', functionName: null });
    return this;
  }
  addToUi(): void {
    this.onAdd(this.items);
  }
}

export function createUi(ctx: ServiceContext, state: ServiceStoresState) {
  const ui = {
    createAddonMenu: () =>
      new EmulatedMenu(ctx, (items) => {
        state.ui.addonMenu = items;
      }),
    createMenu: (_caption: string) => new EmulatedMenu(ctx, () => undefined),
    showSidebar(output: EmulatedHtmlOutput): void {
      requireAuthorization(ctx, 'Ui.showSidebar');
      // apps-script-facts §4: sidebars cannot be opened from AuthMode.LIMITED. [open] the exact text.
      if (ctx.authMode === 'LIMITED')
        throw exception(ctx.realm, 'Cannot call Ui.showSidebar in AuthMode.LIMITED.');
      state.ui.sidebars.push({
        title: output.getTitle(),
        file: output.file,
        html: output.getContent(),
        executionId: ctx.executionId,
      });
    },
    showModalDialog(output: EmulatedHtmlOutput, title: string): void {
      requireAuthorization(ctx, 'Ui.showModalDialog');
      state.ui.dialogs.push({ title, html: output.getContent() });
    },
    alert(titleOrPrompt: string, prompt?: unknown): string {
      requireAuthorization(ctx, 'Ui.alert');
      const hasTitle = typeof prompt === 'string';
      state.ui.alerts.push({
        title: hasTitle ? titleOrPrompt : '',
        prompt: hasTitle ? (prompt as string) : titleOrPrompt,
      });
      return 'OK';
    },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
  };
  return counted(ui, 'Ui', ctx.calls) as unknown as GoogleAppsScript.Base.Ui;
}
