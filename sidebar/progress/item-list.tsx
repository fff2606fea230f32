// The searchable list of items for the round; each entry is a button, its texts rendered as text only. A returned
// report (差戻し) is marked with its reason, an item out of the round's grading with its state (統合済み, 廃止).
import type { ItemSummary, UserContext } from '../../src/domain/api';
import { REVIEW, SIDEBAR } from '../../src/domain/messages';
import { isMine } from './order';

export function ItemList(props: {
  items: ItemSummary[];
  user: UserContext;
  selectedId: string;
  onPick: (id: string) => void;
}) {
  const { items, user, selectedId, onPick } = props;
  if (items.length === 0) return <p class="status">{SIDEBAR.noItems}</p>;
  return (
    <ul class="item-list">
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            class={item.id === selectedId ? 'entry selected' : 'entry'}
            aria-current={item.id === selectedId ? true : undefined}
            data-item-id={item.id}
            onClick={() => onPick(item.id)}
          >
            <span class="entry-head">
              <span class="entry-id">{item.id}</span>
              {item.outOfGrading ? (
                <span class="badge">{item.outOfGrading}</span>
              ) : item.returnReason === undefined ? (
                <span class={item.reported ? 'badge done' : 'badge todo'}>
                  {item.reported ? SIDEBAR.reported : SIDEBAR.notReported}
                </span>
              ) : (
                <span class="badge todo">{REVIEW.returnedBadge}</span>
              )}
              {isMine(item, user) ? <span class="badge mine">{SIDEBAR.yourDepartment}</span> : null}
              {item.editable ? null : <span class="badge">{SIDEBAR.readOnlyMark}</span>}
            </span>
            <span class="entry-title">{item.title}</span>
            <span class="entry-dept">{item.department}</span>
            {item.returnReason === undefined ? null : (
              <span class="entry-reason">{REVIEW.returnedReason(item.returnReason)}</span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
