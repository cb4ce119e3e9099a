// What a meeting records beyond its notes: decisions (linked to an agenda item, with their
// basis and the question that settled it), action items (owner from the register, due date,
// status), each editable in place until the minutes are approved, and, once they are approved
// and frozen, the addenda that correct them without changing them.

import { toApiError } from '../api';
import type { ActionItem, ActionStatus, Decision, DecisionBasis, FieldMessage, QuestionRecord } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { ACTION_STATUSES, BASES, allowed, basisOfOutcome, formatDay, formatStamp, label, pick } from '../meetings-model';
import { primaryName, organisation } from '../register-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import { byField, editKeys, errorLine, isEditing, personName, showError, smallField, type MeetingContext } from './meeting-context';
import { questionsApiFor } from './questions-panel';
import { dateInput } from '../widgets/date-input';

function itemLabel(ctx: MeetingContext, id: number | null): string {
  const item = ctx.view.agenda.find((a) => a.id === id);
  return item === undefined ? '' : `${item.position}. ${pick(item.titleZh, item.titleEn, i18n().locale)}`;
}

function agendaSelect(ctx: MeetingContext, testid: string, selected: number | null = ctx.currentItemId): HTMLSelectElement {
  const select = h('select', { class: 'input', 'data-testid': testid },
    h('option', { value: '' }, t('meetings-record-no-item')),
    ...[...ctx.view.agenda].sort((a, b) => a.position - b.position).map((a) => h('option', { value: String(a.id) }, itemLabel(ctx, a.id))));
  select.value = selected === null ? '' : String(selected);
  return select;
}

// ---- the meeting's questions, for "settled by question" ---------------------------------

/** The questions last read, by meetings backend and meeting: the screen draws synchronously. */
const questionCache = new WeakMap<object, Map<number, QuestionRecord[]>>();

function cachedQuestions(ctx: MeetingContext): QuestionRecord[] | null {
  return questionCache.get(ctx.api)?.get(ctx.view.meeting.id) ?? null;
}

/** Reads the meeting's questions again, then calls `done` (to fill what was drawn before). */
function loadQuestions(ctx: MeetingContext, done: (list: QuestionRecord[]) => void): void {
  const meetingId = ctx.view.meeting.id;
  void (async () => {
    try {
      const list = await questionsApiFor(ctx).list(meetingId);
      let byMeeting = questionCache.get(ctx.api);
      if (byMeeting === undefined) {
        byMeeting = new Map();
        questionCache.set(ctx.api, byMeeting);
      }
      byMeeting.set(meetingId, list);
      done(list);
    } catch (raw) {
      ctx.toast.show(toApiError(raw).message, 'error');
    }
  })();
}

function questionLabel(list: readonly QuestionRecord[] | null, id: number): string {
  const found = list?.find((q) => q.question.id === id);
  return found === undefined ? t('meetings-decision-question-unknown') : t('meetings-decision-question', { number: found.number });
}

function questionOptions(list: readonly QuestionRecord[]): HTMLElement[] {
  const locale = i18n().locale;
  return [...list].sort((a, b) => a.number - b.number).map((q) => {
    const text = pick(q.question.textZh, q.question.textEn, locale);
    const short = [...text].length > 60 ? `${[...text].slice(0, 59).join('')}…` : text;
    return h('option', { value: String(q.question.id) }, `${t('meetings-decision-question', { number: q.number })} — ${short}`);
  });
}

/** The optional question that settled a decision; filled when the questions have been read. */
function questionSelect(ctx: MeetingContext, testid: string, selected: number | null): HTMLSelectElement {
  const select = h('select', { class: 'input', 'data-testid': testid },
    h('option', { value: '' }, t('meetings-decision-no-question')));
  const fill = (list: readonly QuestionRecord[]) => {
    const keep = select.options.length > 1 ? select.value : selected === null ? '' : String(selected);
    select.replaceChildren(h('option', { value: '' }, t('meetings-decision-no-question')), ...questionOptions(list));
    // A question no longer listed stays chosen, so that saving does not drop it unseen.
    if (keep !== '' && ![...select.options].some((o) => o.value === keep)) {
      select.append(h('option', { value: keep }, questionLabel(list, Number(keep))));
    }
    select.value = keep;
  };
  const cached = cachedQuestions(ctx);
  if (cached !== null) fill(cached);
  else if (selected !== null) {
    select.append(h('option', { value: String(selected) }, questionLabel(null, selected)));
    select.value = String(selected);
  }
  loadQuestions(ctx, (list) => fill(list));
  return select;
}

/** The other language's text under the first, when both are there. */
function bilingual(zh: string, en: string, className: string): HTMLElement {
  const locale = i18n().locale;
  const first = pick(zh, en, locale);
  const second = first === zh ? en : zh;
  return h('div', { class: className },
    h('p', { lang: first === zh ? 'zh-CN' : 'en' }, first),
    second.trim() !== '' && second !== first && h('p', { class: 'mt-second', lang: first === zh ? 'en' : 'zh-CN' }, second));
}

export function renderDecisions(ctx: MeetingContext): HTMLElement {
  const can = allowed(ctx.view.meeting.state);
  const editable = ctx.view.meeting.state !== 'approved';
  const questions = cachedQuestions(ctx);
  const items = ctx.view.decisions.map((d, i) => {
    if (editable && isEditing(ctx, 'decision', d.id)) {
      return h('li', { class: 'mt-record mt-record-editing', 'data-testid': 'decision' },
        h('span', { class: 'mt-record-num' }, String(i + 1)), decisionForm(ctx, d));
    }
    const remove = can.records && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'decision-remove' }, t('meetings-remove'));
    if (remove) {
      remove.addEventListener('click', () => void (async () => {
        const ok = await confirmDialog({ title: t('meetings-decision-remove-title'), body: t('meetings-decision-remove-body'), confirm: t('meetings-remove'), danger: true, testid: 'confirm-remove-decision' });
        if (ok) await ctx.run(() => ctx.api.removeDecision(ctx.view.meeting.id, d.id));
      })());
    }
    const edit = editable && h('button', {
      type: 'button', class: 'button button-quiet', 'data-testid': `decision-edit-${d.id}`,
      'aria-label': t('meetings-decision-edit-label', { number: i + 1 }),
    }, icon('edit'), t('meetings-record-edit'));
    if (edit) edit.addEventListener('click', () => ctx.setEditing?.({ kind: 'decision', id: d.id }));
    return h('li', { class: 'mt-record', 'data-testid': 'decision' },
      h('span', { class: 'mt-record-num' }, String(i + 1)),
      h('div', { class: 'mt-record-body' },
        bilingual(d.textZh, d.textEn, 'mt-record-text'),
        h('p', { class: 'mt-record-meta' },
          h('span', { class: `badge badge-basis-${d.basis}` }, t(label.basis(d.basis))),
          d.agendaItemId !== null && h('span', {}, itemLabel(ctx, d.agendaItemId)),
          d.questionId !== null && h('span', { 'data-testid': 'decision-question-label', 'data-question-id': String(d.questionId) }, questionLabel(questions, d.questionId))),
      ),
      (edit || remove) && h('div', { class: 'mt-record-tools' }, edit, remove),
    );
  });
  const section = h('section', { class: 'mt-records', 'aria-labelledby': 'mt-decisions-title', 'data-testid': 'meeting-decisions' },
    h('h2', { class: 'mt-section-title', id: 'mt-decisions-title' }, t('meetings-decisions-title')),
    items.length === 0 ? h('p', { class: 'mt-empty-line' }, t('meetings-decisions-empty')) : h('ol', { class: 'mt-record-list' }, ...items),
    can.records && decisionForm(ctx, null),
  );
  // "Question N" needs the meeting's questions; when they were not read yet, fill in once read.
  if (questions === null && ctx.view.decisions.some((d) => d.questionId !== null)) {
    loadQuestions(ctx, (list) => {
      section.querySelectorAll<HTMLElement>('[data-question-id]').forEach((span) => {
        span.textContent = questionLabel(list, Number(span.dataset['questionId']));
      });
    });
  }
  return section;
}

/** The form that records a decision (`existing` null) or edits one in place, prefilled. */
function decisionForm(ctx: MeetingContext, existing: Decision | null): HTMLElement {
  // The add form keeps the test ids the walks use; the edit form has its own.
  const p = existing === null ? 'decision' : 'decision-edit';
  const idp = existing === null ? 'mt-decision' : `mt-decision-edit-${existing.id}`;
  const zh = h('textarea', { class: 'input', rows: 2, lang: 'zh-CN', 'data-testid': `${p}-textZh`, value: existing?.textZh ?? '' });
  const en = h('textarea', { class: 'input', rows: 2, lang: 'en', 'data-testid': `${p}-textEn`, value: existing?.textEn ?? '' });
  const basis = h('select', { class: 'input', 'data-testid': `${p}-basis` },
    ...BASES.map((b) => h('option', { value: b }, t(label.basis(b)))));
  if (existing !== null) basis.value = existing.basis;
  const item = existing === null ? agendaSelect(ctx, 'decision-item') : agendaSelect(ctx, 'decision-edit-item', existing.agendaItemId);
  const question = questionSelect(ctx, `${p}-question`, existing?.questionId ?? null);
  const textError = errorLine(`${p}-error-text`);
  const basisError = errorLine(`${p}-error-basis`);
  // A decided question dictates the basis: choosing it sets the basis its outcome gives.
  question.addEventListener('change', () => {
    const chosen = cachedQuestions(ctx)?.find((q) => String(q.question.id) === question.value);
    const dictated = chosen?.state.decided === true ? basisOfOutcome(chosen.state.outcome) : null;
    if (dictated !== null && basis.value !== 'noted') basis.value = dictated;
    showError(basisError, null);
  });
  basis.addEventListener('change', () => showError(basisError, null));
  const submit = existing === null
    ? h('button', { type: 'submit', class: 'button', 'data-testid': 'decision-add' }, icon('plus'), t('meetings-decision-add'))
    : h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'decision-edit-save' }, t('meetings-save'));
  const cancel = existing !== null && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'decision-edit-cancel' }, t('meetings-cancel'));
  const form = h('form', {
    class: `mt-inline-form${existing === null ? '' : ' mt-edit-form'}`, novalidate: true, 'data-testid': `${p}-form`,
  },
  h('h3', { class: 'mt-inline-title' }, t(existing === null ? 'meetings-decision-add-title' : 'meetings-decision-edit-title')),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-zh`, t('meetings-field-text-zh'), zh, textError),
    smallField(`${idp}-en`, t('meetings-field-text-en'), en)),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-item`, t('meetings-field-agenda-item'), item),
    smallField(`${idp}-basis`, t('meetings-field-basis'), basis, basisError),
    smallField(`${idp}-question`, t('meetings-field-question'), question)),
  h('div', { class: 'mt-form-row mt-form-row-end' },
    existing !== null && h('p', { class: 'mt-hint' }, t('meetings-form-keys')),
    submit, cancel),
  );
  const close = () => {
    if (existing === null) return;
    ctx.setEditing?.(null);
    document.querySelector<HTMLElement>(`[data-testid="decision-edit-${existing.id}"]`)?.focus();
  };
  if (cancel) cancel.addEventListener('click', close);
  if (existing !== null) editKeys(form, close);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (zh.value.trim() === '' && en.value.trim() === '') {
      showError(textError, t('meetings-error-text'));
      zh.focus();
      return;
    }
    const decision: Decision = {
      id: existing?.id ?? 0, agendaItemId: item.value === '' ? null : Number(item.value), textZh: zh.value.trim(), textEn: en.value.trim(),
      basis: basis.value as DecisionBasis, questionId: question.value === '' ? null : Number(question.value),
    };
    void (async () => {
      const ok = await ctx.run(() => ctx.api.saveDecision(ctx.view.meeting.id, decision), {
        onFields: (f) => {
          const onBasis = f.filter((x) => x.field === 'basis' || x.field === 'questionId');
          showError(basisError, onBasis[0]?.message ?? null);
          const rest = f.filter((x) => !onBasis.includes(x));
          if (rest.length > 0) showTextError(textError, rest, 'text');
          if (onBasis.length > 0) basis.focus();
        }, closesEdit: existing !== null,
      });
      if (ok && existing !== null) document.querySelector<HTMLElement>(`[data-testid="decision-edit-${existing.id}"]`)?.focus();
    })();
  });
  return form;
}

function showTextError(line: HTMLElement, fields: FieldMessage[], stem: string): void {
  const found = byField(fields);
  showError(line, found.get(stem) ?? found.get(`${stem}Zh`) ?? found.get(`${stem}En`) ?? fields[0]?.message ?? null);
}

export function renderActions(ctx: MeetingContext): HTMLElement {
  const locale = i18n().locale;
  const can = allowed(ctx.view.meeting.state);
  const editable = ctx.view.meeting.state !== 'approved';
  const items = ctx.view.actionItems.map((a) => {
    if (editable && isEditing(ctx, 'action', a.id)) {
      return h('li', { class: 'mt-record mt-record-editing', 'data-testid': 'action-item' }, actionForm(ctx, a));
    }
    const status = h('select', { class: 'input mt-status-select', 'data-testid': 'action-status', 'aria-label': t('meetings-field-status'), disabled: !can.records },
      ...ACTION_STATUSES.map((s) => h('option', { value: s, selected: s === a.status }, t(label.status(s)))));
    status.value = a.status;
    status.addEventListener('change', () => void ctx.run(() => ctx.api.setActionStatus(ctx.view.meeting.id, a.id, status.value as ActionStatus)));
    const remove = can.records && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'action-remove' }, t('meetings-remove'));
    if (remove) {
      remove.addEventListener('click', () => void (async () => {
        const ok = await confirmDialog({ title: t('meetings-action-remove-title'), body: t('meetings-action-remove-body'), confirm: t('meetings-remove'), danger: true, testid: 'confirm-remove-action' });
        if (ok) await ctx.run(() => ctx.api.removeActionItem(ctx.view.meeting.id, a.id));
      })());
    }
    const edit = editable && h('button', {
      type: 'button', class: 'button button-quiet', 'data-testid': `action-edit-${a.id}`,
      'aria-label': t('meetings-action-edit-label', { what: pick(a.whatZh, a.whatEn, locale) }),
    }, icon('edit'), t('meetings-record-edit'));
    if (edit) edit.addEventListener('click', () => ctx.setEditing?.({ kind: 'action', id: a.id }));
    return h('li', { class: `mt-record mt-action-${a.status}`, 'data-testid': 'action-item' },
      h('div', { class: 'mt-record-body' },
        bilingual(a.whatZh, a.whatEn, 'mt-record-text'),
        h('p', { class: 'mt-record-meta' }, [
          a.ownerId !== null ? t('meetings-action-owner', { name: personName(ctx, a.ownerId) }) : t('meetings-action-no-owner'),
          a.due !== null ? t('meetings-action-due', { date: formatDay(a.due, locale) }) : '',
          a.agendaItemId !== null ? itemLabel(ctx, a.agendaItemId) : '',
        ].filter((s) => s !== '').join(' · ')),
      ),
      h('div', { class: 'mt-record-tools' }, status, edit, remove),
    );
  });
  return h('section', { class: 'mt-records', 'aria-labelledby': 'mt-actions-title', 'data-testid': 'meeting-actions' },
    h('h2', { class: 'mt-section-title', id: 'mt-actions-title' }, t('meetings-actions-title')),
    items.length === 0 ? h('p', { class: 'mt-empty-line' }, t('meetings-actions-empty')) : h('ul', { class: 'mt-record-list' }, ...items),
    can.records && actionForm(ctx, null),
  );
}

/** The form that records an action item (`existing` null) or edits one in place, prefilled. */
function actionForm(ctx: MeetingContext, existing: ActionItem | null): HTMLElement {
  const locale = i18n().locale;
  // The add form keeps the test ids the walks use; the edit form has its own.
  const p = existing === null ? 'action' : 'action-edit';
  const idp = existing === null ? 'mt-action' : `mt-action-edit-${existing.id}`;
  const zh = h('input', { type: 'text', class: 'input', lang: 'zh-CN', autocomplete: 'off', 'data-testid': `${p}-whatZh`, value: existing?.whatZh ?? '' });
  const en = h('input', { type: 'text', class: 'input', lang: 'en', autocomplete: 'off', 'data-testid': `${p}-whatEn`, value: existing?.whatEn ?? '' });
  // The current owner stays in the list even if no longer active: the backend says whether that still holds.
  const people = [...ctx.people.values()].filter((p) => (p.status !== 'withdrawn' && p.erasedOn === null) || p.id === existing?.ownerId)
    .sort((a, b) => primaryName(a, locale).localeCompare(primaryName(b, locale), locale));
  const owner = h('select', { class: 'input', 'data-testid': `${p}-owner` },
    h('option', { value: '' }, t('meetings-action-choose-owner')),
    ...people.map((p) => {
      const org = organisation(p, locale);
      return h('option', { value: String(p.id) }, org === '' ? primaryName(p, locale) : `${primaryName(p, locale)} — ${org}`);
    }));
  const ownerId = existing?.ownerId ?? null;
  if (ownerId !== null && !people.some((person) => person.id === ownerId)) owner.append(h('option', { value: String(ownerId) }, personName(ctx, ownerId)));
  owner.value = ownerId === null ? '' : String(ownerId);
  const dueField = dateInput({ value: existing?.due ?? '', testid: `${p}-due` });
  const due = dueField.input;
  const item = existing === null ? agendaSelect(ctx, 'action-item-select') : agendaSelect(ctx, 'action-edit-item-select', existing.agendaItemId);
  const status = existing !== null && h('select', { class: 'input', 'data-testid': 'action-edit-status' },
    ...ACTION_STATUSES.map((s) => h('option', { value: s }, t(label.status(s)))));
  if (status && existing !== null) status.value = existing.status;
  const whatError = errorLine(`${p}-error-what`);
  const ownerError = errorLine(`${p}-error-owner`);
  const dueError = errorLine(`${p}-error-due`);
  const submit = existing === null
    ? h('button', { type: 'submit', class: 'button', 'data-testid': 'action-add' }, icon('plus'), t('meetings-action-add'))
    : h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'action-edit-save' }, t('meetings-save'));
  const cancel = existing !== null && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'action-edit-cancel' }, t('meetings-cancel'));
  const form = h('form', {
    class: `mt-inline-form${existing === null ? '' : ' mt-edit-form'}`, novalidate: true, 'data-testid': `${p}-form`,
  },
  h('h3', { class: 'mt-inline-title' }, t(existing === null ? 'meetings-action-add-title' : 'meetings-action-edit-title')),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-zh`, t('meetings-field-what-zh'), zh, whatError),
    smallField(`${idp}-en`, t('meetings-field-what-en'), en)),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-owner`, t('meetings-field-owner'), owner, ownerError),
    smallField(`${idp}-due`, t('meetings-field-due'), dueField.element, dueError),
    smallField(`${idp}-item`, t('meetings-field-agenda-item'), item),
    status && smallField(`${idp}-status`, t('meetings-field-status'), status)),
  h('div', { class: 'mt-form-row mt-form-row-end' },
    existing !== null && h('p', { class: 'mt-hint' }, t('meetings-form-keys')),
    submit, cancel),
  );
  const close = () => {
    if (existing === null) return;
    ctx.setEditing?.(null);
    document.querySelector<HTMLElement>(`[data-testid="action-edit-${existing.id}"]`)?.focus();
  };
  if (cancel) cancel.addEventListener('click', close);
  if (existing !== null) editKeys(form, close);
  const showFields = (fields: FieldMessage[]) => {
    const found = byField(fields);
    const known = ['owner', 'ownerId', 'due'];
    const rest = fields.filter((f) => !known.includes(f.field));
    if (rest.length > 0 || fields.length === 0) showTextError(whatError, rest, 'what');
    else showError(whatError, null);
    showError(ownerError, found.get('ownerId') ?? found.get('owner') ?? null);
    showError(dueError, found.get('due') ?? null);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (zh.value.trim() === '' && en.value.trim() === '') {
      showError(whatError, t('meetings-error-text'));
      zh.focus();
      return;
    }
    const action: ActionItem = {
      id: existing?.id ?? 0, agendaItemId: item.value === '' ? null : Number(item.value), whatZh: zh.value.trim(), whatEn: en.value.trim(),
      ownerId: owner.value === '' ? null : Number(owner.value), due: due.value === '' ? null : due.value,
      status: status ? (status.value as ActionStatus) : 'open',
    };
    void (async () => {
      const ok = await ctx.run(() => ctx.api.saveActionItem(ctx.view.meeting.id, action), { onFields: showFields, closesEdit: existing !== null });
      if (ok && existing !== null) document.querySelector<HTMLElement>(`[data-testid="action-edit-${existing.id}"]`)?.focus();
    })();
  });
  return form;
}

export function renderAddenda(ctx: MeetingContext): HTMLElement | null {
  const locale = i18n().locale;
  const can = allowed(ctx.view.meeting.state);
  if (!can.addendum && ctx.view.addenda.length === 0) return null;
  const items = ctx.view.addenda.map((a) => h('li', { class: 'mt-record', 'data-testid': 'addendum' },
    h('span', { class: 'mt-record-num' }, String(a.number)),
    h('div', { class: 'mt-record-body' },
      h('p', { class: 'mt-record-corrects' }, t('meetings-addendum-corrects', { what: a.corrects })),
      bilingual(a.textZh, a.textEn, 'mt-record-text'),
      h('p', { class: 'mt-record-meta' }, t('meetings-addendum-by', { name: a.by, time: formatStamp(a.at, locale) })),
    )));
  return h('section', { class: 'mt-records', 'aria-labelledby': 'mt-addenda-title', 'data-testid': 'meeting-addenda' },
    h('h2', { class: 'mt-section-title', id: 'mt-addenda-title' }, t('meetings-addenda-title')),
    h('p', { class: 'mt-hint' }, t('meetings-addenda-lead')),
    items.length === 0 ? h('p', { class: 'mt-empty-line' }, t('meetings-addenda-empty')) : h('ol', { class: 'mt-record-list' }, ...items),
    can.addendum && addendumForm(ctx),
  );
}

function addendumForm(ctx: MeetingContext): HTMLElement {
  const corrects = h('input', { type: 'text', class: 'input', autocomplete: 'off', placeholder: t('meetings-addendum-corrects-hint'), 'data-testid': 'addendum-corrects' });
  const zh = h('textarea', { class: 'input', rows: 2, lang: 'zh-CN', 'data-testid': 'addendum-textZh' });
  const en = h('textarea', { class: 'input', rows: 2, lang: 'en', 'data-testid': 'addendum-textEn' });
  const correctsError = errorLine('addendum-error-corrects');
  const textError = errorLine('addendum-error-text');
  const form = h('form', { class: 'mt-inline-form', novalidate: true, 'data-testid': 'addendum-form' },
    h('h3', { class: 'mt-inline-title' }, t('meetings-addendum-add-title')),
    h('div', { class: 'mt-form-row' }, smallField('mt-addendum-corrects', t('meetings-field-corrects'), corrects, correctsError, true)),
    h('div', { class: 'mt-form-row' },
      smallField('mt-addendum-zh', t('meetings-field-text-zh'), zh, textError),
      smallField('mt-addendum-en', t('meetings-field-text-en'), en)),
    h('div', { class: 'mt-form-row mt-form-row-end' },
      h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'addendum-add' }, icon('plus'), t('meetings-addendum-add'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const missingCorrects = corrects.value.trim() === '';
    const missingText = zh.value.trim() === '' && en.value.trim() === '';
    showError(correctsError, missingCorrects ? t('error-field-required') : null);
    showError(textError, missingText ? t('meetings-error-text') : null);
    if (missingCorrects) corrects.focus();
    else if (missingText) zh.focus();
    if (missingCorrects || missingText) return;
    void ctx.run(() => ctx.api.addAddendum(ctx.view.meeting.id, corrects.value.trim(), zh.value.trim(), en.value.trim()), {
      onFields: (fields) => {
        const found = byField(fields);
        showError(correctsError, found.get('corrects') ?? null);
        showError(textError, found.get('text') ?? found.get('textZh') ?? found.get('textEn') ?? null);
      },
    });
  });
  return form;
}
