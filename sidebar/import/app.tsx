// 既存台帳の取り込み (plan office): pick the sheet a register was pasted into, see and correct how its headers map to
// the register's fields, see the first rows as they would be created and every row that cannot be taken, then import
// all of it at once. Each correction asks the server again (previewImport), which judges rows as the import will.
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, ImportPreview } from '../../src/domain/api';
import { IMPORT, SIDEBAR } from '../../src/domain/messages';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { LoadingPage } from '../shared/frame';
import { Select } from '../shared/inputs';
import { newRequestId } from '../shared/request-id';
import { callServer } from '../shared/server';
import { MappingTable } from './mapping';
import { PreviewRows, RefusedRows } from './preview';

const T = IMPORT.sidebar;

export function ImportApp() {
  const [sources, setSources] = useState<string[] | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [sheet, setSheet] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [status, setStatus] = useState<string>(SIDEBAR.loading);
  const [busy, setBusy] = useState(false);
  // One request ID per import to make: a retried 取り込む after a lost answer imports nothing twice.
  const [requestId, setRequestId] = useState(newRequestId);

  useEffect(() => {
    callServer('startImportSidebar').then((result) => {
      setStatus('');
      if (result.ok) return setSources(result.value.sources);
      if (result.error.code === 'forbidden') return setForbidden(true);
      setError(result.error);
    });
  }, []);

  const refresh = async (name: string, mapping: string[] | null) => {
    setError(null);
    setBusy(true);
    setStatus(T.previewing);
    const result = await callServer('previewImport', name, mapping);
    setBusy(false);
    setStatus('');
    if (!result.ok) {
      setPreview(null);
      return setError(result.error);
    }
    setPreview(result.value);
  };

  const pick = (name: string) => {
    setSheet(name);
    setPreview(null);
    if (name) refresh(name, null);
  };

  const remap = (column: number, field: string) => {
    if (!preview) return;
    refresh(
      sheet,
      preview.columns.map((c, i) => (i === column ? field : c.field)),
    );
  };

  const run = async () => {
    if (!preview) return;
    setError(null);
    setBusy(true);
    setStatus(T.running);
    const mapping = preview.columns.map((c) => c.field);
    const result = await callServer('importRegister', { sheetName: sheet, mapping, requestId });
    setBusy(false);
    if (!result.ok) {
      setStatus('');
      return setError(result.error);
    }
    setRequestId(newRequestId());
    setPreview(null);
    setSheet('');
    setStatus(IMPORT.done(result.value.imported));
  };

  if (forbidden)
    return (
      <main>
        <h1>{IMPORT.menu}</h1>
        <p class="banner info" role="note">
          {T.planOfficeOnly}
        </p>
      </main>
    );
  if (!sources) return <LoadingPage title={IMPORT.menu} error={error} status={status} />;

  const ready =
    preview !== null &&
    preview.mappingProblems.length === 0 &&
    preview.refusedCount === 0 &&
    preview.takeable > 0;
  const details = (error?.fields ?? []).map((f) => f.message);
  return (
    <main>
      <h1>{IMPORT.menu}</h1>
      <p class="hint">{T.intro}</p>
      {sources.length === 0 ? <p class="banner info">{T.noSources}</p> : null}
      <Select
        id="import-source"
        label={T.source}
        value={sheet}
        onValue={pick}
        placeholder={T.choose}
        options={sources.map((s) => ({ value: s, label: s }))}
        disabled={busy}
      />
      {preview ? (
        <>
          <MappingTable preview={preview} disabled={busy} onChange={remap} />
          {preview.mappingProblems.length > 0 ? (
            <div class="banner warning" role="note">
              {preview.mappingProblems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          ) : (
            <p class="import-counts">{T.counts(preview.rowCount, preview.takeable, preview.refusedCount)}</p>
          )}
          <PreviewRows rows={preview.preview} />
          <RefusedRows rows={preview.refused} total={preview.refusedCount} />
          <div class="buttons button-with-message">
            <Button
              create
              busy={busy && status === T.running}
              busyLabel={T.running}
              disabled={busy || !ready}
              onClick={run}
            >
              {T.run}
            </Button>
          </div>
          {ready ? null : <p class="hint">{T.disabledWhy}</p>}
        </>
      ) : null}
      <ErrorBanner error={error} details={details} />
      <StatusLine text={status} />
    </main>
  );
}
