// 未報告 of a round: its items with their titles, grouped by 担当課 in マスタ's order, each group with its count.
import type { UnreportedDepartment } from '../../src/domain/api';
import { ROUNDS } from '../../src/domain/messages';

const T = ROUNDS.sidebar;

export function UnreportedList(props: { roundLabel: string; groups: UnreportedDepartment[] }) {
  const { roundLabel, groups } = props;
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <section class="unreported" aria-labelledby="unreported-heading">
      <h2 id="unreported-heading">{T.unreportedHeading(roundLabel)}</h2>
      {groups.length === 0 ? (
        <p>{T.allReported}</p>
      ) : (
        <>
          <p>{T.unreportedTotal(total, groups.length)}</p>
          {groups.map((g) => (
            <details key={g.department} data-department={g.department}>
              <summary>
                <span class="department">{g.department}</span>{' '}
                <span class="count">{T.departmentCount(g.count)}</span>
              </summary>
              <ul>
                {g.items.map((i) => (
                  <li key={i.id}>
                    <span class="item-id">{i.id}</span> {i.title}
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </section>
  );
}
