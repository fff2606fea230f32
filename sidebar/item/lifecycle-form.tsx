// The plan office's 異動 of the open item: 統合 (into another item), 廃止 or 完了 from a round on, or back to active;
// 再掲 is kept as the item holds it. Checked with the server's own schema before it is sent; the server checks the
// rest (the round, the 統合先) and its messages go under the fields.
import { useEffect, useState } from 'preact/hooks';
import type { ItemSummary } from '../../src/domain/api';
import { lifecycleOf } from '../../src/domain/lifecycle';
import { LIFECYCLE, LIFECYCLE_LABELS } from '../../src/domain/messages';
import {
  type Item,
  LIFECYCLE_KINDS,
  type LifecycleInput,
  LifecycleInputSchema,
  type LifecycleKind,
  type Master,
} from '../../src/domain/schemas';
import { parsePayload } from '../../src/domain/validate-payload';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { Select } from '../shared/inputs';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { useFormMessages } from '../shared/use-form-messages';
import { useRequest } from '../shared/use-request';

/** Keyed by the item's ID, so another item starts afresh; a change answered keeps the choices and the status. */
export function LifecycleForm(props: {
  item: Item;
  items: ItemSummary[];
  master: Master;
  onChanged: (item: Item) => void;
  onReload: () => void;
}) {
  const { item, items, master, onChanged, onReload } = props;
  const [lifecycle, setLifecycle] = useState<LifecycleKind>(lifecycleOf(item));
  const [roundId, setRoundId] = useState(item.lifecycleRoundId || master.currentRoundId || '');
  const [mergedInto, setMergedInto] = useState(item.mergedInto);
  // One ID per submission, kept until the server has recorded it, so a retry is never recorded twice.
  const [requestId, setRequestId] = useState(newRequestId);
  const { busy, error, status, save, done } = useRequest();
  // Nothing to load: the form is ready as soon as it is shown.
  useEffect(() => done(), []);
  const input: LifecycleInput = {
    requestId,
    itemId: item.id,
    baseRevision: item.revision,
    lifecycle,
    roundId: lifecycle === 'active' ? '' : roundId,
    mergedInto: lifecycle === 'merged' ? mergedInto : '',
    crossListedReformNo: item.crossListedReformNo,
  };
  const parsed = parsePayload(LifecycleInputSchema, input);
  const messages = useFormMessages(parsed.ok ? [] : parsed.fields);
  const submit = async () => {
    const result = await save(messages, () => callServer('changeLifecycle', input));
    if (!result) return;
    setRequestId(newRequestId());
    messages.reset();
    onChanged(result.item);
    done(
      result.duplicate ? LIFECYCLE.duplicate(item.id) : LIFECYCLE.saved(item.id, LIFECYCLE_LABELS[lifecycle]),
    );
  };
  const disabled = busy === 'saving';
  return (
    <section class="lifecycle" aria-label={LIFECYCLE.formHeading}>
      <h2>{LIFECYCLE.formHeading}</h2>
      <p class="hint">{LIFECYCLE.formHint}</p>
      <Select
        id="l-lifecycle"
        label={LIFECYCLE.kindLabel}
        value={lifecycle}
        disabled={disabled}
        onValue={(v) => setLifecycle(v as LifecycleKind)}
        options={LIFECYCLE_KINDS.map((k) => ({ value: k, label: LIFECYCLE.kindOptions[k] }))}
      />
      {lifecycle === 'active' ? null : (
        <Select
          id="l-roundId"
          label={LIFECYCLE.roundLabel}
          value={roundId}
          required
          placeholder=""
          disabled={disabled}
          error={messages.message('roundId')}
          onValue={(v) => {
            setRoundId(v);
            messages.edited('roundId');
          }}
          options={master.rounds.map((r) => ({ value: r.id, label: r.label }))}
        />
      )}
      {lifecycle === 'merged' ? (
        <Select
          id="l-mergedInto"
          label={LIFECYCLE.mergedIntoLabel}
          value={mergedInto}
          required
          placeholder=""
          disabled={disabled}
          error={messages.message('mergedInto')}
          onValue={(v) => {
            setMergedInto(v);
            messages.edited('mergedInto');
          }}
          options={items
            .filter((i) => i.id !== item.id)
            .map((i) => ({ value: i.id, label: `${i.id} ${i.title}` }))}
        />
      ) : null}
      <ErrorBanner error={error} onReload={onReload} />
      <div class="buttons">
        <Button primary busy={disabled} onClick={submit}>
          {LIFECYCLE.save}
        </Button>
      </div>
      <StatusLine text={status} />
    </section>
  );
}
