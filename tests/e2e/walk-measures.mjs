// The Measures walk: the demo's Local Action Plan by key project, a measure added from the form
// serving PM2.5 (11.6.2) with its expected effect, a progress update dated before the measure
// starts refused at the date field with nothing changed, a proper update that shows in the
// list and keeps the measure from being deleted; the measures exported, a copy with a bad status
// refused whole with the row and column named, the status updated in a spreadsheet imported
// back; the stage and its form in Chinese with no button cut off. Runs on the demo database.

import { readFileSync } from 'node:fs';
import { tools } from './walk-tools.mjs';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const { lang, waitFor, click, text, toasts } = tools(session, sleep);
  const visible = (testId) => session.script(
    `const el = document.querySelector('[data-testid="${testId}"]'); return el !== null && !el.hidden && el.offsetParent !== null;`,
  );
  // Tables wider than the page's column (their last columns would be out of sight).
  const overflowing = () => session.script(
    `return [...document.querySelectorAll('.measures-scroll')].filter((s) => s.scrollWidth > s.clientWidth + 1).length;`,
  );
  // Buttons and labels whose text does not fit their box.
  const clipped = () => session.script(
    `return [...document.querySelectorAll('[data-testid="stage-measures"] button, [data-testid="stage-measures"] .measures-status')]
       .filter((b) => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
       .map((b) => b.textContent.trim());`,
  );

  await step('measures: the demo plan lists its measures by key project', async () => {
    await click('nav-measures');
    await session.find('stage-measures', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    await waitFor(() => text('measures-count'), (t) => (t ?? '').includes('12 of 12 measures'), 'the twelve demo measures are not listed');
    for (const project of ['KP1', 'KP2', 'KP3']) await session.find(`measures-project-${project}`);
    const statuses = await session.script(
      `return [...document.querySelectorAll('tr[data-status]')].map((r) => r.dataset.status);`,
    );
    for (const status of ['not-started', 'on-time', 'late', 'completed', 'postponed', 'cancelled']) {
      assert.ok(statuses.includes(status), `no ${status} in ${statuses}`);
    }
    assert.deepEqual(await clipped(), []);
    assert.equal(await overflowing(), 0, 'a table is wider than the page');
    screenshot('80-measures-en');
  });

  await step('measures: a measure serving PM2.5 is added from the form', async () => {
    await click('measures-add');
    await session.find('measures-form');
    assert.equal(await session.script(`return document.querySelector('[data-testid="mf-code"]').value;`), 'M-13');
    await setValue('mf-project', 'KP1', 'change');
    await setValue('mf-titleZh', '城区道路扬尘在线监测');
    await setValue('mf-titleEn', 'Online monitoring of road dust');
    await setValue('mf-status', 'on-time', 'change');
    await setValue('mf-ownerKind', 'department', 'change');
    await setValue('mf-ownerDepartment', '渭南市城市管理执法局');
    await setValue('mf-ownerDepartmentEn', 'Weinan Urban Management Bureau');
    await setValue('mf-budget', '850000');
    await setValue('mf-start', '2026-06-01');
    await setValue('mf-end', '2027-12-31');
    await click('mf-target-add');
    await setValue('mf-target-0-subject', '11.6.2', 'change');
    await setValue('mf-target-0-effect', '-0.8');
    assert.match(await session.script(`return document.querySelector('[data-testid="mf-target-0-unit"]').value;`), /µg\/m³/);
    screenshot('81-measures-form-en');
    await click('mf-save');
    await waitFor(() => text('measure-row-M-13'), (t) => (t ?? '').includes('-0.8'), 'the new measure is not listed with its effect');
    const row = await text('measure-row-M-13');
    assert.ok(row.includes('Online monitoring of road dust') && row.includes('CNY 850,000') && row.includes('on time'), row);
    // The English window names the department in English.
    assert.ok(row.includes('Weinan Urban Management Bureau'), row);
    assert.equal(await text('measures-form'), null);
    await waitFor(() => text('measures-count'), (t) => (t ?? '').includes('13 of 13'), 'the count did not grow');
  });

  await step('measures: progress dated before the start is refused at the date field', async () => {
    await click('measure-progress-M-13');
    await session.find('measures-progress');
    await setValue('mp-date', '2026-05-01');
    await setValue('mp-percent', '10');
    await click('mp-save');
    const message = await waitFor(() => text('mp-error-date'), (t) => (t ?? '').length > 0, 'no error at the date field');
    assert.match(message, /before its measure starts/);
    assert.equal(await visible('mp-error-date'), true);
    assert.equal(await session.script(`return document.querySelector('[data-testid="mp-date-day"]').getAttribute('aria-invalid');`), 'true');
    assert.match(await text('measure-latest-M-13'), /none yet/);
    screenshot('82-measures-progress-refused-en');
  });

  await step('measures: a proper update shows in the list and keeps the measure', async () => {
    await setValue('mp-date', '2026-09-01');
    await setValue('mp-percent', '10');
    await setValue('mp-note', 'Twelve monitoring stations installed');
    await click('mp-save');
    await waitFor(() => text('measure-latest-M-13'), (t) => (t ?? '').includes('10 % on 1 September 2026'), 'the update is not the latest progress');
    await waitFor(() => text('mp-history'), (t) => (t ?? '').includes('Twelve monitoring stations'), 'the history does not show the update');
    assert.match(await toasts(), /Progress recorded for M-13/);
    assert.equal(await session.script(`return document.querySelector('[data-testid="measure-delete-M-13"]').disabled;`), true);
    await click('mp-close');
    await waitFor(() => text('measures-progress'), (t) => t === null, 'the progress panel stayed open');
  });

  await step('measures: the search narrows the list', async () => {
    await setValue('measures-search', 'road dust');
    await waitFor(() => text('measures-count'), (t) => (t ?? '').startsWith('1 of 13'), 'the search did not narrow the list');
    await setValue('measures-search', '');
    await waitFor(() => text('measures-count'), (t) => (t ?? '').startsWith('13 of 13'), 'the list did not come back');
  });

  await step('measures: exported, updated in the file and imported back, a bad file refused whole', async () => {
    await click('measures-export');
    const toast = await waitFor(toasts, (t) => /Measures saved: /.test(t), 'no toast about the export', 30000);
    const path = /Measures saved: (\S+\.csv)/.exec(toast)?.[1];
    assert.ok(path, toast);
    const csv = readFileSync(path, 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith('M-13,'));
    assert.ok(line !== undefined && line.includes(',on-time,'), `M-13 is not exported: ${line}`);
    const choose = (name, body) => session.script(
      `const input = document.querySelector('[data-testid="measures-file"]');
       const transfer = new DataTransfer();
       transfer.items.add(new File([arguments[0]], arguments[1], { type: 'text/csv' }));
       input.files = transfer.files;
       input.dispatchEvent(new Event('change', { bubbles: true }));`,
      [body, name],
    );
    await choose('measures-bad.csv', csv.replace(line, line.replace(',on-time,', ',soon,')));
    const problems = await waitFor(() => text('measures-problems'), (t) => (t ?? '').includes('column status'), 'the bad status was not named');
    assert.match(problems, /Row \d+, column status: "soon" is not a status/);
    assert.match(await text('measure-row-M-13'), /on time/);
    screenshot('83-measures-import-refused-en');
    await choose('measures.csv', csv.replace(line, line.replace(',on-time,', ',late,')));
    await waitFor(() => text('measure-row-M-13'), (t) => (t ?? '').includes('late'), 'the imported status does not show');
    assert.equal(await text('measures-problems'), null);
    await waitFor(() => text('measures-count'), (t) => (t ?? '').startsWith('13 of 13'), 'the import added or lost measures');
  });

  await step('measures: the stage and its form in Chinese, no button cut off', async () => {
    await click('lang-toggle');
    await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
    await waitFor(() => text('measure-row-M-13'), (t) => (t ?? '').includes('城区道路扬尘在线监测') && (t ?? '').includes('滞后'), 'the row is not in Chinese');
    assert.match(await text('measure-latest-M-13'), /2026 年 9 月 1 日：10%/);
    assert.deepEqual(await clipped(), []);
    assert.equal(await overflowing(), 0, 'a table is wider than the page');
    screenshot('84-measures-zh');
    await click('measure-edit-M-13');
    await session.find('measures-form');
    await setValue('mf-end', '2026-01-01');
    await click('mf-save');
    const message = await waitFor(() => text('mf-error-end'), (t) => (t ?? '').length > 0, 'no error at the end field');
    assert.match(message, /结束日期/);
    assert.deepEqual(await clipped(), []);
    screenshot('85-measures-form-zh');
    await session.script(`document.querySelector('[data-testid="mf-end"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`);
    await waitFor(() => text('measures-form'), (t) => t === null, 'Esc did not close the form');
    assert.match(await text('measure-row-M-13'), /2027 年 12 月 31 日/);
  });
}
