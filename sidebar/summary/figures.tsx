// One group's figures (a pillar or the whole plan): status and grade counts, average progress, savings with the
// achievement rate; the same figures the 集計 sheet shows, money in 千円 with separators.
import type { GroupFigures } from '../../src/domain/api';
import { SUMMARY } from '../../src/domain/messages';
import { formatPercent, formatThousandYen } from '../../src/domain/money';

/** "未着手 4、実施中 1"; the '' key (no status / not reported) under its own label, when `withBlank` or counted. */
function counts(keys: string[], values: Record<string, number>, blank: string, withBlank: boolean): string {
  const all = withBlank || (values[''] ?? 0) > 0 ? [...keys, ''] : keys;
  return all.map((key) => `${key === '' ? blank : key} ${values[key] ?? 0}`).join('、');
}

export function Figures(props: {
  title: string;
  figures: GroupFigures;
  statusNames: string[];
  gradeCodes: string[];
}) {
  const { figures: f, statusNames, gradeCodes } = props;
  const s = f.savings;
  const money = (total: number, cut: number, revenue: number) =>
    SUMMARY.savingsSplit(formatThousandYen(total), formatThousandYen(cut), formatThousandYen(revenue));
  const rows: [string, string][] = [
    [SUMMARY.items, String(f.items)],
    [SUMMARY.status, counts(statusNames, f.byStatus, SUMMARY.unset, false)],
    // As on the sheet, 未報告 is always listed among the grades.
    [SUMMARY.grade, counts(gradeCodes, f.byGrade, SUMMARY.notReported, true)],
    [SUMMARY.progressAverage, SUMMARY.averageOfReported(formatPercent(f.averageProgress), f.unreported)],
    [SUMMARY.savingsPlan, money(s.planTotal, s.planCut, s.planRevenue)],
    [SUMMARY.savingsActual, money(s.actualTotal, s.actualCut, s.actualRevenue)],
    [SUMMARY.achievementRate, formatPercent(s.achievementRate)],
  ];
  return (
    <section class="figures">
      <h2>{props.title}</h2>
      <table>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
