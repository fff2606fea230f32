// 進捗の入力: choose the round and one item (own department's, 未報告 first), report its progress, go to the next.
import { useEffect, useState } from 'preact/hooks';
import type { ItemDetail, ItemSummary, MasterView } from '../../src/domain/api';
import { MENU, SIDEBAR } from '../../src/domain/messages';
import { ErrorBanner, MasterWarnings, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { unplacedMessages } from '../shared/field-errors';
import { LoadingPage, SaveButton } from '../shared/frame';
import { Select, TextInput } from '../shared/inputs';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { useFormMessages } from '../shared/use-form-messages';
import { useRequest } from '../shared/use-request';
import { formFromDetail, type ProgressForm, payloadOf, validateProgress } from './form-state';
import { ItemList } from './item-list';
import { orderForUser } from './order';
import { PreviousReport } from './previous-report';
import { PROGRESS_FIELD_PATHS, ProgressFields } from './progress-fields';

export function ProgressApp() {
  const [view, setView] = useState<MasterView | null>(null);
  const [roundId, setRoundId] = useState('');
  const [items, setItems] = useState<ItemSummary[]>([]);
  const [query, setQuery] = useState('');
  const [detail, setDetail] = useState<ItemDetail | null>(null);
  const [form, setForm] = useState<ProgressForm | null>(null);
  /** After a save: the next unreported item of the user's departments (id null: none left). */
  const [after, setAfter] = useState<{ nextId: string | null } | null>(null);
  const { busy, error, status, start, fail, done, save: submit } = useRequest();
  const messages = useFormMessages(form && view ? validateProgress(form, view.master) : []);

  const loadList = async (round: string) => {
    const list = await callServer('listItems', { roundId: round });
    if (list.ok) setItems(list.value.items);
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

  const chooseRound = async (round: string) => {
    setRoundId(round);
    setDetail(null);
    setForm(null);
    start('loading');
    const list = await loadList(round);
    if (!list.ok) return fail(list.error);
    done();
  };

  useEffect(() => {
    (async () => {
      const master = await callServer('getMasterView');
      if (!master.ok) return fail(master.error);
      setView(master.value);
      await chooseRound(master.value.defaultRoundId);
    })();
  }, []);

  if (!view) return <LoadingPage title={MENU.progress} error={error} status={status} />;

  const save = async () => {
    if (!form) return;
    const result = await submit(messages, () => callServer('recordProgress', payloadOf(form)));
    if (!result) return;
    const { item, duplicate, nextItemId } = result;
    await loadList(roundId);
    // The next report of this form is a new submission with its own id, based on the saved revision.
    setForm({ ...form, baseRevision: item.revision, requestId: newRequestId() });
    setDetail(detail && { ...detail, item, current: result.entry });
    messages.reset();
    setAfter({ nextId: nextItemId });
    done(duplicate ? SIDEBAR.duplicate(item.id) : SIDEBAR.recorded(item.id));
  };

  const ordered = orderForUser(items, view.user, query);
  const nextId = after?.nextId ?? null;
  const next = items.find((i) => i.id === nextId);
  const readOnly = detail !== null && !detail.editable;
  return (
    <main>
      <h1>{MENU.progress}</h1>
      <MasterWarnings warnings={view.masterWarnings} />
      <Select
        id="round"
        label={SIDEBAR.round}
        value={roundId}
        disabled={busy !== null}
        onValue={chooseRound}
        options={view.master.rounds.map((r) => ({ value: r.id, label: r.label }))}
      />
      <TextInput id="search" label={SIDEBAR.search} value={query} onValue={setQuery} />
      <ItemList
        items={ordered}
        user={view.user}
        selectedId={form?.itemId ?? ''}
        onPick={(id) => openItem(id, roundId)}
      />
      <ErrorBanner
        error={error}
        details={unplacedMessages(messages.server, PROGRESS_FIELD_PATHS)}
        onReload={() => form && openItem(form.itemId, roundId)}
      />
      <StatusLine text={status} />
      {nextId ? (
        <div class="buttons">
          <Button primary onClick={() => openItem(nextId, roundId)}>
            {SIDEBAR.next(nextId, next?.title ?? '')}
          </Button>
        </div>
      ) : after ? (
        <p class="status">{SIDEBAR.allReported}</p>
      ) : null}
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
          <PreviousReport entry={detail.previous} master={view.master} />
          <ProgressFields
            form={form}
            master={view.master}
            indicatorUnit={detail.item.indicator.unit}
            disabled={readOnly || busy !== null}
            message={messages.message}
            onChange={(path, patch) => {
              setForm({ ...form, ...patch });
              messages.edited(path);
            }}
          />
          <SaveButton readOnly={readOnly} busy={busy} />
        </form>
      ) : null}
    </main>
  );
}
