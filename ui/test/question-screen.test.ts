// @vitest-environment happy-dom
// The question screen on the in-memory backend: asking, positions by keyboard, the live tally,
// undo, closing rounds, the amendment, the focal point's decision with its mandatory rationale,
// and the projector's tally (counts, never names).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMockMeetingsApi, type MeetingsApi } from '../src/api-meetings';
import { createMockApi } from '../src/api-mock';
import type { Api } from '../src/api';
import type { MeetingView, Stakeholder } from '../src/bindings';
import { setI18nLocale } from '../src/i18n';
import { votes } from '../src/meetings-model';
import type { MeetingContext } from '../src/screens/meeting-context';
import { ProjectorScreen } from '../src/screens/projector';
import { mountQuestions, questionsApiFor } from '../src/screens/questions-panel';
import { createToaster } from '../src/widgets/toast';

const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
const must = (testid: string) => {
  const element = $(testid);
  if (element === null) throw new Error(`no element with data-testid="${testid}"`);
  return element;
};
const type = (testid: string, text: string) => {
  const input = must(testid) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event('input'));
};
const press = (k: string, extra: KeyboardEventInit = {}) =>
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));
const text = (testid: string) => must(testid).textContent ?? '';
const count = (p: string) => Number(text(`question-count-${p}`));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

interface Room {
  api: Api;
  meetings: MeetingsApi;
  ctx: MeetingContext;
  voting: Stakeholder[];
}

/** The demo's second plenary, opened, with `present` voting members checked in. */
async function room(present: number): Promise<Room> {
  const api = createMockApi(new URLSearchParams('demo=1'));
  const meetings = createMockMeetingsApi(api);
  await meetings.open(2, true);
  const people = await api.listStakeholders();
  const voting = people.filter(votes);
  let view: MeetingView = await meetings.get(2);
  for (const p of voting.slice(0, present)) view = await meetings.checkIn(2, p.id);
  const toast = createToaster();
  document.body.replaceChildren(toast.element);
  const ctx: MeetingContext = {
    view, people: new Map(people.map((p) => [p.id, p])), api: meetings, peopleApi: api, toast,
    run: async () => true, currentItemId: null, setCurrentItem: () => undefined,
  };
  return { api, meetings, ctx, voting };
}

async function ask(r: Room, question: string): Promise<void> {
  document.body.append(mountQuestions(document.createElement('div'), r.ctx));
  await until(() => $('question-ask') !== null && $('questions-empty') !== null);
  must('question-ask').click();
  await until(() => $('question-ask-form') !== null);
  must('question-ask-save').click();
  await until(() => text('question-error-textEn') !== '');
  type('question-text-en', question);
  must('question-ask-save').click();
  await until(() => $('question-members') !== null);
}

async function closeRound(): Promise<void> {
  must('question-close-round').click();
  await until(() => $('confirm-close-round') !== null);
  must('confirm-close-round-confirm').click();
  await until(() => $('question-next') !== null);
}

const settled = () => $('question-tally')?.getAttribute('data-pending') === '0';

beforeEach(() => {
  setI18nLocale('en');
  localStorage.clear();
});

afterEach(async () => {
  vi.restoreAllMocks();
  document.querySelectorAll('.modal-backdrop').forEach((m) => m.remove());
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('the question screen', () => {
  it('takes positions by keyboard, says what the rule needs, and undoes until the round closes', async () => {
    const r = await room(12);
    await ask(r, 'Adopt the revised vision as the basis of the targets');
    expect(text('question-title')).toBe('Adopt the revised vision as the basis of the targets');
    expect($$('question-member')).toHaveLength(12);
    expect(document.activeElement?.getAttribute('data-testid')).toBe('question-members');

    // C, then ↓ ↓, then O three times: the demo's rule (consensus minus 2) is blocked.
    press('c');
    press('ArrowDown');
    press('o');
    press('o');
    press('s');
    await until(settled);
    expect([count('consent'), count('standAside'), count('object')]).toEqual([1, 1, 2]);
    expect(text('question-tally-sentences')).toContain('1 more objection blocks.');
    const rows = $$('question-member');
    expect(rows[0]?.getAttribute('data-position')).toBe('consent');
    expect(rows[1]?.getAttribute('data-position')).toBe('');
    expect(rows[2]?.getAttribute('data-position')).toBe('object');

    // Ctrl+Z takes back the stand-aside; Backspace clears the selected member.
    press('z', { ctrlKey: true });
    await until(settled);
    expect(count('standAside')).toBe(0);
    expect($$('question-member')[4]?.getAttribute('data-position')).toBe('');
    press('ArrowUp');
    press('Backspace');
    await until(settled);
    expect(count('object')).toBe(1);

    // All consent, then mark the exceptions.
    must('question-all-consent').click();
    await until(settled);
    expect(count('consent')).toBe(11);
    expect(text('question-tally-sentences')).toContain('Adopted if the round closed now.');
    press('End');
    press('o');
    press('ArrowUp');
    press('o');
    press('ArrowUp');
    press('ArrowUp');
    press('o');
    await until(settled);
    expect([count('consent'), count('object')]).toEqual([8, 4]);
    expect(text('question-tally-sentences')).toContain('2 objections more than the 2 allowed block adoption: 2 objectors must withdraw.');

    await closeRound();
    expect(text('question-badge')).toBe('1 of 3 rounds failed');
    expect($$('question-history-row')).toHaveLength(1);
    expect(text('question-history')).toContain('not adopted');
    // A closed round offers no edit: the letters do nothing now.
    press('c');
    expect($('question-members')).toBeNull();
  });

  it('after three failed rounds offers the focal point a decision, which needs a rationale', async () => {
    const r = await room(10);
    await ask(r, 'Set the 2030 target');
    const api = questionsApiFor(r.ctx);
    for (let round = 1; round <= 3; round++) {
      if (round > 1) {
        if (round === 2) {
          (must('question-amend') as HTMLInputElement).click();
          type('question-amend-en', 'Set the 2030 target, reviewed in 2028');
        }
        must('question-open-round').click();
        await until(() => $('question-members') !== null);
      }
      must('question-all-consent').click();
      press('Home');
      press('o');
      press('o');
      press('o');
      await until(settled);
      expect(count('object')).toBe(3);
      await closeRound();
    }
    expect(text('question-history')).toContain('Set the 2030 target, reviewed in 2028');
    expect(text('question-focal-offer')).toContain('persistently failed');
    must('question-focal-point').click();
    await until(() => $('question-focal-dialog') !== null);
    must('question-fp-save').click();
    expect(text('question-fp-error-rationale')).toBe('Write the rationale: the minutes record it as written.');
    type('question-fp-rationale', 'The city needs a target before the budget.');
    must('question-fp-save').click();
    await until(() => $('question-outcome') !== null);
    expect(text('question-outcome')).toBe('Adopted by decision of the focal point after consensus persistently failed');
    expect(text('question-rationale')).toContain('The city needs a target before the budget.');
    const record = (await api.list(2))[0];
    expect(record?.state.outcome).toEqual({ how: 'focalPointDecision', adopt: true, rationale: 'The city needs a target before the budget.' });
  });

  it('shows the Vision amendment a question settled, insertions underlined and deletions struck through', async () => {
    const r = await room(10);
    const api = questionsApiFor(r.ctx);
    const asked: number[] = [];
    api.vision = async (questionId) => {
      asked.push(questionId);
      return {
        version: null, adopted: false,
        amendments: [{
          id: 2, version: 2, section: 'Core values', paragraph: 1, proposedBy: 'Zhang Li', reason: 'Name who is left behind.', pending: false, accepted: true,
          diffZh: [{ op: 'equal', text: '人人共享，' }, { op: 'insert', text: '𠮷' }, { op: 'delete', text: '旧' }, { op: 'equal', text: '。' }],
          diffEn: [{ op: 'equal', text: 'Shared by all.' }],
        }],
      };
    };
    await ask(r, 'Accept the amendment to core values');
    await until(() => $('question-vision') !== null);
    expect(asked).toHaveLength(1);
    expect(text('question-vision')).toContain('Amendment 2 by Zhang Li to version 2, section “Core values”, paragraph 1');
    expect(text('question-amendment-2-status')).toBe('Accepted');
    const zh = must('question-amendment-2-zh');
    expect(zh.getAttribute('data-changed')).toBe('true');
    expect([...zh.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['𠮷']);
    expect([...zh.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['旧']);
    expect(zh.querySelector('p[lang="zh-CN"]')?.textContent).toBe('人人共享，𠮷旧。');
    // A language the amendment leaves as it is says so in words.
    const en = must('question-amendment-2-en');
    expect(en.getAttribute('data-changed')).toBe('false');
    expect(en.querySelector('ins, del')).toBeNull();
    expect(en.textContent).toContain('leaves this language as it is');
    expect(text('question-vision')).toContain('underlined');
  });

  it('asks a question about a pending amendment, worded for it, and shows the change while it is pending', async () => {
    const r = await room(10);
    const api = questionsApiFor(r.ctx);
    api.subjects = async () => [{
      subject: { kind: 'visionAmendment', id: 4 }, label: 'Amendment 4 by Zhang Li to version 3, section “Core values”, paragraph 2',
      textZh: '是否接受第 4 号修正案？', textEn: 'Shall amendment 4 be accepted?',
    }];
    const sent: unknown[] = [];
    const ask = api.ask.bind(api);
    api.ask = (question) => { sent.push(question.subject); return ask(question); };
    api.vision = async () => ({
      version: null, adopted: false,
      amendments: [{
        id: 4, version: 3, section: 'Core values', paragraph: 2, proposedBy: 'Zhang Li', reason: 'Clearer.', pending: true, accepted: false,
        diffZh: [{ op: 'equal', text: '共享' }], diffEn: [{ op: 'delete', text: 'old' }, { op: 'insert', text: 'new' }],
      }],
    });
    document.body.append(mountQuestions(document.createElement('div'), r.ctx));
    await until(() => $('question-ask') !== null && $('questions-empty') !== null);
    must('question-ask').click();
    await until(() => $('question-subject') !== null);
    const about = must('question-subject') as HTMLSelectElement;
    expect([...about.options].map((o) => o.textContent)).toEqual(['Nothing of the Vision', 'Amendment 4 by Zhang Li to version 3, section “Core values”, paragraph 2']);
    about.value = '0';
    about.dispatchEvent(new Event('change'));
    expect((must('question-text-en') as HTMLTextAreaElement).value).toBe('Shall amendment 4 be accepted?');
    expect((must('question-text-zh') as HTMLTextAreaElement).value).toBe('是否接受第 4 号修正案？');
    // Back to nothing: the suggested words go, typed ones would stay.
    about.value = '';
    about.dispatchEvent(new Event('change'));
    expect((must('question-text-en') as HTMLTextAreaElement).value).toBe('');
    about.value = '0';
    about.dispatchEvent(new Event('change'));
    must('question-ask-save').click();
    await until(() => $('question-vision') !== null);
    expect(sent).toEqual([{ kind: 'visionAmendment', id: 4 }]);
    expect(text('question-amendment-4-status')).toBe('To be settled by this question');
    expect(must('question-amendment-4').getAttribute('data-pending')).toBe('true');
    expect([...must('question-amendment-4-en').querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['new']);
  });

  it('offers no subject when the Vision has no draft and no pending amendment', async () => {
    const r = await room(10);
    document.body.append(mountQuestions(document.createElement('div'), r.ctx));
    await until(() => $('question-ask') !== null && $('questions-empty') !== null);
    must('question-ask').click();
    await until(() => $('question-ask-form') !== null);
    expect($('question-subject')).toBeNull();
    must('question-ask-cancel').click();
    expect($('question-ask-form')).toBeNull();
  });

  it('shows no Vision block for a question that decided nothing of it', async () => {
    const r = await room(10);
    await ask(r, 'Approve the agenda');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect($('question-vision')).toBeNull();
    expect($('question-vision-error')).toBeNull();
  });

  it('says why when it cannot tell what a question decided about the Vision', async () => {
    const r = await room(10);
    const api = questionsApiFor(r.ctx);
    api.vision = async () => { throw { code: 'not-found', message: 'Question 99 does not exist.', fields: [] }; };
    await ask(r, 'Approve the agenda');
    await until(() => $('question-vision-error') !== null);
    expect(text('question-vision-error')).toBe('Question 99 does not exist.');
  });

  it('says when quorum is missing, and the projector shows counts without names', async () => {
    const r = await room(5);
    await ask(r, 'Hold the next plenary in Reggio Emilia');
    press('c');
    await until(settled);
    expect(text('question-tally-sentences')).toContain('No quorum: 1 more voting member needed.');
    const view = await r.meetings.getProjector();
    expect(view.questionId).not.toBeNull();

    const projectorRoot = document.createElement('div');
    document.body.append(projectorRoot);
    await new ProjectorScreen(projectorRoot, r.meetings).show(view);
    await until(() => projectorRoot.querySelector('[data-testid="projector-question"]') !== null);
    const shown = projectorRoot.querySelector('[data-testid="projector-question"]')?.textContent ?? '';
    expect(shown).toContain('Hold the next plenary in Reggio Emilia');
    expect(projectorRoot.querySelector('[data-testid="projector-count-consent"]')?.textContent).toBe('1');
    for (const p of r.voting.slice(0, 5)) {
      expect(shown).not.toContain(p.nameEn);
      expect(shown).not.toContain(p.nameZh);
    }

    // Esc leaves the screen, and the projector no longer shows the question.
    press('Escape');
    await until(() => $('question-screen') === null);
    await until(() => $('question-row') !== null);
    expect(text('question-row')).toContain('Round 1 open');
  });

  it('asks a rejected question again with a revised text, linked to the first', async () => {
    const r = await room(12);
    document.body.append(mountQuestions(document.createElement('div'), r.ctx));
    await until(() => $('question-ask') !== null && $('questions-empty') !== null);
    must('question-ask').click();
    await until(() => $('question-ask-form') !== null);
    type('question-text-en', 'Close the old town to cars on Sundays');
    const own = must('question-own-rule') as HTMLInputElement;
    own.checked = true;
    own.dispatchEvent(new Event('change'));
    const kind = must('question-rule-kind') as HTMLSelectElement;
    kind.value = 'simpleMajority';
    kind.dispatchEvent(new Event('change'));
    must('question-ask-save').click();
    await until(() => $('question-members') !== null);
    // Before any round has closed, the screen says what a failed round means under this rule.
    expect(text('question-if-fails')).toContain('rejects the question');
    expect(text('question-if-fails')).toContain('ask again');

    for (let i = 0; i < 12; i++) press('o');
    await until(settled);
    expect(count('object')).toBe(12);
    await closeRound();
    await until(() => $('question-ask-again') !== null);
    expect(text('question-outcome')).toContain('Not adopted');
    expect($('question-if-fails')).toBeNull();

    must('question-ask-again').click();
    await until(() => $('question-ask-again-dialog') !== null);
    expect((must('question-ask-again-en') as HTMLTextAreaElement).value).toBe('Close the old town to cars on Sundays');
    type('question-ask-again-en', '');
    must('question-ask-again-save').click();
    await until(() => text('question-ask-again-error-en') !== '');
    type('question-ask-again-en', 'Close the old town to cars on the first Sunday of each month');
    must('question-ask-again-save').click();
    await until(() => $('question-asked-again-from') !== null);
    expect(text('question-title')).toBe('Close the old town to cars on the first Sunday of each month');
    expect(text('question-asked-again-from')).toContain('question 1');
    expect($('question-members')).not.toBeNull();

    // Back to the first: it names the question that asked it again, and offers nothing more.
    must('question-asked-again-from').click();
    await until(() => $('question-asked-again-as') !== null);
    expect(text('question-asked-again-as')).toContain('question 2');
    expect($('question-ask-again')).toBeNull();
  });
});
