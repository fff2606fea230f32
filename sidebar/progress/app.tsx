// 進捗の入力: choose the round and one item (own department's, 未報告 first), report its progress, go to the next.
import { useEffect, useState } from 'preact/hooks';
import type { ItemDetail, ItemSummary, MasterView } from '../../src/domain/api';
import { listedItems, withSaved } from '../../src/domain/item-list';
import { MENU, SIDEBAR } from '../../src/domain/messages';
import { nextUnreported } from '../../src/domain/rounds';
import { ErrorBanner, MasterWarnings, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { unplacedMessages } from '../shared/field-errors';
import { FormFooter, LoadingPage } from '../shared/frame';
import { Checkbox, Select, TextInput } from '../shared/inputs';
import { LockedOutNote } from '../shared/locked-out';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { useFormMessages } from '../shared/use-form-messages';
import { useRequest } from '../shared/use-request';
import { carriedOver, formFromDetail, type ProgressForm, payloadOf, validateProgress } from './form-state';
import { ItemList } from './item-list';
import { isMine, orderForUser } from './order';
import { PlanAndTarget } from './plan-target';
import { PreviousReport } from './previous-report';
import { PROGRESS_FIELD_PATHS, ProgressFields } from './progress-fields';

export function ProgressApp() {
  const [view, setView] = useState<MasterView | null>(null);
  const [roundId, setRoundId] = useState('');
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [query, setQuery] = useState('');
  const [mineOnly, setMineOnly] = useState(false);
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [form, setForm] = useState<ProgressForm | null>(null);
  /** After a save: the next unreported item of the user's departments (id null: none left). */
  const [after, setAfter] = useState<{ nextId: string | null } | null>(null);
  const { busy, error, saveError, loadError, status, start, fail, done, save: submit } = useRequest();
  const messages = useFormMessages(form && view ? validateProgress(form, view.master) : []);
  // An opened item (by click or Enter in the list) takes the focus to its form's first field.
  const openedId = detail?.item.id;
  useEffect(() => {
    if (openedId) document.getElementById('f-status')?.focus();
  }, [openedId]);
  // After a save the user's next step is beside 保存: the next-item button takes the focus, in view.
  useEffect(() => {
    if (!after) return;
    const next =
      document.querySelector<HTMLElement>('#next-step button') ?? document.getElementById('next-step');
    next?.scrollIntoView({ block: 'center' });
    next?.focus();
  }, [after]);

  const loadList = async (round: string, v: MasterView) => {
    const list = await callServer('listItems', { roundId: round });
    if (list.ok) setItems(listedItems(list.value, v.master, v.user));
    return list;
  };

  const openItem = async (id: string, round: string) => {
    setAfter(null);
    start('loading');
    const result = await callServer('getItem', id, round);
    if (!result.ok) return fail(result.error);
    messages.reset();
    setDetail(result.value);
    setForm(formFromDetail(result.value, round, newRequestId()));
    done();
  };

  const chooseRound = async (round: string, v: MasterView) => {
    setRoundId(round);
    setDetail(null);
    setForm(null);
    start('loading');
    const list = await loadList(round, v);
    if (!list.ok) return fail(list.error);
    done();
  };

  useEffect(() => {
    (async () => {
      // The master view and the default round's list in one round trip.
      const started = await callServer('startItemSidebar', {});
      if (!started.ok) return fail(started.error);
      const { view: v, list } = started.value;
      setView(v);
      setRoundId(list.roundId);
      setItems(listedItems(list, v.master, v.user));
      done();
    })();
  }, []);

  if (!view) return <LoadingPage title={MENU.progress} error={error} status={status} />;

  const save = async () => {
    if (!form) return;
    const result = await submit(messages, () => callServer('recordProgress', payloadOf(form)));
    if (!result) return;
    const { item, duplicate } = result;
    // The list from the save's answer, no second call: the item is now reported in this round.
    const listed = withSaved(items, item, true, view.user);
    setItems(listed);
    const reported = new Set(listed.filter((i) => i.reported).map((i) => i.id));
    // The next report of this form is a new submission with its own id, based on the saved revision.
    setForm({ ...form, baseRevision: item.revision, requestId: newRequestId() });
    setDetail(detail && { ...detail, item, current: result.entry });
    messages.reset();
    setAfter({ nextId: nextUnreported(listed, view.user, reported) });
    done(duplicate ? SIDEBAR.duplicate(item.id) : SIDEBAR.recorded(item.id));
  };

  const ordered = orderForUser(items, view.user, query).filter((i) => !mineOnly || isMine(i, view.user));
  const fiscalYear = view.master.rounds.find((r) => r.id === roundId)?.fiscalYear ?? null;
  const nextId = after?.nextId ?? null;
  const next = items.find((i) => i.id === nextId);
  const readOnly = detail !== null && !detail.editable;
  return (
    <main>
      <h1>{MENU.progress}</h1>
      <LockedOutNote view={view} />
      <MasterWarnings warnings={view.masterWarnings} />
      <Select
        id="round"
        label={SIDEBAR.round}
        value={roundId}
        disabled={busy !== null}
        onValue={(round) => chooseRound(round, view)}
        options={view.master.rounds.map((r) => ({ value: r.id, label: r.label }))}
      />
      <TextInput id="search" label={SIDEBAR.search} value={query} onValue={setQuery} />
      {view.user.departments.length > 0 ? (
        <Checkbox label={SIDEBAR.mineOnly} checked={mineOnly} onChecked={setMineOnly} />
      ) : null}
      <ItemList
        items={ordered}
        user={view.user}
        selectedId={form?.itemId ?? ''}
        onPick={(id) => openItem(id, roundId)}
      />
      <ErrorBanner error={loadError} onReload={() => form && openItem(form.itemId, roundId)} />
      {detail && form ? null : <StatusLine text={status} />}
      {detail && form ? (
        <form
          aria-label={`${detail.item.id} ${detail.item.title}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!readOnly) save();
          }}
        >
          <h2>
            {detail.item.id} {detail.item.title}
          </h2>
          {readOnly ? <p class="banner info">{SIDEBAR.readOnly}</p> : null}
          <PlanAndTarget item={detail.item} fiscalYear={fiscalYear} />
          <PreviousReport entry={detail.previous} master={view.master} />
          <ProgressFields
            form={form}
            master={view.master}
            indicatorUnit={detail.item.indicator.unit}
            carry={carriedOver(detail)}
            disabled={readOnly || busy !== null}
            message={messages.message}
            onChange={(path, patch) => {
              setForm({ ...form, ...patch });
              messages.edited(path);
            }}
          />
          <FormFooter
            readOnly={readOnly}
            busy={busy}
            error={saveError}
            details={unplacedMessages(messages.server, PROGRESS_FIELD_PATHS)}
            onReload={() => openItem(form.itemId, roundId)}
            status={status}
          >
            {nextId ? (
              <div class="buttons" id="next-step">
                <Button primary onClick={() => openItem(nextId, roundId)}>
                  {SIDEBAR.next(nextId, next?.title ?? '')}
                </Button>
              </div>
            ) : after ? (
              <p class="status" id="next-step">
                {SIDEBAR.allReported}
              </p>
            ) : null}
          </FormFooter>
        </form>
      ) : null}
    </main>
  );
}
