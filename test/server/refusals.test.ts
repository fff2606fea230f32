// Payloads the rules refuse, through the built bundle: a Japanese message naming the field, the register unchanged.
import { itemInput } from '../../harness/payloads';
import { setUpEnvironment } from '../../harness/register';
import { progress } from '../support/items';

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['progress out of range', { progress: 140 }, '進捗率'],
    ['a text progress', { progress: '半分' }, '進捗率'],
    ['an unknown status', { status: '完了予定' }, '進捗状況'],
    ['a late grade without 課題', { grade: 'C' }, '課題'],
    ['完了 below 100 %', { status: '完了', progress: 80 }, '進捗率'],
    // A negative 効果額 is a real effect (shown with △); an amount that is no number is refused.
    ['savings that are no number', { savingsActual: { cut: 'たくさん', revenue: null } }, '効果額実績'],
    ['a missing request ID', { requestId: undefined }, '送信ID'],
    ['control characters', { activity: 'a\u0000b' }, '取組状況'],
    ['an unknown round', { roundId: 'R9-H9' }, '報告回'],
  ];

  it.each(cases)(
    '%s gets a Japanese message naming the field and leaves the register unchanged',
    (_name, patch, label) => {
      const env = setUpEnvironment();
      const input = { ...progress(env, '1-1-01'), ...patch };
      const before = JSON.stringify(env.toJSON().spreadsheet);
      const result = env.scriptRun('recordProgress', [JSON.parse(JSON.stringify(input))]) as {
        ok: false;
        error: { code: string; fields: { message: string }[] };
      };
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('invalid');
      expect(result.error.fields.some((f) => f.message.includes(label))).toBe(true);
      expect(result.error.fields.every((f) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(f.message))).toBe(true);
      expect(JSON.stringify(env.toJSON().spreadsheet)).toBe(before);
    },
  );

  it('a reform outside its pillar and an unknown department are refused for items', () => {
    const env = setUpEnvironment();
    const result = env.scriptRun('saveItem', [
      itemInput({ pillarNo: 2, reformNo: 1, department: '存在しない課' }),
    ]) as {
      ok: false;
      error: { fields: { path: string; message: string }[] };
    };
    expect(result.error.fields.map((f) => f.path).sort()).toEqual(['department', 'reformNo']);
    expect(result.error.fields.find((f) => f.path === 'reformNo')?.message).toBe(
      '改革: 改革1は柱2に属していません',
    );
  });
});
