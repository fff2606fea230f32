// The problems of the register: errors by item, each with its message and a jump to its cell; warnings one line per
// rule and message with their count, their cells folded under it. Every text is rendered as a text node (user text
// from cells never becomes markup).
import { VALIDATION } from '../../src/domain/messages';
import type { LoadedWarningGroup, ProblemGroup } from './groups';

function Jump(props: { a1: string; onJump: (a1: string) => void }) {
  return (
    <button type="button" class="jump" onClick={() => props.onJump(props.a1)}>
      {VALIDATION.jump(props.a1)}
    </button>
  );
}

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
                <Jump a1={p.a1} onJump={props.onJump} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function WarningList(props: { groups: LoadedWarningGroup[]; onJump: (a1: string) => void }) {
  return (
    <ul class="warning-groups">
      {props.groups.map((group) => (
        <li key={group.key} class="problem warning">
          <span class="badge warning">{VALIDATION.warning}</span>
          <span class="message">
            {group.message}
            {group.count > 1 ? <span class="count">{VALIDATION.repeated(group.count)}</span> : null}
          </span>
          {group.loaded.length > 0 ? (
            <details class="cells">
              <summary>{VALIDATION.showCells}</summary>
              <ul>
                {group.loaded.map((p) => (
                  <li key={`${p.a1}:${p.rule}`}>
                    <span class="item-id">{p.itemId || VALIDATION.noId}</span> {p.itemTitle}{' '}
                    <Jump a1={p.a1} onJump={props.onJump} />
                  </li>
                ))}
              </ul>
              {group.count > group.loaded.length ? (
                <p class="hint">{VALIDATION.notLoaded(group.count - group.loaded.length)}</p>
              ) : null}
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
