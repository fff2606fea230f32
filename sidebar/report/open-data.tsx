// The 報告書 sidebar's open-data section: asks the server for the register's tables once, then offers one link per
// CSV file, built here in the browser (Blob + object URL + download attribute): nothing is written to Drive, so the
// add-on needs no Drive scope. Text is rendered only as preact text nodes.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../src/domain/api';
import { toCsv } from '../../src/domain/csv';
import { OPEN_DATA } from '../../src/domain/messages/open-data';
import type { OpenDataTable } from '../../src/domain/open-data';
import { ErrorBanner } from '../shared/banner';
import { Button } from '../shared/button';
import { callServer } from '../shared/server';

const T = OPEN_DATA.sidebar;

interface CsvFile {
  id: OpenDataTable['id'];
  fileName: string;
  rows: number;
  url: string;
}

export function OpenDataSection() {
  const [files, setFiles] = useState<CsvFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  // Object URLs hold their Blob until revoked: give them back when new ones replace them or the sidebar closes.
  useEffect(
    () => () => {
      for (const f of files) URL.revokeObjectURL(f.url);
    },
    [files],
  );

  async function prepare() {
    setError(null);
    setBusy(true);
    const r = await callServer('getOpenData');
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setFiles(
      r.value.tables.map((t) => ({
        id: t.id,
        fileName: t.fileName,
        rows: t.rows.length,
        url: URL.createObjectURL(new Blob([toCsv(t.header, t.rows)], { type: 'text/csv;charset=utf-8' })),
      })),
    );
  }

  return (
    <section aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      <ErrorBanner error={error} />
      <Button busy={busy} busyLabel={T.preparing} onClick={prepare}>
        {T.prepare}
      </Button>
      {files.length ? (
        <ul>
          {files.map((f) => (
            <li key={f.id}>
              <a href={f.url} download={f.fileName} data-table={f.id}>
                {T.download(T.files[f.id])}
              </a>{' '}
              ({f.fileName}、{T.rows(f.rows)})
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
