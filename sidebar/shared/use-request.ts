// The request state every form sidebar shares: what is running, the refusal on show (and whether a save or a load
// made it, so it is shown where the user acted), the status line, and the save step (the shared validation first,
// then the server, whose field messages go under the fields; the first invalid field is then focused).
import { useState } from 'preact/hooks';
import type { ApiError, ApiResult } from '../../src/domain/api';
import { REGISTER, SIDEBAR } from '../../src/domain/messages';
import type { useFormMessages } from './use-form-messages';

export type Busy = 'loading' | 'saving' | null;

export function useRequest() {
  const [busy, setBusy] = useState<Busy>('loading');
  const [error, setError] = useState<ApiError | null>(null);
  const [failedSave, setFailedSave] = useState(false);
  const [status, setStatus] = useState<string>(SIDEBAR.loading);

  const start = (kind: Exclude<Busy, null>) => {
    setError(null);
    setFailedSave(false);
    setBusy(kind);
    setStatus(kind === 'saving' ? SIDEBAR.saving : SIDEBAR.loading);
  };
  const fail = (e: ApiError) => {
    setError(e);
    setStatus('');
    setBusy(null);
  };
  const done = (text = '') => {
    setBusy(null);
    setStatus(text);
  };

  /** Refuses a form the shared validation rejects; otherwise calls the server. Null when nothing was saved. */
  const save = async <T>(
    messages: ReturnType<typeof useFormMessages>,
    call: () => Promise<ApiResult<T>>,
  ): Promise<T | null> => {
    messages.submitted();
    if (messages.hasErrors) {
      setStatus('');
      setError({ code: 'invalid', message: REGISTER.invalidInput });
      setFailedSave(true);
      messages.focusFirstInvalid();
      return null;
    }
    start('saving');
    const result = await call();
    if (result.ok) return result.value;
    if (result.error.fields) messages.showServer(result.error.fields);
    fail(result.error);
    setFailedSave(true);
    messages.focusFirstInvalid();
    return null;
  };

  /** The refusal of a save (shown beside 保存) and of anything else (shown at the top). */
  const saveError = failedSave ? error : null;
  const loadError = failedSave ? null : error;
  return { busy, error, saveError, loadError, status, setError, setStatus, start, fail, done, save };
}
