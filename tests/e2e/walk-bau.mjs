// The BAU walk: the demo's BAU in the window; a growth rate is typed with the keyboard and the
// 2030 value and the GDP chart follow before anything is saved; a bad value is named in its
// cell; the rows are saved with Ctrl+S; the bilingual report is exported and read back; the
// stage in Chinese. Runs after the other feature walks, on the same database.

import { execFileSync } from 'node:child_process';
import { tools } from './walk-tools.mjs';

const CTRL = '\uE009';
const RELEASE = '\uE000';

export async function walk({ session, step, screenshot, assert, sleep }) {
  const { lang, waitFor, click, text, toasts } = tools(session, sleep);
  const chart = (key) => session.script(`return document.querySelector('[data-testid="bau-chart-${key}"] svg')?.outerHTML ?? '';`);
  // The grid row (1-based) of the demo's GDP growth path that ends in 2030.
  const gdpRow = () => session.script(
    `const rows = [...document.querySelectorAll('[data-testid="bau-grid"] tbody tr')];
     const i = rows.findIndex((r) => r.querySelector('[data-column="variable"]').value === 'gdp'
       && r.querySelector('[data-column="kind"]').value === 'growth'
       && r.querySelector('[data-column="year"]').value === '2030');
     return i + 1;`,
  );

  await step('bau: the demo BAU shows its rows, charts, milestones and goals', async () => {
    await click('nav-bau');
    await session.find('bau-grid', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    await session.find('bau-chart-gdp');
    await session.find('bau-chart-energy_intensity');
    await waitFor(() => text('bau-goals'), (t) => /APEC 2035: −45 % from 2005/.test(t ?? ''), 'the goals are not in English');
    screenshot('60-bau-en');
  });

  let before;
  let after;
  await step('bau: a growth rate typed with the keyboard changes the 2030 GDP and its chart', async () => {
    const row = await gdpRow();
    assert.ok(row > 0, 'the demo has no GDP growth row ending in 2030');
    before = await text('bau-milestone-gdp-2030');
    const chartBefore = await chart('gdp');
    const cell = await session.find(`bau-row-${row}-value`);
    await session.script(`document.querySelector('[data-testid="bau-row-${row}-value"]').scrollIntoView({ block: 'center' });`);
    await cell.click();
    await cell.clear();
    await cell.type('8');
    after = await waitFor(() => text('bau-milestone-gdp-2030'), (t) => t !== before && t !== null, 'the 2030 GDP did not change');
    assert.ok(Number(after.replace(/,/g, '')) > Number(before.replace(/,/g, '')), `${before} → ${after}`);
    // A chart out of view is swapped in a frame after the ones in view.
    await waitFor(() => chart('gdp'), (c) => c !== chartBefore, 'the GDP chart was not redrawn');
    await session.find('bau-unsaved');
    const [ms, backend] = await session.script(`const d = document.querySelector('.bau-output')?.dataset ?? {}; return [d.previewMs ?? null, d.backendMs ?? null];`);
    console.log(`bau: keystroke to redrawn outlook ${ms} ms, of which the backend's answer ${backend} ms (2030 GDP ${before} → ${after})`);
    screenshot('61-bau-typed-en');
  });

  await step('bau: keystroke to chart, measured over 20 keystrokes', async () => {
    const row = await gdpRow();
    const cell = await session.find(`bau-row-${row}-value`);
    const output = () => session.script(`const d = document.querySelector('.bau-output')?.dataset ?? {};
      return [Number(d.previewTicket ?? 0), Number(d.previewMs ?? NaN), Number(d.backendMs ?? NaN)];`);
    const times = [];
    const backend = [];
    for (let i = 0; i < 20; i++) {
      const [ticket] = await output();
      // A digit replaces the last one: each keystroke asks for one outlook.
      await cell.type('\uE003');
      await cell.type(String((i % 5) + 3));
      const [, ms, answer] = await waitFor(output, ([t]) => t >= ticket + 2, 'a keystroke was not drawn');
      times.push(ms);
      backend.push(answer);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    assert.ok(times.every(Number.isFinite), `${times}`);
    // What the window's part is made of: the bridge's round trip for a command that does
    // nothing, and parsing the SVG of every chart shown.
    const [bridge, parse, bytes] = await session.script(`return (async () => {
      const invoke = window.__TAURI_INTERNALS__?.invoke;
      const trips = [];
      for (let i = 0; invoke !== undefined && i < 20; i++) {
        const t = performance.now();
        await invoke('app_info');
        trips.push(performance.now() - t);
      }
      trips.sort((a, b) => a - b);
      const svgs = [...document.querySelectorAll('.bau-chart svg')].map((s) => s.outerHTML);
      const t = performance.now();
      for (const svg of svgs) new DOMParser().parseFromString(svg, 'image/svg+xml');
      return [trips[10] ?? null, performance.now() - t, svgs.join('').length];
    })();`);
    console.log(`bau: keystroke to chart over 20 keystrokes: median ${median(times)} ms, max ${Math.max(...times)} ms; backend's answer median ${median(backend)} ms; an empty command's round trip ${bridge?.toFixed(1)} ms; parsing the ${bytes} characters of SVG ${parse.toFixed(1)} ms`);
    await cell.type('\uE003');
    await cell.type('8');
    await waitFor(() => text('bau-milestone-gdp-2030'), (t) => t === after, 'the 2030 GDP did not come back');
  });

  await step('bau: a value that is not a number is named in its cell, then fixed', async () => {
    const row = await gdpRow();
    const cell = await session.find(`bau-row-${row}-value`);
    await cell.clear();
    await cell.type('8x');
    await waitFor(
      () => session.script(`return document.querySelector('[data-testid="bau-row-${row}-value"]').getAttribute('aria-invalid');`),
      (v) => v === 'true', 'the bad cell was not marked');
    assert.match(await text('bau-problems'), /"8x" is not a number/);
    screenshot('62-bau-problem-en');
    await cell.clear();
    await cell.type('8');
    await waitFor(() => text('bau-problems'), (t) => t === null, 'the problem did not clear');
  });

  await step('bau: Ctrl+S saves the rows', async () => {
    const row = await gdpRow();
    const cell = await session.find(`bau-row-${row}-value`);
    await cell.type(`${CTRL}s${RELEASE}`);
    await waitFor(toasts, (t) => t.includes('BAU saved'), 'no toast about saving');
    await waitFor(() => text('bau-unsaved'), (t) => t === null, 'still unsaved after saving');
  });

  await step('bau: the bilingual report is exported and reads back', async () => {
    await session.script(
      `const el = document.querySelector('[data-testid="bau-export-language"]'); el.value = 'bilingual';
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    await click('bau-export');
    const toast = await waitFor(toasts, (t) => /Report saved: /.test(t), 'no toast about the export', 60000);
    const path = /Report saved: (\S+\.pdf)/.exec(toast)?.[1];
    assert.ok(path, toast);
    const pdf = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
    assert.ok(pdf.includes('基准情景') && pdf.includes('Business-as-usualscenario'), 'the report is not bilingual');
    assert.ok(pdf.includes('APEC2035'), 'the report lacks the APEC goal');
  });

  await step('bau: the stage in Chinese', async () => {
    await click('lang-toggle');
    await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
    await waitFor(() => chart('gdp'), (svg) => svg.includes('地区生产总值'), 'the GDP chart is not in Chinese');
    await session.waitForText('bau-goals', (t) => t.includes('比 2005 年下降 45%'));
    screenshot('63-bau-zh');
  });

  await step('bau: the low-carbon scenario is adopted by a decided question and frozen', async () => {
    await session.script(
      `const el = document.querySelector('[data-testid="bau-scenario"]');
       el.value = [...el.options].find((o) => o.value.startsWith('Low carbon')).value;
       el.dispatchEvent(new Event('change', { bubbles: true }));`,
    );
    await waitFor(() => session.script(`return document.querySelector('[data-testid="bau-scenario"]').value;`), (v) => v.startsWith('Low carbon'), 'the low-carbon scenario did not open');
    await click('bau-adopt');
    await session.find('confirm-bau-adopt');
    screenshot('64-bau-adopt-zh');
    await click('confirm-bau-adopt-confirm');
    await session.find('bau-frozen');
    const disabled = await session.script(`return document.querySelector('[data-testid="bau-row-1-value"]').disabled;`);
    assert.equal(disabled, true, 'an adopted scenario can still be edited');
  });
}
