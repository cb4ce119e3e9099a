// The Questions section of a meeting: its questions (number, text, where each stands) and,
// while the meeting is open, "Ask a question" (both texts, the agenda item, and a rule of its
// own if wanted). A question opens on its own screen, where positions are taken. The meeting
// screen draws itself again after every write, so what this section knows lives here, by meeting.

import { toApiError } from '../api';
import { connectQuestions, type QuestionsApi } from '../api-questions';
import type { DecisionRule, FieldMessage, Question, QuestionRecord, RuleKind, SubjectOption } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { other, pick } from '../meetings-model';
import { currentText, questionBadge, type Sentence } from '../question-model';
import { byField, errorLine, showError, smallField, type MeetingContext } from './meeting-context';
import { QuestionScreen, registerProjectorTally, useProjectorBackend } from './question';
import '../styles/questions.css';

registerProjectorTally();

/** One questions backend per meetings backend (the stand-in reads the same meetings). */
const backends = new WeakMap<object, QuestionsApi>();

export function questionsApiFor(ctx: Pick<MeetingContext, 'api' | 'peopleApi'>): QuestionsApi {
  let api = backends.get(ctx.api);
  if (api === undefined) {
    const people = ctx.peopleApi;
    api = connectQuestions({
      meetings: ctx.api,
      listStakeholders: () => people.listStakeholders(),
      getDialogue: () => people.getDialogue(),
    });
    backends.set(ctx.api, api);
    useProjectorBackend(api);
  }
  return api;
}

interface MeetingQuestions {
  list: QuestionRecord[] | null;
  /** The section drawn last, redrawn when the list changes. */
  container: HTMLElement | null;
  /** The question whose screen is open, drawn again after the meeting screen redraws. */
  screen: QuestionScreen | null;
}

/** By meetings backend, then by meeting. */
const states = new WeakMap<object, Map<number, MeetingQuestions>>();

function stateOf(ctx: Pick<MeetingContext, 'api' | 'view'>): MeetingQuestions {
  let byMeeting = states.get(ctx.api);
  if (byMeeting === undefined) {
    byMeeting = new Map();
    states.set(ctx.api, byMeeting);
  }
  const meetingId = ctx.view.meeting.id;
  let s = byMeeting.get(meetingId);
  if (s === undefined) {
    s = { list: null, container: null, screen: null };
    byMeeting.set(meetingId, s);
  }
  return s;
}

/**
 * Draws the Questions section into `container` (and returns it), then reads the questions
 * again. Called by the meeting screen every time it draws the meeting.
 */
export function mountQuestions(container: HTMLElement, ctx: MeetingContext): HTMLElement {
  const s = stateOf(ctx);
  s.container = container;
  container.classList.add('qs-section');
  container.setAttribute('data-testid', 'meeting-questions');
  draw(container, ctx, s);
  void refresh(ctx);
  // The question screen stays open across redraws of the meeting (and a language switch).
  if (s.screen !== null) s.screen.remount(ctx);
  return container;
}

async function refresh(ctx: MeetingContext): Promise<void> {
  const meetingId = ctx.view.meeting.id;
  const s = stateOf(ctx);
  try {
    s.list = await questionsApiFor(ctx).list(meetingId);
  } catch (raw) {
    ctx.toast.show(toApiError(raw).message, 'error');
    return;
  }
  if (s.container !== null && s.container.isConnected) draw(s.container, ctx, s);
}

export function badge(sentence: Sentence, testid: string | null = null): HTMLElement {
  return h('span', { class: `badge qs-badge qs-badge-${sentence.tone}`, 'data-testid': testid }, t(sentence.id, sentence.args));
}

function draw(container: HTMLElement, ctx: MeetingContext, s: MeetingQuestions): void {
  const locale = i18n().locale;
  const opened = ctx.view.meeting.state === 'opened';
  const ask = opened && h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-ask' }, t('qui-ask'));
  if (ask) ask.addEventListener('click', () => void openAskForm(ctx));
  const list = s.list;
  const rows = (list ?? []).map((q) => {
    const text = currentText(q);
    const second = other(text.zh, text.en, locale);
    const open = h('button', { type: 'button', class: 'qs-row', 'data-testid': 'question-row', 'data-id': String(q.question.id) },
      h('span', { class: 'qs-row-number' }, t('qui-number', { number: q.number })),
      h('span', { class: 'qs-row-main' },
        h('span', { class: 'qs-row-text' }, pick(text.zh, text.en, locale)),
        second !== '' && h('span', { class: 'qs-row-second', lang: locale === 'en' ? 'zh-CN' : 'en' }, second)),
      badge(questionBadge(q), 'question-row-badge'),
    );
    open.addEventListener('click', () => openQuestion(ctx, q.question.id));
    return h('li', {}, open);
  });
  container.replaceChildren(
    h('div', { class: 'qs-section-head' },
      h('h2', { class: 'mt-section-title', id: 'qs-section-title' }, t('qui-section-title')),
      ask),
    list === null ? h('p', { class: 'mt-hint' }, t('app-loading'))
      : rows.length === 0 ? h('p', { class: 'mt-hint', 'data-testid': 'questions-empty' }, t(opened ? 'qui-none-open' : 'qui-none'))
        : h('ul', { class: 'qs-rows', 'aria-labelledby': 'qs-section-title', 'data-testid': 'questions-list' }, ...rows),
  );
}

/** Opens a question's screen over the meeting. */
export function openQuestion(ctx: MeetingContext, questionId: number): void {
  const s = stateOf(ctx);
  s.screen?.close(false);
  s.screen = new QuestionScreen(questionId, questionsApiFor(ctx), ctx, () => {
    s.screen = null;
    void refresh(ctx);
    const row = s.container?.querySelector<HTMLElement>(`[data-testid="question-row"][data-id="${questionId}"]`);
    row?.focus();
  }, (other) => {
    void refresh(ctx);
    openQuestion(ctx, other);
  });
  s.screen.mount();
}

// ---- asking a question -----------------------------------------------------------------------


const KINDS: readonly RuleKind[] = ['unanimity', 'consensusMinus', 'supermajority', 'simpleMajority'];

async function openAskForm(ctx: MeetingContext): Promise<void> {
  let base: DecisionRule | null = null;
  try {
    base = (await ctx.peopleApi.getDialogue())?.rule ?? null;
  } catch {
    // The form still works: the rule fields start from the usual defaults.
  }
  const rule: DecisionRule = base ?? {
    quorumPercent: 50, kind: 'unanimity', allowedObjections: 1, supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
  };
  const locale = i18n().locale;
  const previous = document.activeElement as HTMLElement | null;

  const textZh = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'zh-CN', 'data-testid': 'question-text-zh' });
  const textEn = h('textarea', { class: 'input qs-textarea', rows: 3, lang: 'en', 'data-testid': 'question-text-en' });
  const errZh = errorLine('question-error-textZh');
  const errEn = errorLine('question-error-textEn');
  const item = h('select', { class: 'input', 'data-testid': 'question-agenda-item' },
    h('option', { value: '' }, t('qui-ask-no-item')),
    ...[...ctx.view.agenda].sort((a, b) => a.position - b.position).map((a) =>
      h('option', { value: String(a.id), selected: a.id === ctx.currentItemId }, `${a.position}. ${pick(a.titleZh, a.titleEn, locale)}`)));
  if (ctx.currentItemId !== null) item.value = String(ctx.currentItemId);

  // What the question is about: offered only when the Vision has a draft or a pending amendment.
  let subjects: SubjectOption[] = [];
  try {
    subjects = await questionsApiFor(ctx).subjects();
  } catch {
    // The form still asks a question about nothing in particular.
  }
  const about = h('select', { class: 'input', 'data-testid': 'question-subject' },
    h('option', { value: '' }, t('qui-ask-about-nothing')),
    ...subjects.map((s, i) => h('option', { value: String(i) }, s.label)));
  const chosenSubject = (): SubjectOption | null => (about.value === '' ? null : subjects[Number(about.value)] ?? null);
  // Choosing a subject words the question, unless the person has typed their own.
  let suggested = { zh: '', en: '' };
  about.addEventListener('change', () => {
    const s = chosenSubject();
    const words = s === null ? { zh: '', en: '' } : { zh: s.textZh, en: s.textEn };
    if (textZh.value.trim() === '' || textZh.value === suggested.zh) textZh.value = words.zh;
    if (textEn.value.trim() === '' || textEn.value === suggested.en) textEn.value = words.en;
    suggested = words;
  });

  const own = h('input', { type: 'checkbox', id: 'qs-own-rule', 'data-testid': 'question-own-rule' });
  const kind = h('select', { class: 'input', 'data-testid': 'question-rule-kind' },
    ...KINDS.map((k) => h('option', { value: k, selected: k === rule.kind }, t(`qui-rule-kind-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`))));
  kind.value = rule.kind;
  const num = (testid: string, value: number, min: number, max: number) =>
    h('input', { type: 'number', class: 'input input-narrow', value: String(value), min, max, 'data-testid': testid });
  const allowedObjections = num('question-rule-allowed', rule.allowedObjections, 1, 10);
  const superNum = num('question-rule-num', rule.supermajorityNum, 1, 9);
  const superDen = num('question-rule-den', rule.supermajorityDen, 2, 10);
  const quorum = num('question-rule-quorum', rule.quorumPercent, 1, 100);
  const maxFailed = num('question-rule-max-failed', rule.maxFailedRounds, 1, 10);
  const anonymous = h('input', { type: 'checkbox', id: 'qs-rule-anonymous', checked: rule.anonymous, 'data-testid': 'question-rule-anonymous' });
  const errRule = errorLine('question-error-rule');
  const allowedField = smallField('qs-rule-allowed', t('qui-rule-allowed'), allowedObjections);
  const superField = h('div', { class: 'qs-rule-pair' },
    smallField('qs-rule-num', t('qui-rule-num'), superNum), smallField('qs-rule-den', t('qui-rule-den'), superDen));
  const ruleFields = h('div', { class: 'qs-rule-fields', 'data-testid': 'question-rule-fields' },
    smallField('qs-rule-kind', t('qui-rule-kind'), kind),
    allowedField, superField,
    smallField('qs-rule-quorum', t('qui-rule-quorum'), quorum),
    smallField('qs-rule-max-failed', t('qui-rule-max-failed'), maxFailed),
    h('label', { class: 'qs-check', for: 'qs-rule-anonymous' }, anonymous, t('qui-rule-anonymous')),
    errRule);
  const syncRule = () => {
    ruleFields.hidden = !own.checked;
    allowedField.hidden = kind.value !== 'consensusMinus';
    superField.hidden = kind.value !== 'supermajority';
  };
  own.addEventListener('change', syncRule);
  kind.addEventListener('change', syncRule);
  syncRule();

  const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'question-ask-cancel' }, t('register-cancel'));
  const submit = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'question-ask-save' }, t('qui-ask-save'));
  const summary = h('p', { class: 'field-error', hidden: true, role: 'alert', 'data-testid': 'question-ask-error' });
  const box = h('div', { class: 'modal qs-modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'qs-ask-title', 'data-testid': 'question-ask-form' },
    h('h2', { class: 'modal-title', id: 'qs-ask-title' }, t('qui-ask-title')),
    h('p', { class: 'modal-body' }, t('qui-ask-lead')),
    smallField('qs-text-zh', t('qui-text-zh'), textZh, errZh, true),
    smallField('qs-text-en', t('qui-text-en'), textEn, errEn, true),
    smallField('qs-item', t('qui-ask-item'), item, null, true),
    subjects.length > 0 && smallField('qs-subject', t('qui-ask-about'), about, null, true),
    subjects.length > 0 && h('p', { class: 'qs-hint' }, t('qui-ask-about-hint')),
    h('label', { class: 'qs-check', for: 'qs-own-rule' }, own, t('qui-ask-own-rule')),
    ruleFields,
    summary,
    h('div', { class: 'modal-actions' }, cancel, submit),
  );
  const backdrop = h('div', { class: 'modal-backdrop' }, box);
  const close = () => {
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    previous?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const showFields = (fields: readonly FieldMessage[]) => {
    const map = byField(fields);
    showError(errZh, map.get('textZh') ?? null);
    showError(errEn, map.get('textEn') ?? null);
    const ruleProblems = fields.filter((f) => f.field.startsWith('ruleOverride'));
    showError(errRule, ruleProblems.length > 0 ? ruleProblems.map((f) => f.message).join(' ') : null);
    const rest = fields.filter((f) => !['textZh', 'textEn'].includes(f.field) && !f.field.startsWith('ruleOverride'));
    summary.textContent = rest.map((f) => f.message).join(' ');
    summary.hidden = rest.length === 0;
  };

  let saving = false;
  const save = async () => {
    if (saving) return;
    // The backend says the same; saying it here saves a round trip.
    if (textZh.value.trim() === '' && textEn.value.trim() === '') {
      showFields([{ field: 'textZh', message: t('qui-error-text') }, { field: 'textEn', message: t('qui-error-text') }]);
      textZh.focus();
      return;
    }
    const question: Question = {
      id: 0, meetingId: ctx.view.meeting.id, agendaItemId: item.value === '' ? null : Number(item.value),
      textZh: textZh.value, textEn: textEn.value, subject: chosenSubject()?.subject ?? null,
      ruleOverride: own.checked ? {
        kind: kind.value as RuleKind, quorumPercent: Number(quorum.value), allowedObjections: Number(allowedObjections.value),
        supermajorityNum: Number(superNum.value), supermajorityDen: Number(superDen.value), maxFailedRounds: Number(maxFailed.value),
        anonymous: anonymous.checked,
      } : null,
    };
    saving = true;
    submit.setAttribute('aria-busy', 'true');
    const api = questionsApiFor(ctx);
    try {
      const asked = await api.ask(question);
      close();
      // The usual order in the room: the question is put, and the first round opens at once.
      try {
        await api.openRound(asked.question.id, '', '');
      } catch (raw) {
        ctx.toast.show(toApiError(raw).message, 'error');
      }
      ctx.toast.show(t('qui-asked', { number: asked.number }));
      await refresh(ctx);
      openQuestion(ctx, asked.question.id);
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0) showFields(error.fields);
      else {
        summary.textContent = error.message;
        summary.hidden = false;
      }
    } finally {
      saving = false;
      submit.removeAttribute('aria-busy');
    }
  };
  cancel.addEventListener('click', close);
  submit.addEventListener('click', () => void save());
  backdrop.addEventListener('click', (event) => { if (event.target === backdrop) close(); });
  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  (locale === 'zh-CN' ? textZh : textEn).focus();
}
