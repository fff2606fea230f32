// 取組の登録・編集: pick an item or start a new one, edit it with messages as you type, save it on the server.
import { useEffect, useState } from 'preact/hooks';
import type { ItemSummary, MasterView } from '../../src/domain/api';
import { listedItems, withSaved } from '../../src/domain/item-list';
import { outOfGradingState } from '../../src/domain/lifecycle';
import { MENU, SIDEBAR } from '../../src/domain/messages';
import { lockedOutReason, mayRunPlanOfficeTasks } from '../../src/domain/permissions';
import type { Item } from '../../src/domain/schemas';
import { ErrorBanner } from '../shared/banner';
import { unplacedMessages } from '../shared/field-errors';
import { FormFooter, LoadingPage } from '../shared/frame';
import { Select } from '../shared/inputs';
import { LockedOutNote } from '../shared/locked-out';
import { callServer } from '../shared/server';
import { useFormMessages } from '../shared/use-form-messages';
import { useRequest } from '../shared/use-request';
import { emptyForm, formFromItem, type ItemForm, payloadOf, validateItem } from './form-state';
import { ITEM_FIELD_PATHS, ItemFields } from './item-fields';
import { LifecycleForm } from './lifecycle-form';

export function ItemApp() {
  const [view, setView] = useState<MasterView | null>(null);
  const [items, setItems] = useState<ItemSummary[]>([]);
  /** The list's round (its 統合済み and 廃止 marks are of it). */
  const [listRoundId, setListRoundId] = useState('');
  /** The open item as the server last answered it (null for a new one): the 異動 section's base. */
  const [loaded, setLoaded] = useState<Item | null>(null);
  const [form, setForm] = useState<ItemForm | null>(null);
  const [editable, setEditable] = useState(true);
  const {
    busy,
    error,
    saveError,
    loadError,
    status,
    setError,
    setStatus,
    start,
    fail,
    done,
    save: submit,
  } = useRequest();
  const messages = useFormMessages(form && view ? validateItem(form, view.master) : []);

  const startNew = (v: MasterView) => {
    messages.reset();
    setLoaded(null);
    setForm(emptyForm(v.master, v.user.canEditAll ? '' : (v.user.departments[0] ?? '')));
    // Someone マスタ does not name may make no item (the note above says why).
    setEditable(lockedOutReason(v.user, v.master) === null);
  };

  const open = async (id: string, v: MasterView) => {
    setError(null);
    if (!id) return startNew(v);
    start('loading');
    const detail = await callServer('getItem', id, null);
    if (!detail.ok) return fail(detail.error);
    messages.reset();
    setForm(formFromItem(detail.value.item, v.master));
    setLoaded(detail.value.item);
    setEditable(detail.value.editable);
    done();
  };

  useEffect(() => {
    (async () => {
      // The master view and the list in one round trip.
      const started = await callServer('startItemSidebar', {});
      if (!started.ok) return fail(started.error);
      const { view: v, list } = started.value;
      setItems(listedItems(list, v.master, v.user));
      setListRoundId(list.roundId);
      setView(v);
      startNew(v);
      done();
    })();
  }, []);

  if (!view || !form) return <LoadingPage title={MENU.item} error={error} status={status} />;

  const change = (path: string, patch: Partial<ItemForm>) => {
    setForm({ ...form, ...patch });
    messages.edited(path);
    setStatus('');
  };

  const save = async () => {
    const result = await submit(messages, () => callServer('saveItem', payloadOf(form)));
    if (!result) return;
    const saved = result.item;
    messages.reset();
    setForm(formFromItem(saved, view.master));
    setLoaded(saved);
    // The list from the save's answer: no second call.
    const reported = items.find((i) => i.id === saved.id)?.reported ?? false;
    setItems(withSaved(items, saved, reported, view.user));
    done(form.id ? SIDEBAR.updated(saved.id) : SIDEBAR.created(saved.id));
  };

  /** After a 異動: the form on the new revision, the list's entry with its state in the list's round. */
  const changed = (item: Item) => {
    setLoaded(item);
    setForm(formFromItem(item, view.master));
    const reported = items.find((i) => i.id === item.id)?.reported ?? false;
    const state = outOfGradingState(view.master, item, listRoundId);
    setItems(
      withSaved(items, item, reported, view.user).map((i) => {
        if (i.id !== item.id) return i;
        const { outOfGrading: _state, ...rest } = i;
        return state ? { ...rest, outOfGrading: state } : rest;
      }),
    );
  };

  const readOnly = !editable;
  return (
    <main>
      <h1>{MENU.item}</h1>
      <LockedOutNote view={view} />
      <div class="picker">
        <Select
          id="item-picker"
          label={SIDEBAR.pickItem}
          value={form.id}
          disabled={busy !== null}
          onValue={(id) => open(id, view)}
          options={[
            { value: '', label: SIDEBAR.newItem },
            ...items.map((i) => ({
              value: i.id,
              label: `${i.id} ${i.title}${i.outOfGrading ? `（${i.outOfGrading}）` : ''}${i.editable ? '' : SIDEBAR.readOnlyMark}`,
            })),
          ]}
        />
      </div>
      <ErrorBanner error={loadError} onReload={() => open(form.id, view)} />
      {readOnly ? <p class="banner info">{SIDEBAR.readOnly}</p> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!readOnly) save();
        }}
      >
        <ItemFields
          form={form}
          master={view.master}
          disabled={readOnly || busy !== null}
          message={messages.message}
          onChange={change}
        />
        <FormFooter
          readOnly={readOnly}
          busy={busy}
          error={saveError}
          details={unplacedMessages(messages.server, ITEM_FIELD_PATHS)}
          onReload={() => open(form.id, view)}
          status={status}
          creates={!form.id}
        />
      </form>
      {loaded && mayRunPlanOfficeTasks(view.user) ? (
        <LifecycleForm
          key={loaded.id}
          item={loaded}
          items={items}
          master={view.master}
          onChanged={changed}
          onReload={() => open(loaded.id, view)}
        />
      ) : null}
    </main>
  );
}
