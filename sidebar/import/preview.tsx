// What 取り込み would make: the first rows as items (ID, 取組項目, 担当課) and every row it cannot take with its reasons.
import type { ImportPreviewRow, ImportRefusedRow } from '../../src/domain/api';
import { IMPORT } from '../../src/domain/messages';

const T = IMPORT.sidebar;

export function PreviewRows(props: { rows: ImportPreviewRow[] }) {
  if (props.rows.length === 0) return null;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">{T.previewHeading}</h2>
      <table class="import-preview">
        <thead>
          <tr>
            <th scope="col">{T.row}</th>
            <th scope="col">{T.id}</th>
            <th scope="col">{T.title}</th>
            <th scope="col">{T.department}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.row}>
              <td>{r.row}</td>
              <td>{r.id}</td>
              <td>{r.title}</td>
              <td>{r.department}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function RefusedRows(props: { rows: ImportRefusedRow[]; total: number }) {
  if (props.rows.length === 0) return null;
  const more = props.total - props.rows.length;
  return (
    <section class="refused" aria-labelledby="refused-heading">
      <h2 id="refused-heading">{T.refusedHeading}</h2>
      <ul>
        {props.rows.flatMap((r) =>
          r.problems.map((p) => (
            <li key={p} data-row={r.row}>
              {p}
            </li>
          )),
        )}
      </ul>
      {more > 0 ? <p>{T.refusedMore(more)}</p> : null}
    </section>
  );
}
