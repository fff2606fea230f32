// An item's life in the plan (異動) and what it means for a round's grading. Rounds are ordered as マスタ lists them:
// - an item added mid-plan (追加報告回 R) is graded from R on, and is not asked about earlier rounds;
// - a merged (統合, into 統合先) or abolished (廃止) item leaves the grading from its 異動報告回 on — out of the
//   figures, 未報告 and the meeting report — but stays in the register and the history;
// - a completed (完了) item stays in the grading: in rounds after its 異動報告回 its report of that round stands;
// - a cross-listed item (再掲) is shown under a second reform too, and counted once, under its own.
// An unknown round (typed by hand) changes nothing, so a typing error never drops an item unseen.

import type { FieldError } from './api';
import { latestReportsIn } from './history';
import { LIFECYCLE, LIFECYCLE_LABELS } from './messages/lifecycle';
import {
  type HistoryEntry,
  type Item,
  LIFECYCLE_KINDS,
  type LifecycleInput,
  type LifecycleKind,
  type Master,
} from './schemas';

type Rounds = Pick<Master, 'rounds'>;

const orderOf = (master: Rounds, roundId: string) => master.rounds.findIndex((r) => r.id === roundId);

/** The kind the 異動 cell names; anything else (empty, typed by hand) is an active item. */
export function lifecycleOf(item: Pick<Item, 'lifecycle'>): LifecycleKind {
  return (
    LIFECYCLE_KINDS.find((k) => k !== 'active' && LIFECYCLE_LABELS[k] === item.lifecycle.trim()) ?? 'active'
  );
}

const retired = (item: Item) => ['merged', 'abolished'].includes(lifecycleOf(item));

/** Whether the item is in the round's grading (figures, 未報告, the meeting report). */
export function isGradedIn(master: Rounds, item: Item, roundId: string): boolean {
  const at = orderOf(master, roundId);
  if (at < 0) return true;
  if (orderOf(master, item.addedRoundId) > at) return false;
  const from = orderOf(master, item.lifecycleRoundId);
  return !(retired(item) && from >= 0 && from <= at);
}

/** What an item out of the round's grading shows instead of 未報告 (統合済み, 廃止, 追加前); '' for one in it. */
export function outOfGradingState(master: Rounds, item: Item, roundId: string): string {
  if (isGradedIn(master, item, roundId)) return '';
  const kind = lifecycleOf(item);
  return kind === 'merged' || kind === 'abolished'
    ? LIFECYCLE.outOfGrading[kind]
    : LIFECYCLE.outOfGrading.notYetAdded;
}

export const gradedIn = (master: Rounds, items: readonly Item[], roundId: string): Item[] =>
  items.filter((item) => isGradedIn(master, item, roundId));

/**
 * The history with, for each item completed in an earlier round and not reported in this one, its report of the
 * completion round standing in this round (not written anywhere: figures only).
 */
export function withCompletedCarried(
  master: Rounds,
  items: readonly Item[],
  history: HistoryEntry[],
  roundId: string,
): HistoryEntry[] {
  const at = orderOf(master, roundId);
  const completed = items.filter((item) => {
    const from = orderOf(master, item.lifecycleRoundId);
    return lifecycleOf(item) === 'completed' && from >= 0 && from < at;
  });
  if (!completed.length) return history;
  const now = latestReportsIn(history, roundId);
  const byRound = new Map<string, Map<string, HistoryEntry>>();
  const carried: HistoryEntry[] = [];
  for (const item of completed) {
    if (now.has(item.id)) continue;
    let reports = byRound.get(item.lifecycleRoundId);
    if (!reports) {
      reports = latestReportsIn(history, item.lifecycleRoundId);
      byRound.set(item.lifecycleRoundId, reports);
    }
    const report = reports.get(item.id);
    if (report) carried.push({ ...report, roundId });
  }
  return [...history, ...carried];
}

/** Whether the item is shown under the reform: its own, or the one it is cross-listed (再掲) under. */
export const isUnderReform = (item: Item, reformNo: number) =>
  item.reformNo === reformNo || item.crossListedReformNo === reformNo;

/** The rules of a 異動 that need the master and the register (the IDs of its items, as they are). */
export function checkLifecycleInput(
  input: LifecycleInput,
  item: Item,
  master: Master,
  items: readonly Item[],
): FieldError[] {
  const errors: FieldError[] = [];
  if (input.lifecycle !== 'active' && !input.roundId)
    errors.push({ path: 'roundId', message: LIFECYCLE.roundRequired });
  else if (input.roundId && orderOf(master, input.roundId) < 0)
    errors.push({ path: 'roundId', message: LIFECYCLE.unknownRound(input.roundId) });
  if (input.lifecycle === 'merged') errors.push(...mergeErrors(input.mergedInto, item, items));
  const crossListed = input.crossListedReformNo;
  if (crossListed !== null && !master.reforms.some((r) => r.no === crossListed))
    errors.push({ path: 'crossListedReformNo', message: LIFECYCLE.unknownReform(crossListed) });
  else if (crossListed !== null && crossListed === item.reformNo)
    errors.push({ path: 'crossListedReformNo', message: LIFECYCLE.crossListedOwnReform });
  return errors;
}

function mergeErrors(target: string, item: Item, items: readonly Item[]): FieldError[] {
  if (!target) return [{ path: 'mergedInto', message: LIFECYCLE.mergedIntoRequired }];
  if (target === item.id) return [{ path: 'mergedInto', message: LIFECYCLE.mergedIntoSelf }];
  const joined = items.find((i) => i.id === target);
  if (!joined) return [{ path: 'mergedInto', message: LIFECYCLE.mergedIntoUnknown(target) }];
  return retired(joined) ? [{ path: 'mergedInto', message: LIFECYCLE.mergedIntoRetired(target) }] : [];
}

/** The item's 異動 fields after the change (an active item keeps no round or 統合先). */
export function lifecycleFields(input: LifecycleInput): Partial<Item> {
  const active = input.lifecycle === 'active';
  return {
    lifecycle: LIFECYCLE_LABELS[input.lifecycle],
    lifecycleRoundId: active ? '' : input.roundId,
    mergedInto: input.lifecycle === 'merged' ? input.mergedInto : '',
    crossListedReformNo: input.crossListedReformNo,
  };
}
