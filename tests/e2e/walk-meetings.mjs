// The Meetings walk: the demo's planned second plenary is opened, two people check in by
// pinyin (the quorum follows), a note, a decision and an action item are taken, the decision is
// corrected in place, the meeting is closed and its minutes approved (the notes freeze), the
// bilingual minutes are exported, and the projector window shows the meeting. Runs after the
// register walk, on the same database.

const ENTER = '\uE007';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const lang = () => session.script('return document.documentElement.lang');
  const toasts = () => session.script(
    "return [...document.querySelectorAll('[data-testid=\"toast\"]')].map((t) => t.textContent).join(' | ');",
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
  // Into the middle of the view first, and the confirmations in the corner dismissed (the walk
  // is quicker than they fade): the sticky quorum bar and the toasts cover the edges.
  const click = async (testId) => {
    const element = await session.find(testId);
    await session.script(
      `document.querySelectorAll('.toast-success .toast-close').forEach((b) => b.click());
       document.querySelector('[data-testid="${testId}"]')?.scrollIntoView({ block: 'center' });`,
    );
    return element.click();
  };
  const quorum = async () => (await session.find('quorum-count')).text();

  await step('meetings: the stage lists the demo plenaries', async () => {
    await click('nav-meetings');
    await session.find('meetings-list', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    const rows = await session.script(
      "return [...document.querySelectorAll('[data-testid=\"meeting-row\"]')].map((r) => r.textContent);",
    );
    assert.ok(rows.some((r) => r.includes('Second plenary') && r.includes('Planned')), `rows: ${rows}`);
    assert.ok(rows.some((r) => r.includes('First plenary') && r.includes('Approved')), `rows: ${rows}`);
    screenshot('20-meetings-en');
  });

  await step('meetings: the planned second plenary opens, with its carried action items', async () => {
    const found = await session.script(
      `const row = [...document.querySelectorAll('[data-testid="meeting-row"]')].find((r) => r.textContent.includes('Second plenary'));
       row?.click(); return row !== undefined;`,
    );
    assert.ok(found, 'no row for the second plenary');
    await session.waitForText('meeting-state', (t) => t === 'Planned');
    await session.find('agenda-carried');
    await click('meeting-open');
    // The demo plans it four weeks ahead: opening it today asks the chair to confirm.
    await session.waitForText('confirm-open-another-day', (t) => t.includes('is planned for'));
    screenshot('21-meeting-open-another-day-en');
    await click('confirm-open-another-day-confirm');
    await session.waitForText('meeting-state', (t) => t === 'Open');
    await session.waitForText('quorum-verdict', (t) => t.length > 0);
    screenshot('21-meeting-open-en');
  });

  await step('meetings: two people check in by pinyin and Enter; the quorum counts them', async () => {
    const before = await quorum();
    const presentBefore = Number(/^(\d+)/.exec(before)?.[1] ?? 'NaN');
    await click('meeting-tab-attendance');
    for (const [query, expected] of [['wzl', 1], ['hanlei', 2]]) {
      const search = await session.find('checkin-search');
      await session.script(
        `const el = document.querySelector('[data-testid="checkin-search"]');
         el.scrollIntoView({ block: 'center' }); el.focus();`,
      );
      await search.type(query);
      await session.find('checkin-option');
      await waitFor(() => session.script(
        "return document.querySelector('[data-testid=\"checkin-option\"]')?.getAttribute('aria-selected');",
      ), (v) => v === 'true', 'no check-in choice');
      await (await session.find('checkin-search')).type(ENTER);
      await waitFor(quorum, (t) => t.startsWith(`${presentBefore + expected} of`), `the quorum did not count check-in ${expected}`);
    }
    const rows = await session.script("return document.querySelectorAll('[data-testid=\"attendance-row\"]').length;");
    assert.equal(rows, 2);
    assert.match(await toasts(), /checked in/);
    screenshot('22-meeting-attendance-en');
  });

  await step('meetings: a note is taken on an agenda item and saved', async () => {
    await click('meeting-tab-agenda');
    await session.find('agenda-notes-en-2');
    await session.script(
      `const el = document.querySelector('[data-testid="agenda-notes-en-2"]');
       el.focus(); el.value = arguments[0]; el.dispatchEvent(new Event('input', { bubbles: true })); el.blur();`,
      ['Professor Han Lei presented the baseline of the technical working group.'],
    );
    await session.waitForText('agenda-notes-status-2', (t) => t === 'Saved');
    await setValue('agenda-notes-zh-2', '韩磊教授介绍了技术工作组的指标基线。');
    await session.script("document.querySelector('[data-testid=\"agenda-notes-zh-2\"]').dispatchEvent(new Event('blur'));");
    await session.waitForText('agenda-notes-status-2', (t) => t === 'Saved');
  });

  await step('meetings: a decision and an action item with an owner are recorded', async () => {
    await click('meeting-tab-records');
    await session.find('decision-form');
    await setValue('decision-textZh', '接受技术工作组提出的指标基线。');
    await setValue('decision-textEn', 'The baseline of the technical working group is accepted.');
    await setValue('decision-basis', 'consensus', 'change');
    await click('decision-add');
    await session.waitForText('decision', (t) => t.includes('baseline') && t.includes('Consensus'));
    await setValue('action-whatZh', '补充残障人士和老年人预警数据');
    await setValue('action-whatEn', 'Add early-warning data for persons with disabilities and the elderly');
    const owner = await session.script(
      `const s = document.querySelector('[data-testid="action-owner"]');
       const o = [...s.options].find((x) => x.textContent.includes('Han Lei')) ?? s.options[1];
       return o.value;`,
    );
    await setValue('action-owner', owner, 'change');
    await setValue('action-due', '2027-01-15');
    await click('action-add');
    await session.waitForText('action-item', (t) => t.includes('Owner:') && t.includes('15 January 2027'));
    screenshot('23-meeting-records-en');
  });

  await step('meetings: a recorded decision is edited in place, prefilled', async () => {
    const edit = await session.script(
      "return document.querySelector('[data-testid=\"decision\"] [data-testid^=\"decision-edit-\"]')?.getAttribute('data-testid') ?? null;",
    );
    assert.ok(edit !== null, 'no Edit button on the decision');
    await click(edit);
    await session.find('decision-edit-form');
    const prefilled = await session.script("return document.querySelector('[data-testid=\"decision-edit-textEn\"]').value;");
    assert.equal(prefilled, 'The baseline of the technical working group is accepted.');
    await setValue('decision-edit-textEn', 'The baseline of the technical working group is accepted as presented.');
    await session.script("document.querySelector('[data-testid=\"decision-edit-form\"]').scrollIntoView({ block: 'center' });");
    screenshot('23a-meeting-edit-decision-en');
    await click('decision-edit-save');
    await session.waitForText('decision', (t) => t.includes('accepted as presented'));
    const forms = await session.script("return document.querySelectorAll('[data-testid=\"decision-edit-form\"]').length;");
    assert.equal(forms, 0, 'the edit form stayed open after saving');
  });

  await step('meetings: closing and approving ask first; approval freezes the notes', async () => {
    await click('meeting-close');
    await session.waitForText('confirm-close', (t) => t.includes('Close the meeting?'));
    await click('confirm-close-confirm');
    await session.waitForText('meeting-state', (t) => t === 'Closed');
    await click('meeting-approve');
    await session.waitForText('confirm-approve', (t) => t.includes('freezes'));
    screenshot('24-meeting-approve-confirm-en');
    await click('confirm-approve-confirm');
    await session.waitForText('meeting-state', (t) => t.includes('frozen'));
    await session.find('meeting-frozen');
    await click('meeting-tab-agenda');
    await session.waitForText('agenda-notes-frozen-2', (t) => t.includes('Han Lei presented the baseline'));
    const editable = await session.script(
      "return document.querySelectorAll('[data-testid^=\"agenda-notes-en-\"], [data-testid=\"decision-form\"]').length;",
    );
    assert.equal(editable, 0, 'notes or the decision form are still editable after approval');
    await session.find('meeting-addendum');
  });

  await step('meetings: the bilingual minutes are exported', async () => {
    await setValue('export-language', 'bilingual', 'change');
    await click('export-minutes');
    const text = await waitFor(toasts, (t) => /pages/.test(t), 'no toast about the export', 60000);
    assert.match(text, /Saved .*bilingual\.pdf \(\d+ pages/);
    console.log(`minutes export: ${/Saved [^|]*pages[^|]*\)/.exec(text)?.[0]}`);
    screenshot('25-meeting-approved-en');
  });

  await step('meetings: the projector window shows the meeting title', async () => {
    const main = await session.currentWindow();
    await click('projector-open');
    const handles = await waitFor(() => session.windowHandles(), (h) => h.length >= 2, 'no projector window');
    const projector = handles.find((h) => h !== main);
    await session.switchToWindow(projector);
    try {
      const title = await session.waitForText('projector-title', (t) => t.includes('Second plenary'), 20000);
      assert.match(title, /第二次全体会议/);
      await session.waitForText('projector-item', (t) => t.includes('Open action items'));
      await sleep(300);
      screenshot('26-projector-bilingual');
    } finally {
      await session.switchToWindow(main);
    }
    await click('projector-close');
    await waitFor(() => session.windowHandles(), (h) => h.length === 1, 'the projector window did not close');
  });

  await step('meetings: the same meeting in Chinese', async () => {
    await click('lang-toggle');
    await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
    await session.waitForText('meeting-state', (t) => t.includes('已锁定'));
    await session.waitForText('meeting-title', (t) => t.includes('第二次全体会议'));
    screenshot('27-meeting-approved-zh');
    await click('meeting-tab-attendance');
    await session.waitForText('attendance-count', (t) => t.includes('2 人出席'));
    screenshot('28-meeting-attendance-zh');
  });
}
