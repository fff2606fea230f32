// The pillars and reforms read from the pasted list, as the tree set-up will write to マスタ, or the lines to fix.

import { SETUP } from '../../src/domain/messages';
import type { OutlineParse } from '../../src/domain/plan-outline';

export function OutlinePreview(props: { outline: OutlineParse; typed: boolean }) {
  const { outline, typed } = props;
  if (!typed) return null;
  if (!outline.ok)
    return (
      <ul class="outline-problems" aria-label={SETUP.outlinePreview}>
        {outline.problems.map((p) => (
          <li key={`${p.line}-${p.message}`}>{p.message}</li>
        ))}
      </ul>
    );
  const { pillars, reforms } = outline.value;
  return (
    <section class="outline-preview" aria-label={SETUP.outlinePreview}>
      <h2>
        {SETUP.outlinePreview}（{SETUP.outlineCounts(pillars.length, reforms.length)}）
      </h2>
      <ol>
        {pillars.map((p) => (
          <li key={p.no} data-pillar={p.no}>
            {SETUP.pillarShown(p.no, p.name)}
            <ol>
              {reforms
                .filter((r) => r.pillarNo === p.no)
                .map((r) => (
                  <li key={r.no} data-reform={r.no}>
                    {SETUP.reformShown(r.no, r.name)}
                  </li>
                ))}
            </ol>
          </li>
        ))}
      </ol>
    </section>
  );
}
