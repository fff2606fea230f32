// Protections of ranges and sheets; a new protection starts with the file's editors (apps-script-facts §5); one that
// is not warning-only refuses writes by others (workbook.ts). [doc] "Editors are not supported with warningOnly
// protection" (Sheets API ProtectedRange.editors): a warning-only protection has none. [open] the error text of
// adding one, and whether the owner can be removed (here the owner may always edit).
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { ProtectionState } from './state';
import type { Workbook } from './workbook';

export class EmulatedProtection
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.Protection,
      'getDescription' | 'isWarningOnly' | 'remove' | 'canDomainEdit' | 'canEdit'
    >
{
  constructor(
    private readonly ctx: ServiceContext,
    private readonly book: Workbook,
    private readonly id: number,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'Protection', ctx.calls);
  }
  private get state(): ProtectionState {
    const found = this.book.state.protections.find((p) => p.id === this.id);
    if (!found) throw new Error('protection was removed');
    return found;
  }
  setDescription(description: string): this {
    this.state.description = description;
    return this;
  }
  getDescription(): string {
    return this.state.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.state.warningOnly = warningOnly;
    if (warningOnly) this.state.editors = [];
    return this;
  }
  isWarningOnly(): boolean {
    return this.state.warningOnly;
  }
  addEditor(email: string): this {
    if (this.state.warningOnly)
      throw exception(this.ctx.realm, 'Editors are not supported with warning-only protection.');
    if (!this.state.editors.includes(email)) this.state.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const email of emails) this.addEditor(email);
    return this;
  }
  removeEditors(emails: string[]): this {
    this.state.editors = this.state.editors.filter((e) => !emails.includes(e));
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return this.state.editors.map((email) => ({ getEmail: () => email }));
  }
  /**
   * Until a script changes the editors or domain edit, a new protection's permissions mirror the spreadsheet's
   * (Range.protect() in Google's reference), so a file shared with its domain may be edited domain-wide: the more
   * dangerous side is emulated, true until setDomainEdit(false). Google's Protection sample clears it with
   * `if (protection.canDomainEdit()) protection.setDomainEdit(false)`
   * (developers.google.com/apps-script/reference/spreadsheet/protection).
   */
  /**
   * [doc] "Determines whether the user has permission to edit the protected range or sheet. The spreadsheet owner is
   * always able to edit protected ranges and sheets" (reference/spreadsheet/protection#canEdit): the script's user,
   * judged exactly as a write by that user is (workbook.ts refuseWrite).
   */
  canEdit(): boolean {
    return this.book.mayEdit(this.ctx.runAs, this.state);
  }
  canDomainEdit(): boolean {
    return this.state.domainEdit ?? true;
  }
  setDomainEdit(editable: boolean): this {
    this.state.domainEdit = editable;
    return this;
  }
  getProtectionType(): string {
    return this.state.type;
  }
  remove(): void {
    this.book.state.protections = this.book.state.protections.filter((p) => p.id !== this.id);
  }
}
