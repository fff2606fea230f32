// Data validation rules and their builder (SpreadsheetApp.newDataValidation()).
import { counted } from '../core/calls';
import type { ServiceContext } from '../core/context';
import { exception } from '../core/realm';
import type { EmulatedRange } from './range';
import type { ValidationState } from './state';

/** apps-script-facts §5 [seen]: the text of the error for a list of more than 500 items. */
export const LIST_LIMIT_MESSAGE =
  'The data validation rule has more items than the limit of 500. Use the "List from a range" criteria instead.';

export class EmulatedDataValidation
  implements Pick<GoogleAppsScript.Spreadsheet.DataValidation, 'getAllowInvalid' | 'getHelpText'>
{
  constructor(
    private readonly ctx: ServiceContext,
    /** A property, not a method: the emulation reads it without counting a service call. */
    readonly state: ValidationState,
    private readonly rangeA1?: string,
  ) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'DataValidation', ctx.calls);
  }
  getCriteriaType(): string {
    return this.state.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.ctx.realm.Array.from(
      this.rangeA1 ? [this.rangeA1, this.state.showDropdown] : this.state.values,
    );
  }
  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }
  getHelpText(): string {
    return this.state.helpText;
  }
}

export class EmulatedDataValidationBuilder {
  private state: ValidationState = {
    criteria: 'VALUE_IN_LIST',
    values: [],
    showDropdown: true,
    allowInvalid: true,
    helpText: '',
  };

  constructor(private readonly ctx: ServiceContext) {
    // biome-ignore lint/correctness/noConstructorReturn: every call on a service object is counted
    return counted(this, 'DataValidationBuilder', ctx.calls);
  }

  requireValueInList(values: string[], showDropdown = true): this {
    if (values.length > 500) throw exception(this.ctx.realm, LIST_LIMIT_MESSAGE);
    this.state = { ...this.state, criteria: 'VALUE_IN_LIST', values: values.map(String), showDropdown };
    return this;
  }
  /** Stored as the range's A1 notation with its sheet name, so it can be saved as JSON. */
  requireValueInRange(range: EmulatedRange, showDropdown = true): this {
    const sheetName = range.getSheet().getName();
    this.state = {
      ...this.state,
      criteria: 'VALUE_IN_RANGE',
      values: [`'${sheetName}'!${range.getA1Notation()}`],
      showDropdown,
    };
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.state = { ...this.state, criteria: 'NUMBER_BETWEEN', values: [start, end] };
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): this {
    this.state = { ...this.state, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): this {
    this.state = { ...this.state, helpText };
    return this;
  }
  build(): EmulatedDataValidation {
    return new EmulatedDataValidation(this.ctx, structuredClone(this.state));
  }
}
