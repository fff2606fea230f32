// The problems of the register grouped by item; each with its severity, message and a jump to its cell.
// Every text is rendered as a text node (user text from cells never becomes markup).
import { VALIDATION } from '../../src/domain/messages';
import type { ProblemGroup } from './groups';

export function ProblemList(props: { groups: ProblemGroup[]; onJump: (a1: string) => void }) {
  return (
    <ul class="problem-groups">
      {props.groups.map((group) => (
        <li key={group.key}>
          <h2>
            <span class="item-id">{group.itemId || VALIDATION.noId}</span> {group.itemTitle}
          </h2>
          <ul class="problems">
            {group.problems.map((p) => (
              <li key={`${p.a1}:${p.rule}`} class={`problem ${p.severity}`}>
                <span class={`badge ${p.severity}`}>
                  {p.severity === 'error' ? VALIDATION.error : VALIDATION.warning}
                </span>
                <span class="message">{p.message}</span>
                <button type="button" class="jump" onClick={() => props.onJump(p.a1)}>
                  {VALIDATION.jump(p.a1)}
                </button>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
