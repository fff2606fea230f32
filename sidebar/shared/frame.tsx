// The pieces every form sidebar draws the same way: the page while the master loads, and the foot of a form — the
// save button with the save's refusal, its status and what to do next right after it, where the user pressed 保存.
import type { ComponentChildren } from 'preact';
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
/** `creates`: the save makes a new item (Google's create class instead of action). */
export function SaveButton(props: { readOnly: boolean; busy: string | null; creates?: boolean }) {
  if (props.readOnly) return null;
  return (
    <div class="buttons">
      <Button
        type="submit"
        primary
        create={props.creates === true}
        busy={props.busy === 'saving'}
        busyLabel={SIDEBAR.saving}
        disabled={props.busy !== null}
      >
        {SIDEBAR.save}
      </Button>
    </div>
  );
}

/** 保存, then the save's refusal, the status line and the next step (e.g. the next unreported item). */
export function FormFooter(props: {
  readOnly: boolean;
  busy: string | null;
  error: ApiError | null;
  details: string[];
  onReload?: () => void;
  status: string;
  creates?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <div class="form-footer">
      <SaveButton readOnly={props.readOnly} busy={props.busy} creates={props.creates === true} />
      <ErrorBanner
        error={props.error}
        details={props.details}
        {...(props.onReload ? { onReload: props.onReload } : {})}
      />
      <StatusLine text={props.status} />
      {props.children}
    </div>
  );
}
