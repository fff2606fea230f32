// The error banner (a refusal or failure in plain Japanese, with what changed when the item is stale), the マスタ
// warnings banner and the status line.
import type { ApiError } from '../../src/domain/api';
import { SIDEBAR } from '../../src/domain/messages/sidebar';
import { Button } from './button';

/** `details`: field messages no field on the form shows, so none is lost. */
export function ErrorBanner(props: { error: ApiError | null; details?: string[]; onReload?: () => void }) {
  const { error, details = [], onReload } = props;
  if (!error) return null;
  const changes = error.stale?.changes ?? [];
  return (
    <div class="banner error" role="alert">
      <p>{error.message}</p>
      {details.length > 0 ? (
        <ul>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ) : null}
      {changes.length > 0 ? (
        <table class="changes">
          <caption>{SIDEBAR.staleChanges}</caption>
          <thead>
            <tr>
              <th scope="col">{SIDEBAR.staleField}</th>
              <th scope="col">{SIDEBAR.staleYours}</th>
              <th scope="col">{SIDEBAR.staleTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.path}>
                <th scope="row">{c.label}</th>
                <td>{c.yours}</td>
                <td>{c.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {error.code === 'stale' && onReload ? <Button onClick={onReload}>{SIDEBAR.reload}</Button> : null}
    </div>
  );
}

/** マスタ cells that could not be read: the sidebar works without their entries, and says which cells to fix. */
export function MasterWarnings(props: { warnings: string[] }) {
  if (props.warnings.length === 0) return null;
  return (
    <div class="banner warning" role="note">
      {props.warnings.map((w) => (
        <p key={w}>{w}</p>
      ))}
    </div>
  );
}

/** Announced politely to screen readers: loading, saving, saved. */
export function StatusLine(props: { text: string }) {
  return (
    <p class="status" role="status" aria-live="polite">
      {props.text}
    </p>
  );
}
