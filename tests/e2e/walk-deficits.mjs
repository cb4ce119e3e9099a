// The Deficits walk: the demo's values against their benchmarks; a value typed with the keyboard
// and saved with Enter; a GB18030 file with one bad row refused whole (the row's problem shown,
// nothing imported), then the fixed file imported; PM2.5's benchmark replaced from the form (a
// bad field refused, the flag following at once) and put back; three scorecard questions scored
// with the keys and a click, one with its evidence, beside the comparison with last year's
// workshop; a new dot vote with two people's dots; a ranking vote ordered with the keys and
// counted by Borda, each triple-helix group's ranks beside the room's; the report exported and
// read back; each tab photographed in English and Chinese. Runs before the BAU walk.

import { tools } from './walk-tools.mjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TAB = '\uE004';
const ENTER = '\uE007';
const DOWN = '\uE015';
const ALT = '\uE00A';
const NULL = '\uE000';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const { lang, waitFor, click, text, toasts } = tools(session, sleep);
  const pressed = (testId) => session.script(`return document.querySelector('[data-testid="${testId}"]')?.getAttribute('aria-pressed') ?? null;`);
  const top = () => session.script("document.querySelector('#main')?.scrollTo(0, 0); window.scrollTo(0, 0);");
  // Nothing wider than the window: the page never scrolls sideways.
  const noOverflow = async (what) => {
    const wide = await session.script(
      `const main = document.querySelector('#main');
       return main === null ? 0 : main.scrollWidth - main.clientWidth;`,
    );
    assert.ok(wide <= 1, `${what}: the page is ${wide} px wider than the window`);
  };

  const dir = mkdtempSync(join(tmpdir(), 'concord-e2e-values-'));
  const gb18030 = (name, body) => {
    const path = join(dir, name);
    writeFileSync(path, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: body }));
    return path;
  };
  // The person picks the file: WebDriver hands the path to the file field; if this driver
  // cannot, the same bytes are given to the field as a chosen file would be.
  const choose = async (path) => {
    await session.script(`document.querySelector('[data-testid="deficits-import-preview"]')?.remove();`);
    const input = await session.find('deficits-import-file');
    try {
      await input.type(path);
      await session.find('deficits-import-preview', 5000);
      return;
    } catch {
      // Fall through.
    }
    const bytes = [...readFileSync(path)];
    await session.script(
      `const input = document.querySelector('[data-testid="deficits-import-file"]');
       const transfer = new DataTransfer();
       transfer.items.add(new File([Uint8Array.from(arguments[0])], arguments[1], { type: 'text/csv' }));
       input.files = transfer.files;
       input.dispatchEvent(new Event('change', { bubbles: true }));`,
      [bytes, path.split('/').pop()],
    );
    await session.find('deficits-import-preview', 10000);
  };
  // A key pressed on the focused question row.
  const key = async (testId, keys) => {
    const row = await session.find(testId);
    await session.script(`document.querySelector('[data-testid="${testId}"]').focus();`);
    try {
      await row.type(keys);
    } catch {
      // A driver that types only into fields: the same key, dispatched where the focus is.
      const alt = keys.startsWith(ALT);
      const bare = keys.replace(ALT, '').replace(NULL, '');
      const name = { [DOWN]: 'ArrowDown', [ENTER]: 'Enter' }[bare] ?? bare;
      await session.script(
        `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], altKey: arguments[1], bubbles: true }));`,
        [name, alt],
      );
    }
  };

  try {
    await step('deficits: the demo values against their benchmarks, flags in words', async () => {
      await click('nav-deficits');
      await session.find('deficits-values', 30000);
      if ((await lang()) !== 'en') {
        await click('lang-toggle');
        await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
      }
      await waitFor(() => text('deficits-flag-11.6.2'), (t) => t === '✗ Deficit', 'PM2.5 is not flagged in words');
      assert.equal(await text('deficits-flag-7.1.1'), '✓ Met');
      await top();
      await noOverflow('values in English');
      screenshot('50-deficits-values-en');
    });

    await step('deficits: a value typed with Tab and saved with Enter', async () => {
      const code = await session.find('deficits-entry-code');
      await click('deficits-entry-code');
      await code.type(`11.6.2${TAB}`);
      const focused = await session.script('return document.activeElement?.dataset.testid ?? null;');
      assert.equal(focused, 'deficits-entry-year', 'Tab did not go to the year');
      await (await session.find('deficits-entry-year')).type('2024');
      await (await session.find('deficits-entry-value')).type(`abc${ENTER}`);
      await waitFor(() => text('deficits-entry-value-problem'), (t) => /"abc" is not a number/.test(t ?? ''), 'the bad value is not named');
      screenshot('51-deficits-entry-problem-en');
      const value = await session.find('deficits-entry-value');
      await value.clear();
      await value.type(`35${ENTER}`);
      await waitFor(() => text('deficits-latest-11.6.2'), (t) => /^35 µg\/m³/.test(t ?? ''), 'the typed value is not the latest');
      await waitFor(toasts, (t) => t.includes('Saved 11.6.2 for 2024'), 'no toast about the saved value');
    });

    await step('deficits: a GB18030 file with one bad row is refused whole', async () => {
      const before = await text('deficits-latest-7.2.1');
      const bad = gb18030('values-bad.csv', '指标代码,年份,数值,单位,来源,备注\n11.6.2,2025,33,,市生态环境局 示例,\n7.2.1,二〇二五,14,,市统计局 示例,\n');
      await choose(bad);
      await waitFor(() => text('deficits-problem-3'), (t) => /年份/.test(t ?? '') && /二〇二五/.test(t ?? ''), 'row 3 is not named with its column and value');
      const disabled = await session.script(`return document.querySelector('[data-testid="deficits-import-go"]').disabled;`);
      assert.equal(disabled, true, 'Import is enabled with a problem');
      assert.equal(await text('deficits-latest-7.2.1'), before, 'something was imported');
      assert.match(await text('deficits-latest-11.6.2'), /^35 /, 'the good row was imported alone');
      await session.script(`document.querySelector('[data-testid="deficits-import-preview"]').scrollIntoView({ block: 'center' });`);
      await noOverflow('import problems in English');
      screenshot('52-deficits-import-problem-en');
    });

    await step('deficits: the fixed file is imported', async () => {
      const fixed = gb18030('values-fixed.csv', '指标代码,年份,数值,单位,来源,备注\n11.6.2,2025,33,,市生态环境局 示例,\n7.2.1,2025,14,,市统计局 示例,\n');
      await choose(fixed);
      await session.find('deficits-import-ready');
      await click('deficits-import-go');
      await waitFor(toasts, (t) => t.includes('2 values imported from values-fixed.csv'), 'no toast about the import');
      await waitFor(() => text('deficits-latest-11.6.2'), (t) => /^33 /.test(t ?? ''), 'the imported value is not the latest');
      assert.match(await text('deficits-latest-7.2.1'), /^14 /);
    });

    await step('deficits: a benchmark replaced from the form, the flag following at once, and put back', async () => {
      await click('deficits-edit-benchmark-11.6.2');
      await waitFor(() => session.script(`return document.activeElement?.dataset.testid ?? null;`), (f) => f === 'deficits-benchmark-value', 'the pencil did not open the benchmark at its value');
      assert.equal(await session.script(`return document.querySelector('[data-testid="deficits-benchmark-kind"]').value;`), 'who-guideline');
      const value = await session.find('deficits-benchmark-value');
      await value.clear();
      await value.type('35');
      const year = await session.find('deficits-benchmark-year');
      await year.clear();
      await year.type(`1800${ENTER}`);
      await waitFor(() => text('deficits-benchmark-year-problem'), (t) => /1800/.test(t ?? ''), 'the bad year is not named');
      assert.equal(await text('deficits-flag-11.6.2'), '✗ Deficit', 'a refused benchmark changed the flag');
      // The form was drawn again with the problem: its fields are found anew.
      await setValue('deficits-benchmark-kind', 'national-target', 'change');
      const fixed = await session.find('deficits-benchmark-year');
      await fixed.clear();
      await fixed.type(`2030${ENTER}`);
      await waitFor(() => text('deficits-flag-11.6.2'), (t) => t === '✓ Met', 'the flag did not follow the new benchmark');
      assert.match(await text('deficits-benchmark-of-11.6.2'), /35 µg\/m³ · national target 2030/);
      await session.script(`document.querySelector('[data-testid="deficits-benchmark-form"]').scrollIntoView({ block: 'center' });`);
      await noOverflow('benchmark form in English');
      screenshot('52b-deficits-benchmark-en');
      // Back to the WHO guideline, as the rest of the walk expects.
      await click('deficits-edit-benchmark-11.6.2');
      const again = await session.find('deficits-benchmark-value');
      await again.clear();
      await again.type('5');
      await setValue('deficits-benchmark-kind', 'who-guideline', 'change');
      const y = await session.find('deficits-benchmark-year');
      await y.clear();
      await y.type(`2021${ENTER}`);
      await waitFor(() => text('deficits-flag-11.6.2'), (t) => t === '✗ Deficit', 'the WHO guideline is not back');
    });

    await step('deficits: three scorecard questions scored with the keys and a click', async () => {
      await click('deficits-tab-scorecard');
      await session.find('deficits-question-P1.1');
      await key('deficits-question-P1.1', '1');
      await waitFor(() => pressed('deficits-score-P1.1-1'), (p) => p === 'true', 'the key 1 did not score P1.1');
      await key('deficits-question-P1.1', DOWN);
      const focused = await session.script('return document.activeElement?.dataset.question ?? null;');
      assert.equal(focused, 'P1.2', 'the down arrow did not move to P1.2');
      await key('deficits-question-P1.2', '3');
      await waitFor(() => pressed('deficits-score-P1.2-3'), (p) => p === 'true', 'the key 3 did not score P1.2');
      await click('deficits-score-P1.3-0');
      await waitFor(() => pressed('deficits-score-P1.3-0'), (p) => p === 'true', 'the click did not score P1.3');
      const comment = await session.find('deficits-comment-P1.3');
      await comment.type(`No lead agency yet${ENTER}`);
      await waitFor(() => session.script(`return document.querySelector('[data-testid="deficits-comment-P1.3"]').value;`), (v) => v === 'No lead agency yet', 'the comment was not kept');
      const evidence = await session.find('deficits-evidence-P1.3');
      await evidence.type(`Mayor's decree 2024-17${ENTER}`);
      await waitFor(() => session.script(`return document.querySelector('[data-testid="deficits-evidence-P1.3"]').value;`), (v) => v === "Mayor's decree 2024-17", 'the evidence was not kept');
      assert.match(await text('deficits-score-total'), /47 questions scored of 47/);
      // Last year's workshop beside this one: per essential, both totals and the change.
      await session.find('deficits-compare');
      assert.match(await text('deficits-compare-total'), /[+−]\d+ [▲▼]|0 =/);
      assert.match(await text('deficits-radar-key'), /Solid line: .*dashed line: /);
      const outlines = await session.script(`return document.querySelectorAll('[data-testid="deficits-radar"] svg [stroke-dasharray]').length;`);
      assert.ok(outlines > 0, 'the earlier outline is not dashed');
      await top();
      await noOverflow('scorecard in English');
      screenshot('53-deficits-scorecard-en');
    });

    await step('deficits: a new dot vote with the dots of two people', async () => {
      await click('deficits-tab-ranking');
      await click('deficits-open-vote');
      await session.find('deficits-ballot');
      const codes = await session.script(
        `return [...document.querySelectorAll('[data-testid^="deficits-dots-"][type="number"]')].map((i) => i.dataset.testid.slice('deficits-dots-'.length));`,
      );
      assert.ok(codes.includes('11.6.2') && codes.includes('P1.3'), `the vote lacks a flagged deficit: ${codes}`);
      const dots = async (code, n) => {
        const input = await session.find(`deficits-dots-${code}`);
        await input.clear();
        await input.type(String(n));
      };
      await dots('11.6.2', 5);
      await dots('P1.3', 3);
      await waitFor(() => text('deficits-dots-left'), (t) => /All 8 dots placed/.test(t ?? ''), 'the dots left are not counted');
      await click('deficits-dots-save');
      await waitFor(() => text('deficits-voted'), (t) => /One person has voted/.test(t ?? ''), 'the first ballot was not recorded');
      const second = await session.script(
        `const el = document.querySelector('[data-testid="deficits-voter"]'); return el.options[1].value;`,
      );
      await setValue('deficits-voter', second, 'change');
      await waitFor(() => session.script(`return document.querySelector('[data-testid="deficits-dots-11.6.2"]').value;`), (v) => v === '0', 'the second voter does not start empty');
      await dots('P1.3', 6);
      await (await session.find('deficits-dots-P1.3')).type(ENTER);
      await waitFor(() => text('deficits-voted'), (t) => /2 people have voted/.test(t ?? ''), 'the second ballot was not recorded');
      await waitFor(() => text('deficits-result-P1.3'), (t) => /9 points/.test(t ?? ''), 'P1.3 does not lead with 9 points');
      assert.match(await text('deficits-result-11.6.2'), /5 points/);
      // Each group's ranks beside the room's: the triple-helix groups, then the sectors.
      await session.find('deficits-by-helix');
      await click('deficits-groups-sector');
      await session.find('deficits-by-sector');
      await click('deficits-groups-helix');
      await click('deficits-close-vote');
      await session.find('deficits-open-vote');
      await top();
      await noOverflow('ranking in English');
      screenshot('54-deficits-ranking-en');
    });

    await step('deficits: a ranking vote ordered with the keys, counted by Borda, by group beside the room', async () => {
      await setValue('deficits-new-method', 'borda', 'change');
      await waitFor(() => session.script(`return document.querySelector('[data-testid="deficits-new-dots"]') === null;`), (gone) => gone, 'the dots field stays for a ranking vote');
      await click('deficits-open-vote');
      await session.find('deficits-order');
      const order = () => session.script(`return [...document.querySelectorAll('[data-order-code]')].map((e) => e.dataset.orderCode);`);
      const [first, second] = await order();
      assert.ok(first && second, 'fewer than two deficits to order');
      // Alt+↓ on the first moves it to second place; the focus stays on it; Enter saves.
      await key(`deficits-order-${first}`, `${ALT}${DOWN}${NULL}`);
      await waitFor(order, (o) => o[0] === second && o[1] === first, 'Alt+↓ did not move the first deficit down');
      const focused = await session.script('return document.activeElement?.dataset.orderCode ?? null;');
      assert.equal(focused, first, 'the focus did not follow the moved deficit');
      await key(`deficits-order-${first}`, ENTER);
      await waitFor(() => text('deficits-voted'), (t) => /One person has voted/.test(t ?? ''), 'the order was not recorded');
      const n = (await order()).length;
      await waitFor(() => text(`deficits-result-${second}`), (t) => new RegExp(`${n} points`).test(t ?? ''), `the first place did not get ${n} points`);
      // A person of another triple-helix group keeps the list's order.
      const other = await session.script(
        `const el = document.querySelector('[data-testid="deficits-voter"]');
         const first = el.options[el.selectedIndex].text.split(' · ')[1];
         return [...el.options].find((o) => o.text.split(' · ')[1] !== first)?.value ?? el.options[1].value;`,
      );
      await setValue('deficits-voter', other, 'change');
      await waitFor(() => session.find('deficits-order-unsaved').then(() => true, () => false), (v) => v, 'the second voter does not start from the list');
      await click('deficits-order-save');
      await waitFor(() => text('deficits-voted'), (t) => /2 people have voted/.test(t ?? ''), 'the second order was not recorded');
      await session.find('deficits-by-helix');
      const columns = await session.script(`return document.querySelectorAll('[data-testid="deficits-by-helix"] thead th').length;`);
      assert.ok(columns >= 3, `the groups are not beside the room: ${columns} columns`);
      await click('deficits-groups-sector');
      await session.find('deficits-by-sector');
      await session.script(`document.querySelector('[data-testid="deficits-by-sector"]').scrollIntoView({ block: 'start' });`);
      await noOverflow('sectors beside the room in English');
      screenshot('54c-deficits-by-sector-en');
      await click('deficits-groups-helix');
      await top();
      await noOverflow('ranking vote in English');
      screenshot('54b-deficits-borda-en');
      await click('deficits-close-vote');
      await session.find('deficits-open-vote');
    });

    await step('deficits: the bilingual report is exported and reads back', async () => {
      await session.script(
        `const el = document.querySelector('[data-testid="deficits-export-language"]'); el.value = 'bilingual';
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
      );
      await click('deficits-export');
      const toast = await waitFor(toasts, (t) => /Deficits report saved to /.test(t), 'no toast about the export', 60000);
      const path = /saved to (\S+\.pdf)/.exec(toast)?.[1];
      assert.ok(path, toast);
      const pdf = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
      assert.ok(pdf.includes('Deficitsreport'), 'the report has no English title');
      assert.ok(pdf.includes('11.6.2') && pdf.includes('P1.3'), 'the report lacks the imported value or the voted question');
      assert.ok(/2025/.test(pdf), 'the report does not show the imported year');
    });

    await step('deficits: the stage in Chinese', async () => {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
      await waitFor(() => text('deficits-tab-values'), (t) => t === '数值', 'the tabs are not in Chinese');
      await click('deficits-tab-values');
      await waitFor(() => text('deficits-flag-11.6.2'), (t) => t === '✗ 存在差距', 'the flag is not in Chinese');
      await waitFor(() => text('deficits-row-11.6.2'), (t) => /细颗粒物/.test(t ?? ''), 'the names are not in Chinese');
      await top();
      await noOverflow('values in Chinese');
      screenshot('55-deficits-values-zh');
      await session.script(`document.querySelector('[data-testid="deficits-benchmark-form"]').scrollIntoView({ block: 'center' });`);
      await noOverflow('benchmark form in Chinese');
      screenshot('55b-deficits-benchmark-zh');
      await click('deficits-tab-scorecard');
      await session.find('deficits-question-P1.1');
      await waitFor(() => text('deficits-compare-total'), (t) => /合计/.test(t ?? ''), 'the comparison is not in Chinese');
      await top();
      await noOverflow('scorecard in Chinese');
      screenshot('56-deficits-scorecard-zh');
      await click('deficits-tab-ranking');
      await session.find('deficits-result');
      await top();
      await noOverflow('ranking in Chinese');
      screenshot('57-deficits-ranking-zh');
      await session.script(`document.querySelector('[data-testid="deficits-by-helix"]').scrollIntoView({ block: 'start' });`);
      await noOverflow('groups beside the room in Chinese');
      screenshot('57b-deficits-by-helix-zh');
      // Back to English for the walks that follow.
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch back to English');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
