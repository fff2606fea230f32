// Reporting coverage of the round: reported / due with the rate, and the departments not yet reported.
import type { Coverage } from '../../src/domain/api';
import { SUMMARY } from '../../src/domain/messages';
import { formatPercent } from '../../src/domain/money';

export function CoverageBox(props: { coverage: Coverage }) {
  const c = props.coverage;
  return (
    <section class="coverage">
      <h2>{SUMMARY.coverage}</h2>
      <p>{SUMMARY.coverageLine(c.reported, c.due, formatPercent(c.rate))}</p>
      {c.missing.length === 0 ? (
        <p>{SUMMARY.allReported}</p>
      ) : (
        <table>
          <caption>{SUMMARY.missingItems}</caption>
          <tbody>
            {c.missing.map((m) => (
              <tr key={m.department}>
                <th scope="row">{m.department}</th>
                <td>{m.itemIds.join('、')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
