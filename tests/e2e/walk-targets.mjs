// The Targets walk: the demo's targets with their progress (gauges and words), a targets file
// with a bad row refused whole with the row named, the fixed file imported as proposals, the
// proposals adopted by a decided question after a confirmation, the progress report exported
// and read back; the stage in Chinese. Runs on the demo database after the other walks.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tools } from './walk-tools.mjs';

export async function walk({ session, step, screenshot, assert, sleep }) {
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

    await step('targets: a file with a bad row is refused whole, the row named', async () => {
      await choose('targets-bad.csv', `${HEADER}11.6.2,2021,44,2030,30\n11.6.2,2021,44,2019,10\n`);
      await waitFor(() => text('targets-problems'), (t) => (t ?? '').includes('Row 3, column target_year'), 'the bad row was not named');
      screenshot('71-targets-refused-en');
    });

    await step('targets: the fixed file is imported as proposals and adopted by a decided question', async () => {
      await choose('targets.csv', `${HEADER}11.6.2,2021,44,2030,30\n11.6.2,2021,44,2050,10\n`);
      await waitFor(() => session.script(`return document.querySelectorAll('[data-testid="targets-table"] tbody tr').length;`), (n) => n === 2, 'the proposals were not imported');
      assert.equal(await text('targets-problems'), null);
      await click('targets-adopt');
      await session.find('confirm-targets-adopt');
      await click('confirm-targets-adopt-confirm');
      await waitFor(() => text('targets-table'), (t) => !(t ?? '').includes('Proposed'), 'the targets were not adopted');
      assert.equal(await session.script(`return document.querySelector('[data-testid="targets-adopt"]') === null;`), true);
    });

    await step('targets: the bilingual progress report is exported and reads back', async () => {
      await session.script(
        `const el = document.querySelector('[data-testid="targets-export-language"]'); el.value = 'bilingual';
         el.dispatchEvent(new Event('change', { bubbles: true }));`,
      );
      await click('targets-export');
      const toast = await waitFor(toasts, (t) => /Progress report saved: /.test(t), 'no toast about the export', 60000);
      const path = /Progress report saved: (\S+\.pdf)/.exec(toast)?.[1];
      assert.ok(path, toast);
      const pdf = execFileSync('pdftotext', [path, '-']).toString();
      assert.ok(pdf.includes('进展报告') && pdf.includes('Progress report'), 'the report is not bilingual');
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
      screenshot('72-targets-zh');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
