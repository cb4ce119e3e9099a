// @vitest-environment happy-dom
// The Meetings stage on the in-memory backend: the pure rules, the list and its empty state,
// the form's field errors, the lifecycle with its confirmations and refusals, check-in by
// pinyin with the keyboard and the quorum, notes, decisions, action items, addenda, the export
// and the projector.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/api';
import { createMockMeetingsApi } from '../src/api-meetings';
import { createMockApi } from '../src/api-mock';
import { App } from '../src/app';
import type { Attendance, Stakeholder } from '../src/bindings';
import { createI18n } from '../src/i18n';
import {
  allowed, countQuorum, formatTime, fromInputValue, movedPosition, nextStep, pick, projectorLines, proxyCandidates,
  quorumFill, toInputValue, validateMeeting,
} from '../src/meetings-model';
import { ProjectorScreen, isProjectorRoute, registerProjectorPanel } from '../src/screens/projector';

const NOW = () => new Date(2026, 10, 23);
const $ = (testid: string) => document.querySelector<HTMLElement>(`[data-testid="${testid}"]`);
const $$ = (testid: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
const must = (testid: string) => {
  const element = $(testid);
  if (element === null) throw new Error(`no element with data-testid="${testid}"`);
  return element;
};
const type = (testid: string, text: string, event = 'input') => {
  const input = must(testid) as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new Event(event));
};
const toasts = () => $$('toast').map((t) => t.textContent ?? '').join(' | ');
const key = (target: HTMLElement, k: string, extra: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...extra }));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}

async function confirm(testid: string): Promise<void> {
  await until(() => $(testid) !== null);
  expect(must(testid).textContent).not.toBe('');
  must(`${testid}-confirm`).click();
}

/** Opens the demo's second plenary, planned for 21 December 2026: on any other day the chair confirms. */
async function openTheMeeting(): Promise<void> {
  must('meeting-open').click();
  await confirm('confirm-open-another-day');
}

async function openMeetings(api: Api): Promise<void> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await new App(root, api, NOW).start();
  must('nav-meetings').click();
  await until(() => $('meetings-list') !== null || $('meetings-empty') !== null);
}

async function openSecondPlenary(): Promise<void> {
  await openMeetings(createMockApi(new URLSearchParams('demo=1')));
  const row = $$('meeting-row').find((r) => (r.textContent ?? '').includes('Second plenary'));
  if (row === undefined) throw new Error('no second plenary');
  row.click();
  await until(() => $('meeting-detail') !== null);
}

const person = (id: number, role: Stakeholder['role'] = 'voting-member'): Stakeholder => ({
  id, nameZh: `人${id}`, nameEn: `P${id}`, organisationZh: '', organisationEn: '', sector: 'citizen', helix: 'civil-society', role,
  groups: [], otherGroup: '', email: '', mobile: '', consentDate: null, consentNotice: '', status: 'active', note: '', erasedOn: null,
});
const here = (id: number, extra: Partial<Attendance> = {}): Attendance => ({ stakeholderId: id, present: true, arrivedAt: null, leftAt: null, proxyFor: null, ...extra });

beforeEach(() => {
  history.replaceState(null, '', '/');
  localStorage.clear();
});

afterEach(async () => {
  vi.restoreAllMocks();
  document.querySelectorAll('.modal-backdrop').forEach((m) => m.remove());
  await (window as unknown as { happyDOM?: { abort(): Promise<void> } }).happyDOM?.abort();
});

describe('meetings model', () => {
  it('allows one step forward per state, and only what the state allows', () => {
    expect(['planned', 'opened', 'closed', 'approved'].map((s) => nextStep(s as never))).toEqual(['open', 'close', 'approve', null]);
    expect(allowed('planned')).toEqual({ details: true, addItems: true, attendance: true, records: false, addendum: false });
    expect(allowed('closed')).toEqual({ details: false, addItems: false, attendance: false, records: true, addendum: false });
    expect(allowed('approved')).toEqual({ details: false, addItems: false, attendance: false, records: false, addendum: true });
  });

  it('counts the quorum like the backend: the room, then proxies for absent members held in the room', () => {
    const voting = [1, 2, 3, 4, 5, 6];
    const rows = [here(1), here(2), { ...here(3), present: false }, here(10)];
    expect(countQuorum(voting, rows, 50)).toMatchObject({ present: 2, byProxy: 0, members: 6, needed: 3, reached: false });
    rows[3] = here(10, { proxyFor: 3 });
    expect(countQuorum(voting, rows, 50)).toMatchObject({ present: 2, byProxy: 1, reached: true });
    rows[3] = here(10, { proxyFor: 3, leftAt: '2026-11-23T11:00:00' });
    expect(countQuorum(voting, rows, 50).reached).toBe(false);
    expect(countQuorum([], [], 50).reached).toBe(false);
    expect(quorumFill(countQuorum(voting, [here(1)], 50))).toBe(33);
  });

  it('offers as proxies only absent voting members nobody else represents', () => {
    const people = [person(1), person(2), person(3), person(4), person(5, 'observer')];
    const rows = [here(1), here(2, { proxyFor: 3 })];
    expect(proxyCandidates(people, rows, 1).map((p) => p.id)).toEqual([4]);
    expect(proxyCandidates(people, rows, 2).map((p) => p.id)).toEqual([3, 4]);
  });

  it('moves agenda items within bounds, and converts times both ways', () => {
    const item = (id: number, position: number) => ({ id, position, titleZh: '', titleEn: '', presenter: '', plannedMinutes: 0, notesZh: '', notesEn: '' });
    const agenda = [item(7, 2), item(5, 1), item(9, 3)];
    expect(movedPosition(agenda, 7, -1)).toBe(1);
    expect(movedPosition(agenda, 5, -1)).toBeNull();
    expect(movedPosition(agenda, 9, 1)).toBeNull();
    expect(toInputValue('2026-12-21T09:00:00')).toBe('2026-12-21T09:00');
    expect(fromInputValue('2026-12-21T09:30')).toBe('2026-12-21T09:30:00');
    expect(fromInputValue('')).toBeNull();
    expect(formatTime('2026-12-21T09:05:00')).toBe('09:05');
  });

  it('picks the reader’s language and falls back to the other; the projector shows both when bilingual', () => {
    expect(pick('全体会议', 'Plenary', 'zh-CN')).toBe('全体会议');
    expect(pick('全体会议', '', 'en')).toBe('全体会议');
    expect(projectorLines('愿景', 'Vision', 'bilingual').map((l) => l.lang)).toEqual(['zh-CN', 'en']);
    expect(projectorLines('愿景', 'Vision', 'en')).toEqual([{ text: 'Vision', lang: 'en' }]);
    expect(projectorLines('', 'Vision', 'zh-CN')).toEqual([{ text: 'Vision', lang: 'en' }]);
  });

  it('asks for a title in one language', () => {
    const en = createI18n('en');
    const base = { id: 0, kind: 'plenary', titleZh: '', titleEn: '', startsAt: '2026-12-21T09:00:00' } as never;
    expect(validateMeeting(base, en).map((f) => f.field)).toEqual(['title']);
    expect(validateMeeting({ ...(base as object), titleZh: '全体会议' } as never, en)).toEqual([]);
  });
});

describe('meetings screen', () => {
  it('explains an empty stage and offers to plan a meeting; the form shows field errors', async () => {
    const api = createMockApi(new URLSearchParams('demo=1'));
    vi.spyOn(api, 'listStakeholders').mockResolvedValue([]);
    await openMeetings(api);
    expect(must('meetings-empty').textContent).toContain('No meetings yet');
    must('meeting-plan').click();
    await until(() => $('meeting-form') !== null);
    must('meeting-save').click();
    await until(() => !must('meeting-error-titleZh').hidden);
    expect(must('meeting-error-titleZh').textContent).toContain('Chinese or in English');
    expect(must('error-summary').textContent).toContain('1 field needs attention');
    type('meeting-field-titleZh', '第一次全体会议');
    must('meeting-save').click();
    await until(() => $('meeting-detail') !== null);
    expect(must('meeting-title').textContent).toBe('第一次全体会议');
    expect(must('meeting-state').textContent).toBe('Planned');
    expect(toasts()).toContain('planned');
  });

  it('lists the demo meetings with their states', async () => {
    await openMeetings(createMockApi(new URLSearchParams('demo=1')));
    const text = $$('meeting-row').map((r) => r.textContent ?? '');
    expect(text[0]).toContain('Second plenary');
    expect(text[0]).toContain('Planned');
    expect(text[1]).toContain('Approved · frozen');
  });

  it('runs a meeting: open, check in by pinyin with the keyboard, quorum, notes, decision, action, close, approve', async () => {
    await openSecondPlenary();
    expect($('meeting-close')).toBeNull();
    expect($('meeting-approve')).toBeNull();
    // The open action item of the first plenary is shown under the first agenda item.
    expect(must('agenda-carried').textContent).toContain('Revise the draft vision');
    must('meeting-open').click();
    // Planned for another day: nothing happens before the chair confirms.
    await until(() => $('confirm-open-another-day') !== null);
    expect(must('confirm-open-another-day').textContent).toContain('21 December 2026');
    expect(must('meeting-state').textContent).toBe('Planned');
    must('confirm-open-another-day-confirm').click();
    await until(() => must('meeting-state').textContent === 'Open');
    expect($('meeting-open')).toBeNull();
    expect(must('quorum-verdict').textContent).toBe('No quorum yet');
    expect(must('quorum-count').textContent).toContain('0 of 12 voting members present');

    must('meeting-tab-attendance').click();
    await until(() => $('checkin-search') !== null);
    type('checkin-search', 'wzl');
    await until(() => $$('checkin-option').length === 1);
    key(must('checkin-search'), 'Enter');
    await until(() => (must('quorum-count').textContent ?? '').startsWith('1 of 12'));
    expect(toasts()).toContain('is checked in');
    expect(document.activeElement).toBe(must('checkin-search'));
    expect((must('checkin-search') as HTMLInputElement).value).toBe('');
    // A second person: ↓ picks the second match, a button per row works too.
    type('checkin-search', 'li');
    await until(() => $$('checkin-option').length >= 2);
    key(must('checkin-search'), 'ArrowDown');
    expect($$('checkin-option')[1]?.getAttribute('aria-selected')).toBe('true');
    key(must('checkin-search'), 'Enter');
    await until(() => (must('quorum-count').textContent ?? '').startsWith('2 of 12'));
    expect($$('attendance-row')).toHaveLength(2);
    expect(must('attendance-row').textContent).toMatch(/arrived \d\d:\d\d/);

    // A proxy for an absent voting member counts.
    const proxy = must('proxy-select') as HTMLSelectElement;
    expect(proxy.options.length).toBeGreaterThan(5);
    type('proxy-select', proxy.options[1]?.value ?? '', 'change');
    await until(() => (must('quorum-count').textContent ?? '').includes('1 by proxy'));

    must('meeting-tab-agenda').click();
    await until(() => $('agenda-notes-en-2') !== null);
    type('agenda-notes-en-2', 'Han Lei presented the baseline.');
    expect(must('agenda-notes-status-2').textContent).toContain('Not saved yet');
    key(must('agenda-notes-en-2'), 's', { ctrlKey: true });
    await until(() => must('agenda-notes-status-2').textContent === 'Saved');

    must('meeting-tab-records').click();
    await until(() => $('decision-form') !== null);
    must('decision-add').click();
    await until(() => !must('decision-error-text').hidden);
    type('decision-textEn', 'The baseline is accepted.');
    type('decision-basis', 'consensus', 'change');
    must('decision-add').click();
    await until(() => $$('decision').length === 1);
    expect(must('decision').textContent).toContain('Consensus');
    type('action-whatZh', '补充无障碍预警数据');
    type('action-owner', '2', 'change');
    type('action-due', '2027-01-15');
    must('action-add').click();
    await until(() => $$('action-item').length === 1);
    expect(must('action-item').textContent).toContain('Owner:');
    expect(must('action-item').textContent).toContain('15 January 2027');

    must('meeting-close').click();
    await confirm('confirm-close');
    await until(() => must('meeting-state').textContent === 'Closed');
    expect($('quorum')).toBeNull();
    must('meeting-approve').click();
    await until(() => $('confirm-approve') !== null);
    expect(must('confirm-approve').textContent).toContain('freezes');
    must('confirm-approve-confirm').click();
    await until(() => (must('meeting-state').textContent ?? '').includes('frozen'));
    expect($('meeting-frozen')).not.toBeNull();
    expect($('decision-form')).toBeNull();
    must('meeting-tab-agenda').click();
    await until(() => $('agenda-notes-frozen-2') !== null);
    expect($('agenda-notes-en-2')).toBeNull();
    expect(must('agenda-notes-frozen-2').textContent).toContain('Han Lei presented the baseline.');
  });

  it('reorders the agenda with Alt+↓ only while planned, and shows a refusal as a toast', async () => {
    await openSecondPlenary();
    const first = () => $$('agenda-item')[0]?.textContent ?? '';
    expect(first()).toContain('Open action items');
    key(must('agenda-item'), 'ArrowDown', { altKey: true });
    await until(() => first().includes('Technical working group'));
    must('agenda-up-2').click();
    await until(() => first().includes('Open action items'));
    await openTheMeeting();
    await until(() => must('meeting-state').textContent === 'Open');
    expect($('agenda-up-2')).toBeNull();
    // The backend refuses what the state does not allow; its message is shown.
    const api = createMockMeetingsApi(createMockApi(new URLSearchParams('demo=1')));
    await expect(api.approve(2)).rejects.toMatchObject({ message: 'Only the minutes of a closed meeting can be approved.' });
  });

  it('adds an addendum to approved minutes, naming what it corrects', async () => {
    await openMeetings(createMockApi(new URLSearchParams('demo=1')));
    $$('meeting-row').find((r) => (r.textContent ?? '').includes('First plenary'))?.click();
    await until(() => $('meeting-detail') !== null);
    expect($('meeting-open')).toBeNull();
    must('meeting-addendum').click();
    await until(() => $('addendum-form') !== null);
    must('addendum-add').click();
    await until(() => !must('addendum-error-corrects').hidden);
    type('addendum-corrects', 'Agenda item 2, notes');
    type('addendum-textEn', 'Read 42 instead of 24.');
    must('addendum-add').click();
    await until(() => $$('addendum').length === 1);
    expect(must('addendum').textContent).toContain('Corrects: Agenda item 2, notes');
  });

  it('exports the minutes and says where, and how many pages', async () => {
    await openSecondPlenary();
    type('export-language', 'bilingual', 'change');
    must('export-minutes').click();
    await until(() => toasts().includes('pages'));
    expect(toasts()).toMatch(/Saved .*bilingual\.pdf \(9 pages/);
  });

  it('edits an agenda item in place, prefilled: Esc cancels, Ctrl+S saves, an empty title is refused', async () => {
    await openSecondPlenary();
    const second = () => $$('agenda-item').find((li) => li.dataset['id'] === '42');
    must('agenda-edit-42').click();
    await until(() => $('agenda-edit-form') !== null);
    expect(document.activeElement).toBe(must('agenda-edit-titleZh'));
    expect((must('agenda-edit-titleEn') as HTMLInputElement).value).toBe('Technical working group: baseline and deficits');
    expect((must('agenda-edit-presenter') as HTMLInputElement).value).toBe('韩磊 Han Lei');
    expect((must('agenda-edit-minutes') as HTMLInputElement).value).toBe('40');
    // Esc throws the change away and gives the focus back to the Edit button.
    type('agenda-edit-titleEn', 'Thrown away');
    key(must('agenda-edit-titleEn'), 'Escape');
    await until(() => $('agenda-edit-form') === null);
    expect($('meeting-detail')).not.toBeNull();
    expect(second()?.textContent).toContain('baseline and deficits');
    expect(document.activeElement).toBe(must('agenda-edit-42'));

    must('agenda-edit-42').click();
    await until(() => $('agenda-edit-form') !== null);
    type('agenda-edit-titleZh', '');
    type('agenda-edit-titleEn', ' ');
    must('agenda-edit-save').click();
    await until(() => !must('agenda-edit-error-title').hidden);
    expect(must('agenda-edit-error-title').textContent).toBe('Give the item a title, in Chinese or in English.');
    type('agenda-edit-titleZh', '技术工作组：基线');
    type('agenda-edit-titleEn', 'Technical working group: the baseline');
    type('agenda-edit-presenter', '韩磊 Han Lei, 王芳 Wang Fang');
    type('agenda-edit-minutes', '55');
    key(must('agenda-edit-minutes'), 's', { ctrlKey: true });
    await until(() => $('agenda-edit-form') === null);
    expect(second()?.textContent).toContain('Technical working group: the baseline');
    expect(second()?.textContent).toContain('技术工作组：基线');
    expect(second()?.textContent).toContain('Wang Fang');
    expect(second()?.textContent).toContain('55');
    expect(document.activeElement).toBe(must('agenda-edit-42'));

    // Still editable once the meeting is open; the stand-in refuses an empty title like the backend.
    await openTheMeeting();
    await until(() => must('meeting-state').textContent === 'Open');
    expect($('agenda-edit-42')).not.toBeNull();
    const api = createMockMeetingsApi(createMockApi(new URLSearchParams('demo=1')));
    const item = (await api.get(2)).agenda[1];
    if (item === undefined) throw new Error('no item');
    await expect(api.updateAgendaItem(2, { ...item, titleZh: '', titleEn: '' })).rejects.toMatchObject({ fields: [{ field: 'title' }] });
    await expect(api.updateAgendaItem(1, { ...item, id: 12 })).rejects.toMatchObject({ message: expect.stringContaining('approved') });
  });

  it('edits a decision (with the question that settled it) and an action item, until the minutes are approved', async () => {
    await openSecondPlenary();
    await openTheMeeting();
    await until(() => must('meeting-state').textContent === 'Open');
    // A question is put to the meeting; its screen is left again.
    must('question-ask').click();
    await until(() => $('question-ask-form') !== null);
    type('question-text-en', 'Accept the baseline of the technical working group');
    must('question-ask-save').click();
    await until(() => $('question-back') !== null);
    must('question-back').click();
    await until(() => $('question-screen') === null);

    must('meeting-tab-records').click();
    await until(() => $('decision-form') !== null);
    await until(() => (must('decision-question') as HTMLSelectElement).options.length === 2);
    expect(must('decision-question').textContent).toContain('Question 1 — Accept the baseline');
    type('decision-textEn', 'The baseline is accepted.');
    must('decision-add').click();
    await until(() => $$('decision').length === 1);
    const decisionId = must('decision').querySelector('[data-testid^="decision-edit-"]')?.getAttribute('data-testid')?.slice('decision-edit-'.length);
    if (decisionId === undefined) throw new Error('no edit button on the decision');

    must(`decision-edit-${decisionId}`).click();
    await until(() => $('decision-edit-form') !== null);
    expect((must('decision-edit-textEn') as HTMLTextAreaElement).value).toBe('The baseline is accepted.');
    expect((must('decision-edit-basis') as HTMLSelectElement).value).toBe('consensus');
    await until(() => (must('decision-edit-question') as HTMLSelectElement).options.length === 2);
    expect((must('decision-edit-question') as HTMLSelectElement).value).toBe('');
    type('decision-edit-textEn', '');
    must('decision-edit-save').click();
    await until(() => !must('decision-edit-error-text').hidden);
    type('decision-edit-textZh', '接受指标基线。');
    type('decision-edit-textEn', 'The baseline is accepted as presented.');
    type('decision-edit-basis', 'majority', 'change');
    const question = must('decision-edit-question') as HTMLSelectElement;
    type('decision-edit-question', question.options[1]?.value ?? '', 'change');
    key(must('decision-edit-textEn'), 's', { ctrlKey: true });
    await until(() => $('decision-edit-form') === null);
    expect($$('decision')).toHaveLength(1);
    expect(must('decision').textContent).toContain('The baseline is accepted as presented.');
    expect(must('decision').textContent).toContain('接受指标基线。');
    expect(must('decision').textContent).toContain('Majority');
    await until(() => $('decision-question-label')?.textContent === 'Question 1');

    type('action-whatEn', 'Add early-warning data');
    type('action-owner', '2', 'change');
    must('action-add').click();
    await until(() => $$('action-item').length === 1);
    const actionId = must('action-item').querySelector('[data-testid^="action-edit-"]')?.getAttribute('data-testid')?.slice('action-edit-'.length);
    if (actionId === undefined) throw new Error('no edit button on the action item');
    must(`action-edit-${actionId}`).click();
    await until(() => $('action-edit-form') !== null);
    expect((must('action-edit-whatEn') as HTMLInputElement).value).toBe('Add early-warning data');
    expect((must('action-edit-owner') as HTMLSelectElement).value).toBe('2');
    expect((must('action-edit-status') as HTMLSelectElement).value).toBe('open');
    // Cancel leaves it as it was.
    type('action-edit-whatEn', 'Thrown away');
    must('action-edit-cancel').click();
    await until(() => $('action-edit-form') === null);
    expect(must('action-item').textContent).toContain('Add early-warning data');

    must(`action-edit-${actionId}`).click();
    await until(() => $('action-edit-form') !== null);
    type('action-edit-whatEn', 'Add early-warning data for the elderly');
    type('action-edit-due', '2027-02-01');
    type('action-edit-status', 'done', 'change');
    must('action-edit-save').click();
    await until(() => $('action-edit-form') === null);
    expect(must('action-item').textContent).toContain('for the elderly');
    expect(must('action-item').textContent).toContain('1 February 2027');
    expect((must('action-status') as HTMLSelectElement).value).toBe('done');

    // Closed: still editable. Approved: frozen, no Edit buttons.
    must('meeting-close').click();
    await confirm('confirm-close');
    await until(() => must('meeting-state').textContent === 'Closed');
    expect($(`decision-edit-${decisionId}`)).not.toBeNull();
    must('meeting-approve').click();
    await confirm('confirm-approve');
    await until(() => (must('meeting-state').textContent ?? '').includes('frozen'));
    expect($$('decision')).toHaveLength(1);
    expect($(`decision-edit-${decisionId}`)).toBeNull();
    expect($(`action-edit-${actionId}`)).toBeNull();
    must('meeting-tab-agenda').click();
    await until(() => $$('agenda-item').length === 4);
    expect(document.querySelector('[data-testid^="agenda-edit-"]')).toBeNull();
  });

  it('works in Chinese, with the same actions', async () => {
    await openMeetings(createMockApi(new URLSearchParams('demo=1&lang=zh-CN')));
    $$('meeting-row')[0]?.click();
    await until(() => $('meeting-detail') !== null);
    expect(must('meeting-title').textContent).toContain('第二次全体会议');
    expect(must('meeting-open').textContent).toBe('宣布开幕');
    expect(must('meeting-state').textContent).toBe('计划中');
  });
});

describe('projector', () => {
  it('recognises its route, follows the main window, and draws registered panels', async () => {
    expect(isProjectorRoute('#/projector')).toBe(true);
    expect(isProjectorRoute('#/meetings')).toBe(false);
    const api = createMockMeetingsApi(createMockApi(new URLSearchParams('demo=1')));
    const drawn: (number | null)[] = [];
    registerProjectorPanel((view, root) => {
      drawn.push(view.questionId);
      root.append(Object.assign(document.createElement('p'), { textContent: 'tally here' }));
    });
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    await new ProjectorScreen(root, api).start();
    expect(must('projector-idle')).not.toBeNull();
    await api.setProjector({ meetingId: 2, agendaItemId: 42, questionId: null, language: 'bilingual' });
    await until(() => $('projector-title') !== null);
    expect(must('projector-title').textContent).toContain('第二次全体会议');
    expect(must('projector-title').textContent).toContain('Second plenary');
    expect(must('projector-item').textContent).toContain('Technical working group');
    expect(must('projector-panel').textContent).toBe('tally here');
    await api.setProjector({ meetingId: 2, agendaItemId: 43, questionId: null, language: 'en' });
    await until(() => (must('projector-item').textContent ?? '').includes('Revised vision'));
    expect(must('projector-title').textContent).not.toContain('第二次');
    expect(drawn.length).toBeGreaterThanOrEqual(2);
  });
});
