// Set-up and repair as the sidebar and the menu run it: the role guard, then the choice of plan parsed before the
// lock, so a bad choice is refused by field with nothing written.
import type { SetupResult } from '../domain/api';
import { MENU } from '../domain/messages';
import { parseSetupChoice } from '../domain/new-plan';
import { parseOrRefuse } from '../domain/refusal';
import { setUpRegister } from '../sheets/setup';
import { currentUserEmail, nowIso } from './current-user';
import { withDocumentLock } from './lock';
import { requirePlanOfficeForSetup } from './plan-office';

export function setupRegister(choice: unknown): SetupResult {
  requirePlanOfficeForSetup(MENU.setup);
  const parsed = parseOrRefuse(parseSetupChoice(choice));
  return withDocumentLock(() => setUpRegister(nowIso(), currentUserEmail(), parsed));
}
