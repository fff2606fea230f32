// Fidelity of the SpreadsheetApp emulation: value types, error texts, formulas, formats, shifting, validation.
import { probe, probeEnvironment } from '../support/probe';

const SHEET = 'var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];';

describe('SpreadsheetApp emulation', () => {
  it('getValues returns Number/Boolean/Date/String and "" for empty cells, never null', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET}
      sh.getRange('A1:D1').setValues([[12.5, true, new Date(Date.UTC(2023, 3, 1)), 'text']]);
      var v = sh.getRange('A1:E2').getValues();
      return v.map(function (row) { return row.map(function (x) {
        return x instanceof Date ? 'Date:' + x.toISOString() : typeof x + ':' + String(x);
      }); });`,
    );
    expect(result).toEqual([
      ['number:12.5', 'boolean:true', 'Date:2023-04-01T00:00:00.000Z', 'string:text', 'string:'],
      ['string:', 'string:', 'string:', 'string:', 'string:'],
    ]);
  });

  it('freezes columns as Sheet.setFrozenColumns does: the count it was given, 0 on a sheet never frozen', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET} var before = sh.getFrozenColumns(); sh.setFrozenColumns(4); var four = sh.getFrozenColumns();
      sh.setFrozenColumns(0); return [before, four, sh.getFrozenColumns(), sh.getFrozenRows()];`,
    );
    expect(result).toEqual([0, 4, 0, 0]);
    expect(env.calls.snapshot().byMethod['Sheet.setFrozenColumns']).toBe(2);
  });

  it('hides and shows columns as Sheet.hideColumns/showColumns do; hidden cells still read and write normally', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET} sh.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
      var before = [sh.isColumnHiddenByUser(2), sh.isColumnHiddenByUser(3)];
      sh.hideColumns(2, 2); sh.hideColumns(4);
      var hidden = [1, 2, 3, 4].map(function (c) { return sh.isColumnHiddenByUser(c); });
      sh.getRange('B2:C2').setValues([['x', 'y']]);
      var values = sh.getRange('A1:D2').getValues();
      sh.showColumns(3, 2);
      var shown = [1, 2, 3, 4].map(function (c) { return sh.isColumnHiddenByUser(c); });
      var outside; try { sh.hideColumns(sh.getMaxColumns() + 1); } catch (e) { outside = e.message; }
      return [before, hidden, values, shown, outside];`,
    );
    expect(result).toEqual([
      [false, false],
      [false, true, true, true],
      [
        ['a', 'b', 'c', 'd'],
        ['', 'x', 'y', ''],
      ],
      [false, true, false, false],
      'The coordinates of the range are outside the dimensions of the sheet.',
    ]);
    expect(env.calls.snapshot().byMethod['Sheet.hideColumns']).toBe(3);
  });

  it('a hidden column stays hidden where columns inserted or deleted before it move it', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET} sh.hideColumns(3); sh.insertColumnsBefore(1, 2);
      var afterInsert = [3, 5].map(function (c) { return sh.isColumnHiddenByUser(c); });
      sh.deleteColumns(1, 1);
      var afterDelete = [4, 5].map(function (c) { return sh.isColumnHiddenByUser(c); });
      sh.deleteColumns(4, 1);
      return [afterInsert, afterDelete, sh.isColumnHiddenByUser(4)];`,
    );
    expect(result).toEqual([[false, true], [true, false], false]);
  });

  it('sets data validations cell by cell as Range.setDataValidations does: a null entry removes the rule', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET} var rule = SpreadsheetApp.newDataValidation().requireValueInList(['a', 'b'], true).build();
      sh.getRange('A1:B1').setDataValidation(rule);
      var copied = sh.getRange('A1:B1').getDataValidations();
      sh.getRange('A2:B2').setDataValidations([[copied[0][0], null]]);
      sh.getRange('B1').setDataValidations([[null]]);
      var wrong; try { sh.getRange('A3:B3').setDataValidations([[rule]]); } catch (e) { wrong = e.message; }
      return [sh.getRange('A2').getDataValidation() !== null, sh.getRange('B2').getDataValidation(),
        sh.getRange('B1').getDataValidation(), wrong];`,
    );
    expect(result).toEqual([
      true,
      null,
      null,
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    ]);
  });

  it("refuses setValues of the wrong size with Apps Script's texts", () => {
    const env = probeEnvironment();
    const attempt = (values: string) =>
      probe(
        env,
        `${SHEET} try { sh.getRange('A1:D2').setValues(${values}); return 'ok'; } catch (e) { return e.name + ': ' + e.message; }`,
      );
    expect(attempt('[[1,2,3,4,5],[1,2,3,4,5]]')).toBe(
      'Exception: The number of columns in the data does not match the number of columns in the range. The data has 5 but the range has 4.',
    );
    expect(attempt('[[1,2,3,4]]')).toBe(
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(probe(env, `${SHEET} try { sh.getRange(1, 1, 0, 1); } catch (e) { return e.message; }`)).toBe(
      'The number of rows in the range must be at least 1.',
    );
    expect(probe(env, `${SHEET} try { sh.getRange(1, 1, 1, 27); } catch (e) { return e.message; }`)).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(env.spreadsheet.values('シート1')).toEqual([]);
  });

  it('turns a written "=" string into a recorded formula; an apostrophe keeps it text', () => {
    const env = probeEnvironment();
    probe(env, `${SHEET} sh.getRange('A1:B1').setValues([['=IMPORTXML("http://x","//a")', "'=1+1"]]);`);
    expect(env.spreadsheet.formulas()).toEqual([
      { sheet: 'シート1', a1: 'A1', formula: '=IMPORTXML("http://x","//a")' },
    ]);
    expect(env.spreadsheet.values('シート1')).toEqual([['', '=1+1']]);
    expect(probe(env, `${SHEET} return sh.getRange('B1').getFormula();`)).toBe('');
  });

  it('reads strings like typed input unless the cell is formatted as plain text', () => {
    const env = probeEnvironment();
    const values = probe(
      env,
      `${SHEET}
      sh.getRange('B1:B3').setNumberFormat('@');
      sh.getRange('A1:B3').setValues([['00123', '00123'], ['TRUE', 'TRUE'], ['2022-04-01', '1-2-03']]);
      return sh.getRange('A1:B3').getValues().map(function (r) { return r.map(function (x) { return x instanceof Date ? 'Date' : x; }); });`,
    );
    expect(values).toEqual([
      [123, '00123'],
      [true, 'TRUE'],
      ['Date', '1-2-03'],
    ]);
  });

  it('moves named ranges and protections with inserted and deleted rows', () => {
    const env = probeEnvironment();
    probe(
      env,
      `var ss = SpreadsheetApp.getActiveSpreadsheet(); var sh = ss.getSheets()[0];
      ss.setNamedRange('LIST', sh.getRange('A5:A9'));
      sh.getRange('B5:B9').protect().setDescription('system');
      sh.insertRowsBefore(2, 3);
      sh.deleteRow(1);`,
    );
    expect(env.spreadsheet.namedRanges()[0]?.range).toMatchObject({ row: 7, numRows: 5 });
    expect(env.spreadsheet.protections()[0]?.range).toMatchObject({ row: 7, column: 2, numRows: 5 });
    expect(
      probe(env, "return SpreadsheetApp.getActiveSpreadsheet().getRangeByName('LIST').getA1Notation();"),
    ).toBe('A7:A11');
  });

  it('refuses a dropdown list of more than 500 items with the documented text', () => {
    const env = probeEnvironment();
    const message = probe(
      env,
      `var list = []; for (var i = 0; i < 501; i++) list.push('v' + i);
      try { SpreadsheetApp.newDataValidation().requireValueInList(list, true).build(); return 'built'; }
      catch (e) { return e.message; }`,
    );
    expect(message).toBe(
      'The data validation rule has more items than the limit of 500. Use the "List from a range" criteria instead.',
    );
  });

  it('counts every service method call, chained ones included', () => {
    const env = probeEnvironment();
    env.calls.reset();
    probe(env, `${SHEET} sh.getRange('A1').setValue(1).setNote('n'); sh.getRange('A1:B2').getValues();`);
    expect(env.calls.snapshot().byMethod).toEqual({
      'Range.getValues': 1,
      'Range.setNote': 1,
      'Range.setValue': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('counts the cells each call reads and writes, whatever the shape of the call', () => {
    const env = probeEnvironment();
    probe(env, `${SHEET} sh.getRange('A1:D3').setValue('x');`);
    env.calls.reset();
    probe(
      env,
      `${SHEET} sh.getRange('A1:C4').getValues(); sh.getRange('B2').getValue(); sh.getRange('A1:D2').getNotes();
      sh.getRange('A1:B2').setValues([[1, 2], [3, 4]]); sh.getRange('C1:E3').setBackground('#ff0000');
      sh.appendRow([1, 2, 3, 4, 5]); sh.getRange('A1:B1').getA1Notation();`,
    );
    expect(env.calls.snapshot().cells).toEqual({ read: 12 + 1 + 8, written: 4 + 9 + 5 });
    probe(env, `${SHEET} sh.clear();`);
    // clear() empties the used area, A1:E4 by then.
    expect(env.calls.snapshot().cells.written).toBe(4 + 9 + 5 + 20);
  });

  it('getLastRow and getDataRange follow the content, not the formats', () => {
    const env = probeEnvironment();
    const result = probe(
      env,
      `${SHEET} sh.getRange('A1:C10').setNumberFormat('@'); sh.getRange('B4').setValue('x');
      return [sh.getLastRow(), sh.getLastColumn(), sh.getDataRange().getA1Notation()];`,
    );
    expect(result).toEqual([4, 2, 'A1:B4']);
  });
});

describe('developer metadata', () => {
  it('moves with its row when rows are inserted or deleted above it', () => {
    const env = probeEnvironment();
    const found = probe(
      env,
      `var sh = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      sh.getRange('A5:Z5').addDeveloperMetadata('itemId', '1-2-03');
      sh.insertRowsBefore(1, 2);
      sh.deleteRow(1);
      var out = [];
      for (var r = 1; r <= 8; r++) {
        var md = sh.getRange(r, 1, 1, 26).getDeveloperMetadata();
        if (md.length) out.push([r, md[0].getKey(), md[0].getValue()]);
      }
      return out;`,
    );
    expect(found).toEqual([[6, 'itemId', '1-2-03']]);
  });
});
