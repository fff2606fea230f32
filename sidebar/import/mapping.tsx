// The mapping of 取り込み: one select per header of the source, offering every register field an import may fill
// (required ones marked) or 取り込まない.
import type { ImportPreview } from '../../src/domain/api';
import { IMPORT } from '../../src/domain/messages';

const T = IMPORT.sidebar;

export function MappingTable(props: {
  preview: ImportPreview;
  disabled: boolean;
  onChange: (column: number, field: string) => void;
}) {
  const { preview, disabled, onChange } = props;
  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">{T.mappingHeading}</h2>
      <p class="hint">{T.mappingHint(preview.headerRow)}</p>
      <table class="mapping">
        <tbody>
          {preview.columns.map((c, i) => (
            <tr key={c.column} data-column={c.column}>
              <th scope="row">
                <label for={`map-${c.column}`}>
                  {c.column}: {c.header}
                </label>
              </th>
              <td>
                <select
                  id={`map-${c.column}`}
                  value={c.field}
                  disabled={disabled}
                  onChange={(e) => onChange(i, (e.currentTarget as HTMLSelectElement).value)}
                >
                  <option value="">{IMPORT.notImported}</option>
                  {preview.fields.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.required ? `${f.label}${T.requiredMark}` : f.label}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
