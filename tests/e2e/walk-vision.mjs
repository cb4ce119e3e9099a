// The Vision walk: the demo's Vision with version 3 adopted; versions 2 and 3 compared inline;
// a new draft from version 3 with its purpose edited in both languages (the Chinese set as an
// input method would, the English typed with the keyboard) while the checklist follows; saved
// with Ctrl+S and then as the next version; an amendment proposed by a stakeholder; a core
// value moved with Alt+↓ and one added, saved; the amendment's paragraph on the projector with
// its change marked; a question asked about the amendment in the open plenary, showing its
// change while pending, decided, and offered first to settle the amendment, which it does;
// versions 3 and 5 compared; version 5 adopted by a decided question after a confirmation and
// frozen; the bilingual declaration exported signed and read back; the stage in Chinese. Runs
// before the BAU walk, on the same database, and leaves it adopting questions.

import { execFileSync } from 'node:child_process';
import { tools } from './walk-tools.mjs';

const CTRL = '\uE009';
const ALT = '\uE00A';
const DOWN = '\uE015';
const RELEASE = '\uE000';

export async function walk({ session, step, screenshot, assert, sleep, setValue }) {
  const { lang, waitFor, click, text, toasts } = tools(session, sleep);
  const attr = (testId, name) => session.script(`return document.querySelector('[data-testid="${testId}"]')?.getAttribute('${name}') ?? null;`);
  const passed = (id) => attr(`vision-check-${id}`, 'data-passed');
  // Nothing wider than the window: the page and the stage scroll only downwards.
  const noOverflow = async (where) => {
    const [page, main, inner] = await session.script(
      `const m = document.querySelector('main'); const c = document.querySelector('.vision');
       return [document.documentElement.scrollWidth - document.documentElement.clientWidth,
               m ? m.scrollWidth - m.clientWidth : 0, c ? c.scrollWidth - c.clientWidth : 0];`,
    );
    assert.ok(page <= 0 && main <= 0 && inner <= 0, `${where}: wider than the window by ${page}/${main}/${inner} px`);
  };
  const compare = async (from, to) => {
    await setValue('vision-compare-from', String(from), 'change');
    await setValue('vision-compare-to', String(to), 'change');
    await click('vision-compare');
    await session.find('vision-diff-summary');
  };

  await step('vision: the demo shows three versions, version 3 adopted', async () => {
    await click('nav-vision');
    await session.find('vision-version-3', 30000);
    if ((await lang()) !== 'en') {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === 'en', 'the app did not switch to English');
    }
    await waitFor(() => attr('vision-version-3', 'data-state'), (s) => s === 'adopted', 'version 3 is not adopted');
    assert.match(await text('vision-adopted'), /consensus/);
    assert.ok(await session.script(`return document.querySelector('[data-testid="vision-zh-1"]') === null;`), 'the adopted version is editable');
    await waitFor(() => text('vision-checklist'), (t) => /567 English words/.test(t ?? ''), 'the checklist does not count the English words');
    await noOverflow('version 3');
    screenshot('58-vision-en');
  });

  await step('vision: versions 2 and 3 compared inline, insertions underlined', async () => {
    await compare(2, 3);
    assert.match(await text('vision-diff-summary'), /changed between version 2 and version 3/);
    const [ins, underline] = await session.script(
      `const i = document.querySelector('[data-testid="vision-diff"] ins');
       return [i?.textContent ?? '', i ? getComputedStyle(i).textDecorationLine : ''];`,
    );
    assert.ok(ins.length > 0, 'no insertion shown');
    assert.match(underline, /underline/);
    await session.script(`document.querySelector('[data-testid="vision-diff"]').scrollIntoView({ block: 'start' });`);
    await noOverflow('the comparison');
    screenshot('59-vision-compare-en');
  });

  let key;
  await step('vision: a draft from version 3, edited in both languages, the checklist following', async () => {
    await click('vision-new-draft');
    await waitFor(() => attr('vision-version-4', 'data-state'), (s) => s === 'draft', 'no draft version 4');
    key = await session.script(
      `return document.querySelector('[data-testid="vision-section-0"] textarea[lang="zh-CN"]').dataset.testid.replace('vision-zh-', '');`,
    );
    assert.equal(await passed('purpose-zh'), 'true');
    const zh = await session.script(`return document.querySelector('[data-testid="vision-zh-${key}"]').value;`);
    // A second sentence in the Chinese purpose: the checklist warns at once, nothing blocks.
    await setValue(`vision-zh-${key}`, `${zh}人人共享𠮷祥。`);
    await waitFor(() => passed('purpose-zh'), (p) => p === 'false', 'the checklist did not notice two Chinese sentences');
    const en = await session.find(`vision-en-${key}`);
    await session.script(`document.querySelector('[data-testid="vision-en-${key}"]').scrollIntoView({ block: 'center' });`);
    await en.click();
    // The cursor at the end, as a person would put it before adding a sentence.
    await session.script(`const el = document.querySelector('[data-testid="vision-en-${key}"]'); el.setSelectionRange(el.value.length, el.value.length);`);
    await en.type(' Shared by all.');
    await waitFor(() => passed('purpose-en'), (p) => p === 'false', 'the checklist did not notice two English sentences');
    await session.find('vision-status');
    assert.equal(await text('vision-status'), 'Unsaved changes');
    await session.script(`document.querySelector('[data-testid="vision-section-0"]').scrollIntoView({ block: 'start' });`);
    await noOverflow('the draft');
    screenshot('65-vision-draft-en');
    // One sentence again in Chinese, 𠮷 kept: the item passes again.
    await setValue(`vision-zh-${key}`, `${zh.replace(/。$/, '')}，人人共享𠮷祥。`);
    await waitFor(() => passed('purpose-zh'), (p) => p === 'true', 'the checklist did not follow the fix');
  });

  await step('vision: Ctrl+S saves the draft, then it is saved as version 5', async () => {
    const en = await session.find(`vision-en-${key}`);
    await en.type(`${CTRL}s${RELEASE}`);
    await waitFor(toasts, (t) => t.includes('Draft 4 saved'), 'no toast about saving');
    await waitFor(() => text('vision-status'), (t) => t === '', 'still unsaved after saving');
    await click('vision-save-as');
    await waitFor(() => attr('vision-version-5', 'aria-current'), (c) => c === 'true', 'version 5 is not shown');
    const zh = await session.script(`return document.querySelector('[data-testid="vision-zh-${key}"]').value;`);
    assert.ok(zh.includes('𠮷祥'), zh);
  });

  await step('vision: a stakeholder proposes an amendment to a paragraph', async () => {
    const count = await session.script(`return document.querySelectorAll('[data-testid^="vision-amendment-"][data-status]').length;`);
    await setValue('vision-propose-en', 'Weinan and all its residents build a green, resilient home shared by all.');
    await setValue('vision-propose-zh', '渭南与全体市民共建绿色、韧性、人人共享的家园。');
    await setValue('vision-propose-reason', 'Shorter, one sentence in each language.');
    await click('vision-propose-submit');
    await waitFor(
      () => session.script(`return document.querySelectorAll('[data-testid^="vision-amendment-"][data-status]').length;`),
      (n) => n === count + 1, 'the amendment is not listed');
    const last = await session.script(
      `const all = [...document.querySelectorAll('[data-testid^="vision-amendment-"][data-status]')]; const a = all[all.length - 1];
       a.scrollIntoView({ block: 'center' }); return [a.dataset.status, a.textContent];`,
    );
    assert.equal(last[0], 'pending');
    assert.match(last[1], /version 5/);
    await noOverflow('the amendments');
    screenshot('66-vision-amendment-en');
  });

  await step('vision: a core value moved with Alt+↓ and one added, the checklist following, saved', async () => {
    const keysIn = () => session.script(
      `return [...document.querySelectorAll('[data-testid="vision-section-1"] textarea[lang="zh-CN"]')].map((t) => t.dataset.testid.replace('vision-zh-', ''));`,
    );
    const before = await keysIn();
    assert.ok(before.length >= 3, JSON.stringify(before));
    const values = () => text('vision-check-core-values');
    const first = await session.find(`vision-en-${before[0]}`);
    await session.script(`document.querySelector('[data-testid="vision-en-${before[0]}"]').scrollIntoView({ block: 'center' });`);
    await first.click();
    await first.type(`${ALT}${DOWN}${RELEASE}`);
    await waitFor(keysIn, (k) => k[0] === before[1] && k[1] === before[0], 'Alt+↓ did not move the core value');
    assert.equal(await session.script('return document.activeElement?.dataset.testid ?? null;'), `vision-en-${before[0]}`, 'the focus left the moved paragraph');
    const count = Number(/\d+/.exec(await values())?.[0]);
    await click('vision-add-paragraph-1');
    const added = await waitFor(
      () => session.script(`return document.activeElement?.dataset.testid ?? '';`),
      (id) => id.startsWith('vision-zh-new-'), 'the new paragraph did not take the focus');
    await setValue(added, '开放包容：每一位利益相关方都能参与。');
    await setValue(added.replace('vision-zh-', 'vision-en-'), 'Open to all: every stakeholder can take part.');
    await waitFor(values, (t) => (t ?? '').includes(String(count + 1)), 'the checklist did not count the new core value');
    await session.script(`document.querySelector('[data-testid="vision-section-1"]').scrollIntoView({ block: 'start' });`);
    await noOverflow('the draft being restructured');
    screenshot('69a-vision-structure-en');
    await click('vision-save-draft');
    await waitFor(toasts, (t) => t.includes('Draft 5 saved'), 'no toast about saving the draft');
    const after = await keysIn();
    assert.equal(after.length, before.length + 1);
    assert.deepEqual(after.slice(0, 2), [before[1], before[0]]);
    assert.ok(/^\d+$/.test(after[after.length - 1]), `the new paragraph has no key: ${after}`);
  });

  await step('vision: the amendment\'s paragraph is shown on the projector with its change', async () => {
    const id = await session.script(
      `const all = [...document.querySelectorAll('[data-testid^="vision-amendment-"][data-status="pending"]')];
       return all[all.length - 1]?.dataset.testid.replace('vision-amendment-', '') ?? null;`,
    );
    const main = await session.currentWindow();
    await click(`vision-project-${id}`);
    const handles = await waitFor(() => session.windowHandles(), (h) => h.length >= 2, 'no projector window');
    await waitFor(toasts, (t) => /is on the projector/.test(t), 'no toast about the projector');
    const projector = handles.find((h) => h !== main);
    await session.switchToWindow(projector);
    try {
      const shown = await session.waitForText('projector-vision-en', (t) => t.includes('build'), 20000);
      assert.ok(shown.length > 0);
      const [ins, del] = await session.script(
        `const p = document.querySelector('[data-testid="projector-vision-en"]');
         return [p.querySelectorAll('ins').length, p.querySelectorAll('del').length];`,
      );
      assert.ok(ins > 0 && del > 0, `no marked change on the projector: ${ins}/${del}`);
      await sleep(300);
      screenshot('69d-vision-projector');
      // Esc, once the script has answered: the window closes under it.
      await session.script(`setTimeout(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })), 50); return true;`);
    } finally {
      await session.switchToWindow(main);
    }
    await waitFor(() => session.windowHandles(), (h) => h.length === 1, 'the projector window did not close');
  });

  await step('vision: a question about the amendment shows its change while the room deliberates', async () => {
    const id = await session.script(
      `const all = [...document.querySelectorAll('[data-testid^="vision-amendment-"][data-status="pending"]')];
       return all[all.length - 1]?.dataset.testid.replace('vision-amendment-', '') ?? null;`,
    );
    assert.ok(id, 'no pending amendment');
    // The third plenary, opened with a quorum by the questions walk, is still in session.
    await click('nav-meetings');
    await session.find('meetings-list', 30000);
    const found = await session.script(
      `const row = [...document.querySelectorAll('[data-testid="meeting-row"]')].find((r) => r.textContent.includes('Third plenary'));
       row?.click(); return row !== undefined;`,
    );
    assert.ok(found, 'no row for the third plenary');
    await click('question-ask');
    await session.find('question-subject', 20000);
    const option = await session.script(
      `const s = document.querySelector('[data-testid="question-subject"]');
       return [...s.options].find((o) => o.textContent.startsWith('Amendment ${id} '))?.value ?? null;`,
    );
    assert.ok(option !== null, `amendment ${id} is not offered as the question's subject`);
    await setValue('question-subject', option, 'change');
    const worded = await session.script(`return document.querySelector('[data-testid="question-text-en"]').value;`);
    assert.equal(worded, `Shall amendment ${id} be accepted?`);
    screenshot('69a-question-about-amendment-en');
    await click('question-ask-save');
    await session.find('question-members', 20000);
    const shown = await session.waitForText('question-vision', (t) => t.includes('To be settled by this question'), 20000);
    assert.match(shown, new RegExp(`Amendment ${id} by`));
    assert.equal(await attr(`question-amendment-${id}`, 'data-pending'), 'true');
    await click('question-all-consent');
    await waitFor(() => attr('question-tally', 'data-pending'), (p) => p === '0', 'positions still being saved');
    await click('question-close-round');
    await session.find('confirm-close-round');
    await click('confirm-close-round-confirm');
    await session.waitForText('question-outcome', (t) => /Adopted/.test(t), 20000);
    await click('question-back');
    await click('nav-vision');
    await session.find(`vision-amendment-${id}`, 30000);
    // The question asked about it is named on the amendment and offered first.
    await waitFor(() => text(`vision-asked-${id}`), (t) => (t ?? '').includes(`Shall amendment ${id} be accepted?`),
      'the amendment does not name the question asked about it');
  });

  await step('vision: the amendment is settled by a decided question, its change marked', async () => {
    const id = await session.script(
      `const all = [...document.querySelectorAll('[data-testid^="vision-amendment-"][data-status="pending"]')];
       return all[all.length - 1]?.dataset.testid.replace('vision-amendment-', '') ?? null;`,
    );
    assert.ok(id, 'no pending amendment');
    const [ins, underline] = await session.script(
      `const i = document.querySelector('[data-testid="vision-amendment-diff-${id}"] ins');
       return [i?.textContent ?? '', i ? getComputedStyle(i).textDecorationLine : ''];`,
    );
    assert.ok(ins.length > 0, 'the amendment shows no insertion');
    assert.match(underline, /underline/);
    const label = await session.script(
      `const s = document.querySelector('[data-testid="vision-settle-question-${id}"]'); return s.options[s.selectedIndex].textContent;`,
    );
    await session.script(`document.querySelector('[data-testid="vision-amendment-${id}"]').scrollIntoView({ block: 'center' });`);
    screenshot('69b-vision-settle-en');
    assert.ok(label.includes(`Shall amendment ${id} be accepted?`), `the question about the amendment is not offered first: ${label}`);
    await click(`vision-settle-${id}`);
    const status = await waitFor(() => attr(`vision-amendment-${id}`, 'data-status'), (s) => s !== 'pending', 'the amendment was not settled');
    assert.equal(status, /Not adopted/.test(label) ? 'rejected' : 'accepted', label);
    const settled = await text(`vision-settled-${id}`);
    assert.ok(settled.includes(label.split(' — ')[0]), `${settled} does not name ${label}`);
    assert.equal(await session.script(`return document.querySelector('[data-testid="vision-settle-${id}"]') === null;`), true);
  });

  await step('vision: versions 3 and 5 compared, the moved and added paragraphs shown', async () => {
    await compare(3, 5);
    assert.match(await text('vision-diff-summary'), /changed between version 3 and version 5/);
    const added = await session.script(
      `return [...document.querySelectorAll('[data-testid^="vision-diff-"] .badge')].map((b) => b.textContent);`,
    );
    assert.ok(added.includes('added'), `no added paragraph: ${added}`);
    const struck = await session.script(
      `const d = document.querySelector('[data-testid="vision-diff"] del'); return d ? getComputedStyle(d).textDecorationLine : '';`,
    );
    assert.match(struck, /line-through/);
  });

  await step('vision: version 5 is adopted by a decided question after a confirmation and frozen', async () => {
    await click('vision-adopt');
    await session.find('confirm-vision-adopt');
    assert.match(await text('confirm-vision-adopt'), /version 5/);
    screenshot('69c-vision-adopt-en');
    await click('confirm-vision-adopt-confirm');
    await waitFor(() => attr('vision-version-5', 'data-state'), (s) => s === 'adopted', 'version 5 is not adopted');
    await waitFor(() => attr('vision-version-3', 'data-state'), (s) => s === 'superseded', 'version 3 is not superseded');
    assert.match(await text('vision-adopted'), /Adopted at the/);
    assert.ok(await session.script(
      `return document.querySelector('.vision-text textarea') === null && document.querySelector('[data-testid="vision-add-section"]') === null
         && document.querySelector('[data-testid="vision-adopt"]') === null;`,
    ), 'the adopted version can still be edited');
    await waitFor(toasts, (t) => t.includes('Version 5 adopted'), 'no toast about the adoption');
  });

  await step('vision: the bilingual declaration is exported signed and reads back', async () => {
    await setValue('vision-export-language', 'bilingual', 'change');
    await click('vision-sign');
    assert.equal(await session.script(`return document.querySelector('[data-testid="vision-signer"]').disabled;`), false);
    await click('vision-export');
    const toast = await waitFor(toasts, (t) => /Vision declaration saved and signed digitally: /.test(t), 'no toast about the signed export', 60000);
    const path = /signed digitally: (\S+\.pdf)/.exec(toast)?.[1];
    assert.ok(path, toast);
    const pdf = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, '');
    assert.ok(pdf.includes('渭南愿景') && pdf.includes('WeinanVision'), 'the declaration is not bilingual');
    assert.ok(!pdf.includes('DRAFT'), 'the adopted version is marked as a draft');
    assert.ok(pdf.includes('人人共享𠮷祥'), 'the edited purpose is not in the declaration');
    assert.ok(pdf.includes('开放包容'), 'the added core value is not in the declaration');
    let signatures = '';
    try {
      signatures = execFileSync('pdfsig', [path]).toString();
    } catch (error) {
      signatures = `${error.stdout ?? ''}`;
    }
    assert.match(signatures, /Signature #1/, signatures);
    assert.match(signatures, /ETSI\.CAdES\.detached|adbe|PAdES/i, signatures);
  });

  await step('vision: the stage in Chinese', async () => {
    await click('lang-toggle');
    await waitFor(lang, (l) => l === 'zh-CN', 'the app did not switch to Chinese');
    await waitFor(() => text('vision-version-5'), (t) => (t ?? '').includes('已通过'), 'the states are not in Chinese');
    await waitFor(() => text('vision-version-3'), (t) => (t ?? '').includes('已被取代'), 'version 3 is not superseded in Chinese');
    await waitFor(() => text('vision-adopted'), (t) => /于.*通过|通过/.test(t ?? ''), 'the adoption is not in Chinese');
    await session.script(`document.querySelector('main').scrollTop = 0;`);
    await noOverflow('version 5 in Chinese');
    screenshot('67-vision-zh');
    // A new draft in Chinese: its tools fit their buttons.
    await click('vision-new-draft');
    await waitFor(() => attr('vision-version-6', 'data-state'), (st) => st === 'draft', 'no draft version 6');
    assert.equal(await text('vision-add-section'), '+ 添加章节');
    await session.script(`document.querySelector('[data-testid="vision-section-1"]').scrollIntoView({ block: 'start' });`);
    await noOverflow('draft 6 in Chinese');
    const cramped = await session.script(
      `return [...document.querySelectorAll('.vision button')].filter((b) => b.offsetParent !== null && (b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1)).map((b) => b.dataset.testid ?? b.textContent);`,
    );
    assert.deepEqual(cramped, [], 'buttons whose text overflows');
    screenshot('67a-vision-draft-zh');
    await compare(2, 3);
    assert.match(await text('vision-diff-summary'), /第 2 版与第 3 版之间有/);
    await session.script(`document.querySelector('[data-testid="vision-diff"]').scrollIntoView({ block: 'start' });`);
    screenshot('68-vision-compare-zh');
    await click('lang-toggle');
    await waitFor(lang, (l) => l === 'en', 'the app did not switch back to English');
  });
}
