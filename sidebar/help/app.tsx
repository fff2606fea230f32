// ヘルプ: a short guide per role and the add-on's version; no server call, so it opens even when nothing is set up.
import { HELP, MENU } from '../../src/domain/messages';
import { ADDON_VERSION } from '../../src/domain/version';

export function HelpApp() {
  return (
    <main>
      <h1>{MENU.help}</h1>
      {HELP.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h2>{section.heading}</h2>
          <ol>
            {section.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      ))}
      <p>{HELP.guide}</p>
      <p class="hint">{HELP.version(ADDON_VERSION)}</p>
    </main>
  );
}
