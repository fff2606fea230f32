// The pieces every form sidebar draws the same way: the page while the master loads, and the save button.
import type { ApiError } from '../../src/domain/api';
import { SIDEBAR } from '../../src/domain/messages';
import { ErrorBanner, StatusLine } from './banner';
import { Button } from './button';

export function LoadingPage(props: { title: string; error: ApiError | null; status: string }) {
  return (
    <main>
      <h1>{props.title}</h1>
      <ErrorBanner error={props.error} />
      <StatusLine text={props.status} />
    </main>
  );
}

/** Nothing for a read-only form; otherwise the submit button, pressed once at a time. */
export function SaveButton(props: { readOnly: boolean; busy: string | null }) {
  if (props.readOnly) return null;
  return (
    <div class="buttons">
      <Button
        type="submit"
        primary
        busy={props.busy === 'saving'}
        busyLabel={SIDEBAR.saving}
        disabled={props.busy !== null}
      >
        {SIDEBAR.save}
      </Button>
    </div>
  );
}
