// 会議報告書 through the built bundle: every figure of the document equals aggregate()'s for the same state (the
// 集計 sheet's), template placeholders and sections, refusals before anything is created, the report log with
// superseded entries, failures that leave nothing looking complete, and DocumentApp calls independent of items.

import type { Environment } from '../../emulator';
import { chartLabels } from '../../emulator/charts/png';
import {
  cellState,
  type DocumentState,
  type ElementState,
  paragraphState,
  paragraphText,
} from '../../emulator/document/state';
import { reportRequest } from '../../harness/payloads';
import { growRegister, ok, reportProgress as report, setUpEnvironment } from '../../harness/register';
import { docsApiCalls, documentAppCalls, runReport } from '../../harness/report';
import type { ApiResult, ReportResult, Summary } from '../../src/domain/api';
import { formatWarekiDate, isoDateInTokyo } from '../../src/domain/fiscal-year';
import { instantText } from '../../src/domain/instant-cells';
import { REPORT } from '../../src/domain/messages';
import { formatPercent, formatThousandYen } from '../../src/domain/money';
import { SHEETS } from '../../src/domain/sheet-names';
import { documentPage } from '../../workbench/pages/document';
import { bodyView, type ElementView, inlineElements, tableAfter } from '../support/document-view';

/** Two rounds: R4-H1 then R4-H2 with a completion, a grade falling to C, a status change and a cancellation. */
function scenario(): Environment {
  const env = setUpEnvironment();
  report(env, '1-1-01', { progress: 60, grade: 'B' });
  report(env, '1-1-02', { progress: 30, grade: 'A', savingsActual: { cut: 120, revenue: null } });
  report(env, '2-3-01', { status: '検討中', progress: 0, grade: 'B' });
  report(env, '4-7-01', { progress: 10, grade: 'B' });
  const h2 = { roundId: 'R4-H2' };
  report(env, '1-1-01', {
    ...h2,
    status: '完了',
    progress: 100,
    grade: 'A',
    savingsActual: { cut: 1500, revenue: 200 },
  });
  report(env, '1-1-02', {
    ...h2,
    progress: 35,
    grade: 'C',
    issues: '利用者が少ない',
    nextSteps: '周知を強化する',
  });
  report(env, '2-3-01', { ...h2, status: '実施中', progress: 20, grade: 'B' });
  report(env, '4-7-01', {
    ...h2,
    status: '中止',
    progress: 10,
    grade: 'D',
    issues: '制度改正',
    nextSteps: '廃止する',
  });
  return env;
}

const texts = (doc: DocumentState) => bodyView(doc).map((e) => ('text' in e ? e.text : e.type));
const tableState = (doc: DocumentState, text: string) => {
  const body = bodyView(doc);
  const start = body.findIndex((e) => 'text' in e && e.text === text);
  return body.slice(start).find((e) => e.type === 'TABLE') as Extract<ElementView, { type: 'TABLE' }>;
};

function generate(env: Environment, roundId = 'R4-H2') {
  const result = ok<ReportResult>(runReport(env, { roundId }));
  return { result, doc: env.documents.dump(result.documentId) };
}

describe('会議報告書', () => {
  it('shows exactly the figures of aggregate() (the 集計 sheet) for the round', () => {
    const env = scenario();
    const summary = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H2']));
    const { result, doc } = generate(env);
    expect(result.summary).toEqual(summary);
    expect(summary.byPillar[0]?.byStatus.完了).toBe(1); // the scenario really has a completed item
    expect(summary.total.byGrade).toMatchObject({ A: 1, B: 1, C: 1, D: 1, '': 16 });
    const figureRows = (f: Summary['total']) => [
      ...summary.statusNames.map((n) => [`進捗状況：${n}`, `${f.byStatus[n]}件`]),
      ...[...summary.gradeCodes, ''].map((c) => [`評価：${c || '未報告'}`, `${f.byGrade[c]}件`]),
      ['効果額見込（千円）', formatThousandYen(f.savings.planTotal)],
      ['効果額実績（千円）', formatThousandYen(f.savings.actualTotal)],
    ];
    expect(tableAfter(doc, REPORT.sections.overview)).toEqual([
      ['項目', '値'],
      ['取組項目数', '20件'],
      [
        '報告済み／報告対象',
        `${summary.coverage.reported}／${summary.coverage.due}件（${formatPercent(summary.coverage.rate)}）`,
      ],
      // Over the reported items only, and it says how many were left out.
      [
        '平均進捗率',
        `${formatPercent(summary.total.averageProgress)}（未報告${summary.total.unreported}件を除く）`,
      ],
      ...figureRows(summary.total),
    ]);
    for (const p of summary.byPillar)
      expect(tableAfter(doc, `柱${p.pillarNo} ${p.name}`)).toEqual([
        ['区分', '件数・金額'],
        ...figureRows(p),
      ]);
    const savings = tableAfter(doc, REPORT.sections.savings);
    expect(savings.slice(1).map((r) => r.slice(1))).toEqual(
      [...summary.byPillar, summary.total].map(({ savings: s }) => [
        ...[s.planCut, s.planRevenue, s.planTotal, s.actualCut, s.actualRevenue, s.actualTotal].map(
          formatThousandYen,
        ),
        formatPercent(s.achievementRate),
      ]),
    );
    expect(savings[1]?.slice(4, 7)).toEqual(['1,500', '200', '1,700']);
  });

  it('has the title, the meeting in 和暦, one chart on page 1, late items, changes and the appendix', () => {
    const env = scenario();
    const { result, doc } = generate(env);
    expect(result.title).toBe('資料1 行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告');
    expect(doc.name).toBe(result.title);
    const all = texts(doc);
    expect(all).toContain('行財政改革推進本部会議（令和8年12月1日）');
    // The first block (資料番号) takes over the empty paragraph a new document starts with: no empty line on top.
    expect(all.slice(0, 2)).toEqual(['資料1', '行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告']);
    expect(doc.body[1]).toMatchObject({ heading: 'TITLE' });
    // One labelled chart on page 1 instead of an unlabelled one per pillar that repeated the pillar's table.
    const images = inlineElements(doc).filter((e) => e.type === 'INLINE_IMAGE');
    expect(images).toHaveLength(1);
    for (const image of images) {
      expect(image).toMatchObject({ contentType: 'image/png' });
      const bytes = Buffer.from((image as { data: string }).data, 'base64');
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    }
    expect(tableAfter(doc, REPORT.sections.late)).toEqual([
      [...REPORT.lateHeader],
      [
        '1-1-02',
        '公共施設予約システム導入による申請手続の簡素化',
        expect.any(String),
        'C',
        '利用者が少ない',
        '周知を強化する',
      ],
      ['4-7-01', '使用料、手数料の見直し', expect.any(String), 'D', '制度改正', '廃止する'],
    ]);
    const changes = tableAfter(doc, REPORT.sections.changes).slice(1);
    expect(changes.map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['1-1-01', '新たに完了', '実施中', '完了'],
      ['1-1-01', '評価の変更', 'B', 'A'],
      ['1-1-02', '評価の変更', 'A', 'C'],
      ['2-3-01', '進捗状況の変更', '検討中', '実施中'],
      ['4-7-01', '中止', '実施中', '中止'],
      ['4-7-01', '評価の変更', 'B', 'D'],
    ]);
    const appendix = tableAfter(doc, REPORT.sections.appendix);
    expect(appendix.filter((r) => /^\d+-\d+-\d+$/.test(r[0] ?? ''))).toHaveLength(20);
    expect(appendix[1]?.[0]).toBe('改革1 ニューノーマルを意識した便利なサービス');
    expect(appendix.find((r) => r[0] === '1-1-01')?.slice(3)).toEqual(['完了', '100.0%', 'A']);
  });

  it('opens with page 1: 資料番号 at the top right, title, meeting, as-of date, the sentence, the matrix, the chart', () => {
    const env = scenario();
    const summary = ok<Summary>(env.scriptRun('refreshSummary', ['R4-H2']));
    const { doc } = generate(env);
    // Each element as the reader sees it: its text, else what it holds (a table, an image, a page break).
    const shown = (e: ElementState) =>
      e.type === 'TABLE' ? 'TABLE' : paragraphText(e) || e.children.map((c) => c.type).join('');
    const overview = doc.body.findIndex((e) => shown(e) === REPORT.sections.overview);
    // The empty paragraph DocumentApp leaves after a table is no content.
    const page1 = doc.body.slice(0, overview).filter((e) => shown(e) !== 'TEXT');
    const grades = [...summary.gradeCodes, ''];
    const created = formatWarekiDate(isoDateInTokyo(new Date(env.now)));
    expect(page1.map(shown)).toEqual([
      '資料1',
      '行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告',
      '行財政改革推進本部会議（令和8年12月1日）',
      `${created}現在`,
      `全20項目のうち、${grades.map((g) => `${g ? `${g}評価` : '未報告'}${summary.total.byGrade[g]}項目`).join('、')}です。`,
      'TABLE',
      'INLINE_IMAGE',
      'PAGE_BREAK',
    ]);
    const [documentNo, , , asOf] = doc.body;
    expect([documentNo, asOf].map((p) => p && 'heading' in p && p.attributes.HORIZONTAL_ALIGNMENT)).toEqual([
      'RIGHT',
      'RIGHT',
    ]);
    expect(tableAfter(doc, texts(doc)[4] ?? '')).toEqual([
      ['柱', 'A', 'B', 'C', 'D', '未報告', '計'],
      ...[
        ...summary.byPillar.map((p) => [`柱${p.pillarNo} ${p.name}`, p] as const),
        ['合計', summary.total] as const,
      ].map(([label, f]) => [label, ...grades.map((g) => String(f.byGrade[g])), String(f.items)]),
    ]);
    const image = inlineElements(doc).find((e) => e.type === 'INLINE_IMAGE') as { data: string };
    expect(chartLabels(Buffer.from(image.data, 'base64'))).toEqual({
      Title: '柱別の評価の内訳',
      xAxisTitle: '取組項目数（件）',
      yAxisTitle: '柱',
      'legend:BOTTOM': 'A\tB\tC\tD\t未報告',
      categories: '柱1\t柱2\t柱3\t柱4',
    });
  });

  it('puts the appendix on landscape pages: a section break of its own, orientation flipped, in the one batchUpdate', () => {
    const { doc } = generate(scenario());
    const heading = doc.body.findIndex(
      (e) => e.type !== 'TABLE' && paragraphText(e) === REPORT.sections.appendix,
    );
    // The break comes just before the empty paragraph in front of the heading: everything after it is landscape.
    expect(doc.sectionBreaks).toEqual([
      { before: heading - 1, sectionType: 'NEXT_PAGE', flipPageOrientation: true },
    ]);
    expect(doc.body[heading - 1]).toMatchObject({
      heading: 'NORMAL',
      children: [{ type: 'TEXT', text: '' }],
    });
    // It starts the new page: no page break of its own any more.
    expect(
      doc.body.slice(heading - 3, heading).flatMap((e) => (e.type === 'TABLE' ? [] : e.children)),
    ).toEqual(Array(3).fill({ type: 'TEXT', text: '', attributes: {} }));
  });

  it('styles tables as a municipal document: shaded bold header, numbers right-aligned', () => {
    const { doc } = generate(scenario());
    const savings = tableState(doc, REPORT.sections.savings);
    expect(savings.rows[0]?.every((c) => c.background === '#d9d9d9' && c.attributes.BOLD === true)).toBe(
      true,
    );
    expect(savings.rows[1]?.map((c) => c.attributes.HORIZONTAL_ALIGNMENT ?? 'LEFT')).toEqual([
      'LEFT',
      ...Array(7).fill('RIGHT'),
    ]);
    expect(doc.body.filter((e) => 'heading' in e && e.heading === 'HEADING1')).toHaveLength(6);
  });

  it('is shown by the workbench with its headings, right-aligned figures and chart images', () => {
    const { doc } = generate(scenario());
    const html = documentPage(doc);
    expect(html).toContain(`<h1>${REPORT.sections.overview}</h1>`);
    expect(html).toMatch(/<td style="text-align:right">20件<\/td>/);
    const images = [...html.matchAll(/src="data:image\/png;base64,([A-Za-z0-9+/=]+)"/g)];
    expect(images).toHaveLength(1);
    // The appendix in a landscape section of its own, after the portrait part.
    expect(html.match(/<section class="\w+">/g)).toEqual([
      '<section class="portrait">',
      '<section class="landscape">',
    ]);
    expect(html.indexOf('<section class="landscape">')).toBeLessThan(
      html.indexOf(`<h1>${REPORT.sections.appendix}</h1>`),
    );
    expect(html.indexOf('<section class="landscape">')).toBeGreaterThan(
      html.indexOf(`<h1>${REPORT.sections.savings}</h1>`),
    );
    expect(
      Buffer.from(images[0]?.[1] ?? '', 'base64')
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
  });

  it('says so when there is no previous round', () => {
    const { doc } = generate(scenario(), 'R4-H1');
    expect(texts(doc)).toContain(REPORT.noPreviousRound);
  });
});

/** Puts a city's template document in the emulated Drive, as if the city had written it. */
function addTemplate(env: Environment, body: ElementState[]): string {
  const state = env.services.documents;
  const id = `city-template-${state.nextId++}`;
  state.documents.push({ id, name: '会議資料テンプレート', body });
  return id;
}
const paragraph = (text: string, heading = 'NORMAL'): ElementState =>
  paragraphState('PARAGRAPH', text, heading);

describe('会議報告書: template', () => {
  it('fills the scalar placeholders and puts the generated sections where the template marks them', () => {
    const env = scenario();
    const template = addTemplate(env, [
      paragraph('{{document_no}}'),
      paragraph('{{city}} {{plan_name}}', 'TITLE'),
      paragraph('{{meeting_name}}（{{ meeting_date }}） {{round}}'),
      {
        type: 'TABLE',
        rows: [[{ ...cellState('作成日 {{created_date}}'), background: '#eeeeee' }]],
        attributes: {},
      },
      paragraph('{{section:overview}}'),
      paragraphState('LIST_ITEM', '詳細は別表のとおり'),
      paragraph('{{section:appendix}}'),
    ]);
    const before = env.documents.list().length;
    const result = ok<ReportResult>(runReport(env, { roundId: 'R4-H2', templateDocId: template }));
    expect(env.documents.list()).toHaveLength(before + 1);
    const doc = env.documents.dump(result.documentId);
    const all = texts(doc);
    expect(all.slice(1, 4)).toEqual([
      '資料1',
      '行田市 行財政集中改革プラン2022',
      `行財政改革推進本部会議（${formatWarekiDate('2026-12-01')}） 令和4年度 下半期`,
    ]);
    expect(doc.body[2]).toMatchObject({ heading: 'TITLE' });
    const copied = bodyView(doc).find((e) => e.type === 'TABLE') as Extract<ElementView, { type: 'TABLE' }>;
    // created_date is the day of creation in Tokyo, the same day the log records.
    const createdAt = instantText(env.spreadsheet.values(SHEETS.reportLog)[1]?.[0] as Date);
    expect(copied.rows[0]?.[0]).toMatchObject({
      text: `作成日 ${formatWarekiDate(createdAt.slice(0, 10))}`,
      background: '#eeeeee',
    });
    expect(createdAt.slice(0, 10)).toBe(isoDateInTokyo(new Date(env.now)));
    expect(all).toContain(REPORT.sections.overview);
    expect(all).toContain(REPORT.sections.appendix);
    expect(all).not.toContain(REPORT.sections.pillars);
    expect(all.indexOf(REPORT.sections.overview)).toBeLessThan(all.indexOf('詳細は別表のとおり'));
    expect(all.indexOf('詳細は別表のとおり')).toBeLessThan(all.indexOf(REPORT.sections.appendix));
    expect(all.join('\n')).not.toMatch(/\{\{/);
    expect(bodyView(env.documents.dump(template))[1]).toMatchObject({ text: '{{city}} {{plan_name}}' });
  });

  it('copies a template page break (inside its paragraph) and fills placeholders in every paragraph of a cell', () => {
    const env = scenario();
    const cell = cellState('{{city}}');
    cell.children.push(paragraphState('PARAGRAPH', '第二段落 {{round}}\n続き'));
    const template = addTemplate(env, [
      paragraph('{{title}}', 'TITLE'),
      { type: 'PARAGRAPH', heading: 'NORMAL', attributes: {}, children: [{ type: 'PAGE_BREAK' }] },
      { type: 'TABLE', rows: [[cell]], attributes: {} },
      paragraph('{{section:overview}}'),
    ]);
    const result = ok<ReportResult>(runReport(env, { roundId: 'R4-H2', templateDocId: template }));
    const doc = env.documents.dump(result.documentId);
    expect(inlineElements(doc).filter((e) => e.type === 'PAGE_BREAK')).toHaveLength(1);
    const copied = bodyView(doc).find((e) => e.type === 'TABLE') as Extract<ElementView, { type: 'TABLE' }>;
    expect(copied.rows[0]?.[0]?.text).toBe('行田市\n第二段落 令和4年度 下半期\r続き');
  });

  it('keeps user text verbatim: placeholders, `$` replacement syntax and regex characters are never filled', () => {
    const env = scenario();
    const hostile = '{{city}} $1 $& $$ .*(\\';
    // A user types the title in the register and the 課題 in a progress report.
    const rows = env.spreadsheet.values(SHEETS.register);
    const titleColumn = (rows[0] ?? []).indexOf('取組項目') + 1;
    const row = rows.findIndex((r) => r[0] === '1-1-02') + 1;
    env.spreadsheet.edit(SHEETS.register, row, titleColumn, [[`窓口 ${hostile}`]]);
    // The plan office adopts the typed title (a hand edit is reported only once adopted).
    ok(env.scriptRun('adoptHandEdits', [null]));
    report(env, '1-1-02', {
      roundId: 'R4-H2',
      progress: 40,
      grade: 'C',
      issues: `課題 ${hostile}`,
      nextSteps: '周知を強化する',
    });
    const template = addTemplate(env, [
      paragraph('{{city}}（{{meeting_name}}）', 'TITLE'),
      paragraph('{{sections}}'),
    ]);
    const meetingName = '会議 $1 $& $$ {{city}}';
    const result = ok<ReportResult>(
      runReport(env, { roundId: 'R4-H2', templateDocId: template, meetingName }),
    );
    const doc = env.documents.dump(result.documentId);
    const late = tableAfter(doc, REPORT.sections.late).find((r) => r[0] === '1-1-02');
    expect(late?.[1]).toBe(`窓口 ${hostile}`);
    expect(late?.[4]).toBe(`課題 ${hostile}`);
    expect(tableAfter(doc, REPORT.sections.appendix).find((r) => r[0] === '1-1-02')?.[1]).toBe(
      `窓口 ${hostile}`,
    );
    // A template value is inserted as it is, and what it contains is not filled in turn.
    expect(texts(doc)).toContain(`行田市（${meetingName}）`);
  });

  it('refuses an unknown placeholder and a missing template before anything is created', () => {
    const env = scenario();
    const template = addTemplate(env, [
      paragraph('{{plan_name}} {{mayor_name}}'),
      paragraph('{{section:budget}}'),
    ]);
    const before = env.documents.list().length;
    const logBefore = env.spreadsheet.values(SHEETS.reportLog);
    const unknown = runReport(env, { templateDocId: template });
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'template', message: REPORT.unknownPlaceholder(['mayor_name', 'section:budget']) },
    });
    const missing = runReport(env, { templateDocId: 'no-such-document' });
    expect(missing).toEqual({ ok: false, error: { code: 'template', message: REPORT.templateMissing } });
    expect(env.documents.list()).toHaveLength(before);
    expect(env.spreadsheet.values(SHEETS.reportLog)).toEqual(logBefore);
  });
});

describe('会議報告書: log and failures', () => {
  const logRows = (env: Environment) => env.spreadsheet.values(SHEETS.reportLog).slice(1);

  it('logs every report and marks the older report of the same round as superseded', () => {
    const env = scenario();
    const first = generate(env).result;
    const other = generate(env, 'R4-H1').result;
    const second = generate(env).result;
    expect(first.supersededCount).toBe(0);
    expect(second.supersededCount).toBe(1);
    expect(logRows(env).map((r) => [r[1], r[2], r[3], r[4], r[5]])).toEqual([
      ['R4-H2', first.title, first.url, 'gyokaku@city.gyoda.example.jp', '差し替え済み'],
      ['R4-H1', other.title, other.url, 'gyokaku@city.gyoda.example.jp', '作成済み'],
      ['R4-H2', second.title, second.url, 'gyokaku@city.gyoda.example.jp', '作成済み'],
    ]);
    expect(logRows(env)[0]?.[0]).toBeInstanceOf(Date);
    expect(instantText(logRows(env)[0]?.[0] as Date)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/);
  });

  it('tells the user when the document cannot be created, and logs nothing', () => {
    const env = scenario();
    env.services.documents.failNextCreate = 'Service invoked too many times for one day: docs create.';
    const result = runReport(env);
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: REPORT.createFailed } });
    expect(env.documents.list()).toHaveLength(0);
    expect(logRows(env)).toEqual([]);
  });

  it.each(['Docs.Documents.get', 'Docs.Documents.batchUpdate'])(
    'renames a saved document whose styling fails at %s as 作成失敗, and logs nothing',
    (failing) => {
      const env = scenario();
      env.calls.onCall = (key) => {
        if (key === failing)
          throw new Error('API call to docs.documents failed with error: Internal error encountered.');
      };
      const result = runReport(env, { roundId: 'R4-H2' });
      env.calls.onCall = null;
      const [doc] = env.documents.list();
      expect(doc?.name).toBe(`【作成失敗】資料1 行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告`);
      expect(result).toEqual({
        ok: false,
        error: { code: 'failed', message: REPORT.buildFailed(doc?.name ?? '') },
      });
      expect(logRows(env)).toEqual([]);
      // Its content was saved before the styles were asked for; the styles never arrived.
      const saved = env.documents.dump(doc?.id ?? '');
      expect(texts(saved)).toContain(REPORT.sections.overview);
      expect(JSON.stringify(saved)).not.toContain('#d9d9d9');
    },
  );

  it('renames a document that failed half-way as 作成失敗 and logs nothing', () => {
    const env = scenario();
    env.calls.onCall = (key) => {
      if (key === 'Body.appendTable') throw new Error('Service unavailable: Documents');
    };
    const result = runReport(env, { roundId: 'R4-H2' });
    env.calls.onCall = null;
    const [doc] = env.documents.list();
    expect(doc?.name).toBe(`【作成失敗】資料1 行財政集中改革プラン2022 令和4年度 下半期 進捗状況報告`);
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: REPORT.buildFailed(doc?.name ?? '') },
    });
    expect(logRows(env)).toEqual([]);
  });

  it('makes the same number of DocumentApp calls for 20 and 1,000 items', () => {
    const measure = (items: number) => {
      const env = setUpEnvironment();
      growRegister(env, items);
      env.calls.reset();
      ok(runReport(env));
      return documentAppCalls(env.calls.snapshot().byMethod);
    };
    const small = measure(20);
    expect(small).toBeGreaterThan(0);
    expect(measure(1000)).toBe(small);
  });

  it('makes at most 80 DocumentApp calls and styles in one documents.get and one batchUpdate, at 20 and 1,000 items', () => {
    for (const items of [20, 1000]) {
      const env = setUpEnvironment();
      growRegister(env, items);
      env.calls.reset();
      ok(runReport(env));
      const byMethod = env.calls.snapshot().byMethod;
      expect({ items, documentApp: documentAppCalls(byMethod) <= 80 }).toEqual({ items, documentApp: true });
      expect({
        items,
        get: byMethod['Docs.Documents.get'],
        batchUpdate: byMethod['Docs.Documents.batchUpdate'],
      }).toEqual({ items, get: 1, batchUpdate: 1 });
      expect(docsApiCalls(byMethod)).toBe(2);
    }
  });
});

it('refuses malformed requests in Japanese, creating and logging nothing', () => {
  const env = setUpEnvironment();
  const bad: Record<string, unknown>[] = [
    { roundId: null },
    { roundId: 'R4-H1; DROP' },
    { roundId: 'x'.repeat(100_000) },
    { meetingName: '' },
    { meetingName: '会議\u0000' },
    { meetingDate: '2026-02-30' },
    { meetingDate: 20261201 },
    { documentNo: 'x'.repeat(51) },
    { templateDocId: '<img src=x onerror=alert(1)>' },
    { templateDocId: 'x'.repeat(101) },
  ];
  const logBefore = env.spreadsheet.values(SHEETS.reportLog);
  for (const patch of bad) {
    const result = env.scriptRun('generateReport', [
      { ...reportRequest(), ...patch },
    ]) as ApiResult<ReportResult>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
  expect(env.scriptRun('generateReport', [null])).toMatchObject({ ok: false, error: { code: 'invalid' } });
  expect(env.documents.list()).toEqual([]);
  expect(env.spreadsheet.values(SHEETS.reportLog)).toEqual(logBefore);
});

it('accepts only a well-formed request', () => {
  const env = setUpEnvironment();
  const bad = env.scriptRun('generateReport', [{ ...reportRequest(), meetingDate: '令和8年12月1日' }]);
  expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ path: 'meetingDate' }] } });
  expect(runReport(env, { roundId: 'R9-H9' })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  expect(env.documents.list()).toHaveLength(0);
});

it('offers 会議報告書の作成 in the menu, which opens the 報告書 sidebar', () => {
  const env = setUpEnvironment();
  env.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
  const item = env.services.ui.addonMenu.find((i) => i.caption === '会議報告書の作成');
  expect(item?.functionName).toBe('showReportSidebar');
  env.run(item?.functionName ?? '', []);
  const sidebar = env.services.ui.sidebars.at(-1);
  expect(sidebar).toMatchObject({ title: '会議報告書の作成', file: 'report' });
});
