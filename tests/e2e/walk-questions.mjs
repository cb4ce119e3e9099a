// The Questions walk: a new plenary is planned and opened, enough voting members check in for
// quorum, a question is asked, and positions are taken from the keyboard (C / S / O, arrows,
// Ctrl+Z) and with "All consent". Under the demo's rule (consensus minus one objection) two
// objections fail a round; after three failed rounds (the second with an amended text) the
// focal point's decision is offered, refused without a rationale, then recorded. The minutes
// are exported and say the rationale; the projector shows the question without names. A question
// of the first plenary that settled a Vision amendment shows the amendment's change.
// Runs after the meetings walk, on the same database.

import { execFileSync } from 'node:child_process';

const ENTER = '\uE007';
const KEY = { up: '\uE013', down: '\uE015', home: '\uE011', backspace: '\uE003', ctrl: '\uE009', release: '\uE000' };

// Voting members of the demo, by the names the check-in search finds them with.
const MEMBERS = [
  'Wang Zhili', 'Duan Yu', 'Gao Hongmei', 'Ma Zhenhua', 'Zhang Li', 'Ji Xiangyun', 'Liu Yang', 'Chen Shufen',
  'Yang Fan', 'Zhao Guoqiang', 'Sun Jianping', 'Zheng Haitao', 'Huang Lei', 'He Wei', 'Luo Jing', 'Feng Zhigang',
  'Han Lei', 'Peng Lijuan', 'Jiang Tao', 'Xie Chunyan', 'Deng Xiaoming', 'Ayguli', 'Yuan Lixin', 'Zeng Fanrong',
  'Shan Xuemei', 'Bai Yulan', 'Ma Xiaoyan', 'Wei Qiang', 'Guo Jianhua', 'Li Jianguo',
];

const RATIONALE = 'Three rounds kept two objections; the city needs the 2030 target before the budget.';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const lang = () => session.script('return document.documentElement.lang');
  const toasts = () => session.script(
    "return [...document.querySelectorAll('[data-testid=\"toast\"]')].map((t) => t.textContent).join(' | ');",
  );
  const attr = (testId, name) => session.script(
    `return document.querySelector('[data-testid="${testId}"]')?.getAttribute('${name}') ?? null;`,
  );
  const waitFor = async (read, check, what, timeoutMs = 15000) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await sleep(150);
    }
    throw new Error(`${what}; last seen: ${JSON.stringify(last)}`);
  };
  // The screen redraws when the backend answers (e.g. after the projector opens): an element
  // found just before may be replaced by the time it is clicked. Find it again and retry.
  const click = async (testId) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const element = await session.find(testId);
        await session.script(
          `document.querySelectorAll('.toast-success .toast-close').forEach((b) => b.click());
           document.querySelector('[data-testid="${testId}"]')?.scrollIntoView({ block: 'center' });`,
        );
        return await element.click();
      } catch (error) {
        if (attempt >= 5 || !/stale/i.test(String(error?.message ?? error))) throw error;
        await sleep(200);
      }
    }
  };
  const counts = () => session.script(
    `return ['consent', 'standAside', 'object'].map((p) => Number(document.querySelector('[data-testid="question-count-' + p + '"]')?.textContent ?? 'NaN'));`,
  );
  /** Keys to the member list, as a person types them; then waits until every write is on disk. */
  const keys = async (text) => {
    await (await session.find('question-members')).type(text);
    await waitFor(() => attr('question-tally', 'data-pending'), (p) => p === '0', 'positions still being saved');
  };
  const members = () => session.script("return document.querySelectorAll('[data-testid=\"question-member\"]').length;");
  const closeRound = async (number) => {
    await click('question-close-round');
    await session.waitForText('confirm-close-round', (t) => t.includes(`round ${number}`) || t.includes(`Round ${number}`));
    await click('confirm-close-round-confirm');
    await session.find('question-next');
    await session.waitForText('question-history', (t) => t.includes('not adopted'));
  };

  await step('questions: a new plenary is planned and opened', async () => {
    await click('nav-meetings');
    await session.find('meetings-list', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    await click('meeting-plan');
    await session.find('meeting-form');
    await setValue('meeting-field-titleZh', '渭南市可持续发展与碳中和多方利益相关者对话第三次全体会议');
    await setValue('meeting-field-titleEn', 'Third plenary of the Weinan multistakeholder dialogue');
    await click('meeting-save');
    await session.waitForText('meeting-state', (t) => t === 'Planned');
    await click('meeting-open');
    // A new meeting is planned a week ahead: opening it today asks the chair to confirm.
    await session.find('confirm-open-another-day');
    await click('confirm-open-another-day-confirm');
    await session.waitForText('meeting-state', (t) => t === 'Open');
    await session.find('meeting-questions');
    await session.find('question-ask');
  });

  await step('questions: voting members check in until the quorum is reached', async () => {
    await click('meeting-tab-attendance');
    const reached = () => attr('quorum', 'data-reached');
    for (const name of MEMBERS) {
      if ((await reached()) === 'true') break;
      const before = await (await session.find('quorum-count')).text();
      await session.script(
        `const el = document.querySelector('[data-testid="checkin-search"]');
         el.scrollIntoView({ block: 'center' }); el.focus();`,
      );
      await (await session.find('checkin-search')).type(name);
      await session.find('checkin-option');
      await waitFor(() => session.script(
        "return document.querySelector('[data-testid=\"checkin-option\"]')?.getAttribute('aria-selected');",
      ), (v) => v === 'true', 'no check-in choice');
      await (await session.find('checkin-search')).type(ENTER);
      // A name that finds someone already here changes nothing: go on with the next.
      await waitFor(async () => (await session.find('quorum-count')).text(), (t) => t !== before, `checking in ${name}`, 4000).catch(() => {});
      await session.script(
        `const el = document.querySelector('[data-testid="checkin-search"]'); if (el) { el.value = ''; el.dispatchEvent(new Event('input', { bubbles: true })); }`,
      );
    }
    assert.equal(await reached(), 'true', `no quorum: ${await (await session.find('quorum-count')).text()}`);
  });

  let present = 0;
  await step('questions: a question is asked and its first round opens', async () => {
    await click('question-ask');
    await session.find('question-ask-form');
    await click('question-ask-save');
    await session.waitForText('question-error-textEn', (t) => t.includes('Chinese or in English'));
    await setValue('question-text-zh', '以 2030 年人均排放比 2020 年降低 25% 作为对话的中期目标。');
    await setValue('question-text-en', 'Adopt a 25 % cut in per-capita emissions by 2030 (against 2020) as the interim target.');
    await click('question-ask-save');
    await session.find('question-members');
    await session.waitForText('question-badge', (t) => t.includes('Round 1 open'));
    present = await members();
    assert.ok(present >= 17, `only ${present} members listed`);
  });

  await step('questions: positions by keyboard, undo, then all consent; two objections block', async () => {
    // C for the first, ↓ past the second, O for the third, S for the fourth…
    await keys(`c${KEY.down}os`);
    assert.deepEqual(await counts(), [1, 1, 1]);
    // …Ctrl+Z takes the stand-aside back, and the fourth objects instead.
    await keys(`${KEY.ctrl}z${KEY.release}`);
    assert.deepEqual(await counts(), [1, 0, 1]);
    await keys('o');
    assert.deepEqual(await counts(), [1, 0, 2]);
    await click('question-all-consent');
    await waitFor(counts, (c) => c[0] === present - 2, 'all consent did not fill the rest');
    await waitFor(() => attr('question-tally', 'data-pending'), (p) => p === '0', 'positions still being saved');
    const said = await (await session.find('question-tally-sentences')).text();
    assert.match(said, /Not adopted if the round closed now/);
    assert.match(said, /1 objection more than the 1 allowed blocks adoption/);
    screenshot('30-question-en');
    await closeRound(1);
    await session.waitForText('question-badge', (t) => t.includes('1 of 3 rounds failed'));
  });

  await step('questions: round 2 with an amended text and round 3 fail the same way', async () => {
    for (const round of [2, 3]) {
      if (round === 2) {
        await click('question-amend');
        await setValue('question-amend-zh', '以 2030 年人均排放比 2020 年降低 20% 作为对话的中期目标，2028 年复核。');
        await setValue('question-amend-en', 'Adopt a 20 % cut in per-capita emissions by 2030 (against 2020), reviewed in 2028.');
      }
      await click('question-open-round');
      await session.waitForText('question-round-title', (t) => t.includes(`Round ${round}`));
      await click('question-all-consent');
      await waitFor(counts, (c) => c[0] === present, 'all consent did not fill the round');
      await keys(`${KEY.home}oo`);
      assert.deepEqual(await counts(), [present - 2, 0, 2]);
      if (round === 3) {
        await click('lang-toggle');
        await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
        await session.waitForText('question-round-title', (t) => t.includes('第 3 轮'));
        await session.waitForText('question-tally-sentences', (t) => t.includes('阻止通过'));
        await sleep(300);
        screenshot('31-question-zh');
        await click('lang-toggle');
        await waitFor(lang, (l) => l === 'en', 'the app did not switch back to English');
        await session.waitForText('question-round-title', (t) => t.includes('Round 3'));
      }
      await closeRound(round);
    }
    await session.waitForText('question-history', (t) => t.includes('reviewed in 2028'));
    const rows = await session.script("return document.querySelectorAll('[data-testid=\"question-history-row\"]').length;");
    assert.equal(rows, 3);
  });

  await step('questions: the focal point decides, and a rationale is required', async () => {
    await session.waitForText('question-focal-offer', (t) => t.includes('persistently failed'));
    await click('question-focal-point');
    await session.find('question-focal-dialog');
    await click('question-fp-save');
    await session.waitForText('question-fp-error-rationale', (t) => t.includes('rationale'));
    screenshot('32-question-focal-point-en');
    await setValue('question-fp-rationale', RATIONALE);
    await click('question-fp-save');
    await session.waitForText('question-outcome', (t) => t.includes('decision of the focal point'));
    await session.waitForText('question-rationale', (t) => t.includes(RATIONALE));
    screenshot('33-question-decided-en');
  });

  await step('questions: the projector shows the question with counts, never names', async () => {
    await click('question-back');
    await session.waitForText('question-row', (t) => t.includes('decision of the focal point'));
    const main = await session.currentWindow();
    await click('projector-open');
    const handles = await waitFor(() => session.windowHandles(), (h) => h.length >= 2, 'no projector window');
    await click('question-row');
    await session.find('question-screen');
    const projector = handles.find((h) => h !== main);
    await session.switchToWindow(projector);
    try {
      const shown = await session.waitForText('projector-question', (t) => t.includes('2028'), 20000);
      assert.match(shown, /reviewed in 2028/);
      assert.ok(!MEMBERS.some((name) => shown.includes(name)), `a name on the projector: ${shown}`);
      await sleep(300);
      screenshot('34-projector-question');
    } finally {
      await session.switchToWindow(main);
    }
    await click('question-back');
    await click('projector-close');
    await waitFor(() => session.windowHandles(), (h) => h.length === 1, 'the projector window did not close');
  });

  await step('questions: the minutes say how the question was decided, with the rationale', async () => {
    await setValue('export-language', 'en', 'change');
    await click('export-minutes');
    const text = await waitFor(toasts, (t) => /pages/.test(t), 'no toast about the export', 60000);
    const path = /Saved (.+?\.pdf) \(/.exec(text)?.[1];
    assert.ok(path, `no path in ${text}`);
    const pdf = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(pdf, /focal point/i);
    assert.ok(pdf.includes('the city needs the 2030 target'), 'the rationale is not in the minutes');
    console.log(`minutes with the question: ${path}`);
  });

  await step('questions: a question that settled a Vision amendment shows its change', async () => {
    // From the meeting back to the list of meetings.
    await click('meeting-back');
    await session.find('meetings-list', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    const found = await session.script(
      `const row = [...document.querySelectorAll('[data-testid="meeting-row"]')].find((r) => r.textContent.includes('First plenary'));
       row?.click(); return row !== undefined;`,
    );
    assert.ok(found, 'no row for the first plenary');
    await session.find('meeting-questions', 30000);
    const opened = await session.script(
      `const row = [...document.querySelectorAll('[data-testid="question-row"]')].find((r) => r.textContent.includes("Zhang Li's amendment"));
       row?.scrollIntoView({ block: 'center' }); row?.click(); return row !== undefined;`,
    );
    assert.ok(opened, 'no row for the amendment question');
    const shown = await session.waitForText('question-vision', (t) => t.includes('Amendment'), 20000);
    assert.match(shown, /Core values”, paragraph 1/);
    // Insertions are <ins> (underlined), deletions <del> (struck through): not colour alone.
    const marks = await session.script(
      `const box = document.querySelector('[data-testid="question-vision"]');
       box?.scrollIntoView({ block: 'start' });
       const first = box?.querySelector('ins');
       return { ins: box?.querySelectorAll('ins').length ?? 0, line: first ? getComputedStyle(first).textDecorationLine : '' };`,
    );
    assert.ok(marks.ins > 0, 'no insertion marked');
    assert.match(marks.line, /underline/);
    await sleep(300);
    screenshot('35-question-amendment-en');
    await click('question-back');
  });
}
