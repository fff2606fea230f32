// The set-up sidebar: start this file from the 行田市 sample or a new plan, then the set-up's answer (what was
// made, who may edit マスタ, the user made 行革担当) and the next step.
import { useMemo, useState } from 'preact/hooks';
import type { ApiError } from '../../src/domain/api';
import { fiscalYearOfInstant } from '../../src/domain/fiscal-year';
import { MENU, REGISTER, SETUP, setupAnswer } from '../../src/domain/messages';
import { ErrorBanner, StatusLine } from '../shared/banner';
import { Button } from '../shared/button';
import { callServer } from '../shared/server';
import { choiceOf, emptyDraft, type PlanDraft, parseOutline, placeFieldErrors } from './plan-draft';
import { PlanFields } from './plan-fields';

type Start = 'sample' | 'new';

export function SetupApp() {
  const [start, setStart] = useState<Start>('new');
  const [draft, setDraft] = useState<PlanDraft>(() => emptyDraft(fiscalYearOfInstant(new Date())));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof PlanDraft, string>>>({});
  const [details, setDetails] = useState<string[]>([]);
  const [done, setDone] = useState<string[] | null>(null);
  const outline = useMemo(() => parseOutline(draft), [draft.outline]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const choice = start === 'sample' ? ({ plan: 'sample' } as const) : choiceOf(draft, outline);
    if (!choice) {
      setError({ code: 'invalid', message: REGISTER.invalidInput });
      setDetails(outline.ok ? [] : outline.problems.map((p) => p.message));
      return;
    }
    setBusy(true);
    setError(null);
    setDetails([]);
    setFieldErrors({});
    const result = await callServer('setupRegister', choice);
    setBusy(false);
    if (result.ok) {
      setDone(setupAnswer(result.value, choice.plan === 'new' ? choice.planName : null));
      return;
    }
    const placed = placeFieldErrors(result.error.fields ?? []);
    setFieldErrors(placed.byField);
    setDetails(placed.rest);
    setError(result.error);
  };

  if (done)
    return (
      <main>
        <h1>{MENU.setup}</h1>
        <div class="banner info" role="status">
          {done.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </main>
    );

  return (
    <main>
      <h1>{MENU.setup}</h1>
      <form onSubmit={submit} aria-label={MENU.setup} noValidate>
        <fieldset class="field checks">
          <legend>{SETUP.intro}</legend>
          {(['new', 'sample'] as const).map((value) => (
            <label key={value} class="check">
              <input
                type="radio"
                name="start"
                value={value}
                checked={start === value}
                disabled={busy}
                onChange={() => setStart(value)}
              />
              {value === 'new' ? SETUP.newPlan : SETUP.sample}
            </label>
          ))}
        </fieldset>
        {start === 'new' ? (
          <PlanFields
            draft={draft}
            outline={outline}
            errors={fieldErrors}
            onDraft={(patch) => setDraft({ ...draft, ...patch })}
            disabled={busy}
          />
        ) : null}
        <div class="buttons">
          <Button type="submit" primary busy={busy} busyLabel={SETUP.running}>
            {SETUP.submit}
          </Button>
        </div>
        <ErrorBanner error={error} details={details} />
        <StatusLine text={busy ? SETUP.running : ''} />
      </form>
    </main>
  );
}
