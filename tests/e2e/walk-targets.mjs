// The Targets walk: the demo's targets with their progress (gauges and words), a targets file
// with a bad row refused whole with the row named, PM2.5 targets for 2030 and 2050 set from the
// form (a bad value refused at its field first), a target on scorecard essential 5 (a score off
// the 0–3 scale refused), the BAU and the gap and the checks beside the
// table, the proposals adopted by a decided question after a confirmation, the progress report
// exported signed by the focal point and checked with pdfsig; the stage and the form in
// Chinese with no button cut off. Runs on the demo database after the other walks; the
// Measures walk then adds a measure serving PM2.5 with a progress update.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tools } from './walk-tools.mjs';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const { lang, waitFor, click, text, toasts } = tools(session, sleep);
  const dir = mkdtempSync(join(tmpdir(), 'concord-e2e-targets-'));
  // The file field takes the bytes a chosen file would give it.
  const choose = async (name, body) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    await session.script(
      `const input = document.querySelector('[data-testid="targets-file"]');
       const transfer = new DataTransfer();
       transfer.items.add(new File([arguments[0]], arguments[1], { type: 'text/csv' }));
       input.files = transfer.files;
       input.dispatchEvent(new Event('change', { bubbles: true }));`,
      [body, name],
    );
  };
  const HEADER = 'indicator,baseline_year,baseline_value,target_year,target_value\n';
  // Buttons whose text does not fit their box.
  const clipped = () => session.script(
    `return [...document.querySelectorAll('[data-testid="stage-targets"] button')]
       .filter((b) => b.offsetParent !== null && b.scrollWidth > b.clientWidth + 1)
       .map((b) => b.textContent.trim());`,
  );

  try {
    await step('targets: the demo targets show their progress with gauges and words', async () => {
      await click('nav-targets');
      await session.find('targets-table', 30000);
      if ((await lang()) !== 'en') {
        await click('lang-toggle');
        await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
      }
      await waitFor(() => text('targets-table'), (t) => (t ?? '').includes('●●●○ On track'), 'no on-track target');
      const statuses = await session.script(
        `return [...document.querySelectorAll('[data-testid="targets-table"] tbody tr')].map((r) => r.dataset.status);`,
      );
      for (const status of ['achieved', 'on-track', 'acceleration-needed', 'limited-progress', 'deterioration', 'cannot-assess']) {
        assert.ok(statuses.includes(status), `no ${status} in ${statuses}`);
      }
      await session.find('targets-chart-11.6.2');
      screenshot('70-targets-en');
    });

    await step('targets: every stage fits a 1366-pixel screen without scrolling sideways, in both languages', async () => {
      const sideways = () => session.script(
        `const main = document.querySelector('main.content'); return main.scrollWidth - main.clientWidth;`,
      );
      for (const language of ['en', 'zh-CN']) {
        if ((await lang()) !== language) {
          await click('lang-toggle');
          await waitFor(lang, (l) => l === language, 'the language did not switch');
        }
        for (const stage of ['dialogue', 'stakeholders', 'meetings', 'vision', 'deficits', 'bau', 'targets', 'measures', 'documents']) {
          await click(`nav-${stage}`);
          await sleep(800);
          const overflow = await sideways();
          assert.ok(overflow <= 1, `${stage} (${language}) scrolls sideways by ${overflow} px`);
        }
      }
      if ((await lang()) !== 'en') await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch back to English');
      await click('nav-targets');
      await session.find('targets-table', 30000);
    });

    await step('targets: a file with a bad row is refused whole, the row named', async () => {
      await choose('targets-bad.csv', `${HEADER}11.6.2,2021,44,2030,30\n11.6.2,2021,44,2019,10\n`);
      await waitFor(() => text('targets-problems'), (t) => (t ?? '').includes('Row 3, column target_year'), 'the bad row was not named');
      screenshot('71-targets-refused-en');
    });

    await step('targets: PM2.5 targets for 2030 and 2050 are set from the form, a bad value refused at its field', async () => {
      await click('targets-set');
      await session.find('targets-form');
      // Flagged deficits come first, as ranked; PM2.5 is found by its code, its latest value as
      // the baseline, its goal ticked.
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-subject"] optgroup').label;`), 'Flagged deficits');
      await setValue('tf-search', '11.6.2');
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-subject"]').value;`), '11.6.2');
      assert.notEqual(await session.script(`return document.querySelector('[data-testid="tf-baselineValue"]').value;`), '');
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-sdg-11"]').checked;`), true);
      await setValue('tf-value2030', 'thirty');
      await setValue('tf-valueMid', '10');
      await setValue('tf-advantagesZh', '雾霾天更少，儿童哮喘减少');
      await setValue('tf-advantagesEn', 'Fewer smog days and less childhood asthma');
      await click('tf-save');
      await waitFor(() => text('tf-error-value2030'), (t) => (t ?? '').includes('"thirty" is not a number.'), 'the bad value was not named at its field');
      screenshot('72-targets-form-refused-en');
      await setValue('tf-value2030', '30');
      await session.script(`document.querySelector('[data-testid="tf-value2030"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));`);
      await waitFor(() => text('targets-row-11.6.2-2050-target'), (t) => t === '2050: 10.00', 'the 2050 target is not in the table');
      assert.equal(await text('targets-row-11.6.2-2030-target'), '2030: 30.00');
      assert.match(await text('targets-row-11.6.2-2030-advantages') ?? '', /Fewer smog days/);
      assert.match(await text('targets-row-11.6.2-2030-state') ?? '', /Proposed, revision 1/);
    });

    await step('targets: a target on a scorecard essential takes its latest workshop score and refuses one off the scale', async () => {
      await click('targets-set');
      await session.find('targets-form');
      await setValue('tf-search', 'natural buffers');
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-subject"]').value;`), 'essential-5');
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-subject"] optgroup').label;`), 'Scorecard essentials');
      // The demo's latest workshop gave essential 5 a mean of 1.33 on the 0–3 scale.
      assert.equal(await session.script(`return document.querySelector('[data-testid="tf-baselineValue"]').value;`), '1.33');
      await setValue('tf-value2030', '4');
      await setValue('tf-valueMid', '3');
      await click('tf-save');
      await waitFor(() => text('tf-error-value2030'), (t) => (t ?? '').includes('"4" is not a score of this essential'), 'the score off the scale was not named at its field');
      await setValue('tf-value2030', '2.5');
      await click('tf-save');
      await waitFor(() => text('targets-row-essential-5-2030-target'), (t) => t === '2030: 2.50', 'the essential target is not in the table');
      assert.match(await text('targets-row-essential-5-2030') ?? '', /Essential 5 \(preliminary, 0–3\)/);
    });

    await step('targets: the BAU and the gap, and the checks in words with a symbol', async () => {
      // A BAU series of the demo shows the BAU in its target year and the gap to it.
      const gaps = await session.script(
        `return [...document.querySelectorAll('[data-testid$="-gap"]')].map((c) => c.textContent).filter((t) => !t.startsWith('—'));`,
      );
      assert.ok(gaps.length > 0 && gaps.every((g) => /^[−+]?[0-9]/.test(g)), `no gap to the BAU: ${gaps}`);
      // PM2.5 has no BAU: its dash says why.
      const dashes = await session.script(
        `return [...document.querySelectorAll('[data-testid$="-gap"]')].filter((c) => c.textContent.startsWith('—'))
          .map((c) => document.querySelector('[data-testid="' + c.dataset.testid + '-note"]')?.textContent ?? '');`,
      );
      assert.ok(dashes.length > 0 && dashes.every((d) => d.length > 10), `a bare dash for a gap: ${dashes}`);
      const checks = await text('targets-checks');
      assert.match(checks ?? '', /APEC/);
      assert.match(checks ?? '', /✓ Met|✗ Not met|\? Cannot check/);
      assert.deepEqual(await clipped(), []);
      screenshot('73-targets-form-saved-en');
    });

    await step('targets: the proposals are adopted by a decided question and the pledge can be signed', async () => {
      await click('targets-adopt');
      await session.find('confirm-targets-adopt');
      await click('confirm-targets-adopt-confirm');
      await waitFor(() => text('targets-table'), (t) => !(t ?? '').includes('Proposed'), 'the targets were not adopted');
      assert.equal(await session.script(`return document.querySelector('[data-testid="targets-adopt"]') === null;`), true);
      assert.equal(await session.script(`return document.querySelector('.targets-remove') === null;`), true);
      await session.find('targets-signatures');
    });

    await step('targets: the bilingual progress report is exported signed by the focal point', async () => {
      await session.script(
        `const el = document.querySelector('[data-testid="targets-export-language"]'); el.value = 'bilingual';
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
      );
      await session.script(
        `const el = document.querySelector('[data-testid="targets-export-signer"]'); el.value = 'focal-point';
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
      );
      assert.equal(await session.script(`return document.querySelector('[data-testid="targets-export-signer"]').hidden;`), false);
      await click('targets-export');
      const toast = await waitFor(toasts, (t) => /Progress report saved: /.test(t), 'no toast about the export', 60000);
      const path = /Progress report saved: (\S+\.pdf)/.exec(toast)?.[1];
      assert.ok(path, toast);
      const pdf = execFileSync('pdftotext', [path, '-']).toString();
      assert.ok(pdf.includes('进展报告') && pdf.includes('Progress report'), 'the report is not bilingual');
      // Signed through the city's signing path; pdfsig exits non-zero for an untrusted issuer.
      let signatures = '';
      try {
        signatures = execFileSync('pdfsig', [path]).toString();
      } catch (error) {
        signatures = `${error.stdout ?? ''}`;
      }
      assert.match(signatures, /Signature #1/, signatures);
      assert.match(signatures, /ETSI\.CAdES\.detached|adbe|PAdES/i, signatures);
    });

    await step('targets: the pledge signed by the focal point and the Local Action Plan are exported', async () => {
      const choose = (testid, value) => session.script(
        `const el = document.querySelector('[data-testid="${testid}"]'); el.value = '${value}';
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
      );
      await choose('targets-export-document', 'pledge');
      await choose('targets-export-signer', 'focal-point');
      await click('targets-export');
      const toast = await waitFor(toasts, (t) => /Targets pledge saved: /.test(t), 'no toast about the pledge', 60000);
      const pledge = /Targets pledge saved: (\S+\.pdf)/.exec(toast)?.[1];
      assert.ok(pledge, toast);
      const text = execFileSync('pdftotext', [pledge, '-']).toString();
      assert.ok(text.includes('目标承诺书') && text.includes('Targets pledge'), 'the pledge is not bilingual');
      assert.ok(!text.includes('DRAFT'), 'the adopted targets are marked DRAFT');
      // pdfsig exits non-zero for a certificate it does not trust; its report is what counts.
      let signatures = '';
      try {
        signatures = execFileSync('pdfsig', [pledge]).toString();
      } catch (error) {
        signatures = `${error.stdout ?? ''}`;
      }
      assert.match(signatures, /Signature #1/, signatures);

      await choose('targets-export-document', 'action-plan');
      assert.equal(await session.script(`return document.querySelector('[data-testid="targets-export-signer"]').hidden;`), true);
      await click('targets-export');
      const planToast = await waitFor(toasts, (t) => /Local Action Plan saved: /.test(t), 'no toast about the plan', 60000);
      const plan = /Local Action Plan saved: (\S+\.pdf)/.exec(planToast)?.[1];
      assert.ok(plan, planToast);
      assert.ok(execFileSync('pdftotext', [plan, '-']).toString().includes('M-01'), 'the plan lists no measure');
    });

    await step('targets: the stage in Chinese', async () => {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
      await waitFor(() => text('targets-table'), (t) => (t ?? '').includes('已通过'), 'the table is not in Chinese');
      assert.match(await text('targets-checks') ?? '', /亚太经合组织|APEC/);
      assert.deepEqual(await clipped(), []);
      screenshot('74-targets-zh');
      await click('targets-set');
      await session.find('targets-form');
      assert.match(await text('targets-form') ?? '', /设定目标/);
      assert.deepEqual(await clipped(), []);
      screenshot('75-targets-form-zh');
      await session.script(`document.querySelector('[data-testid="tf-baselineYear"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`);
      await waitFor(() => session.script(`return document.querySelector('[data-testid="targets-form"]') === null;`), (gone) => gone, 'Esc did not close the form');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
