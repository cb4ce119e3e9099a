// What a meeting records beyond its notes: decisions (linked to an agenda item, with their
// basis), action items (owner from the register, due date, status), and, once the minutes are
// approved and frozen, the addenda that correct them without changing them.

import type { ActionItem, ActionStatus, Decision, DecisionBasis, FieldMessage } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { ACTION_STATUSES, BASES, allowed, formatDay, formatStamp, label, pick } from '../meetings-model';
import { primaryName, organisation } from '../register-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import { byField, errorLine, personName, showError, smallField, type MeetingContext } from './meeting-context';

function itemLabel(ctx: MeetingContext, id: number | null): string {
  const item = ctx.view.agenda.find((a) => a.id === id);
  return item === undefined ? '' : `${item.position}. ${pick(item.titleZh, item.titleEn, i18n().locale)}`;
}

function agendaSelect(ctx: MeetingContext, testid: string): HTMLSelectElement {
  const select = h('select', { class: 'input', 'data-testid': testid },
    h('option', { value: '' }, t('meetings-record-no-item')),
    ...[...ctx.view.agenda].sort((a, b) => a.position - b.position).map((a) => h('option', { value: String(a.id) }, itemLabel(ctx, a.id))));
  select.value = ctx.currentItemId === null ? '' : String(ctx.currentItemId);
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
  const items = ctx.view.decisions.map((d, i) => {
    const remove = can.records && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'decision-remove' }, t('meetings-remove'));
    if (remove) {
      remove.addEventListener('click', () => void (async () => {
        const ok = await confirmDialog({ title: t('meetings-decision-remove-title'), body: t('meetings-decision-remove-body'), confirm: t('meetings-remove'), danger: true, testid: 'confirm-remove-decision' });
        if (ok) await ctx.run(() => ctx.api.removeDecision(ctx.view.meeting.id, d.id));
      })());
    }
    return h('li', { class: 'mt-record', 'data-testid': 'decision' },
      h('span', { class: 'mt-record-num' }, String(i + 1)),
      h('div', { class: 'mt-record-body' },
        bilingual(d.textZh, d.textEn, 'mt-record-text'),
        h('p', { class: 'mt-record-meta' },
          h('span', { class: `badge badge-basis-${d.basis}` }, t(label.basis(d.basis))),
          d.agendaItemId !== null && h('span', {}, itemLabel(ctx, d.agendaItemId))),
      ),
      remove,
    );
  });
  return h('section', { class: 'mt-records', 'aria-labelledby': 'mt-decisions-title', 'data-testid': 'meeting-decisions' },
    h('h2', { class: 'mt-section-title', id: 'mt-decisions-title' }, t('meetings-decisions-title')),
    items.length === 0 ? h('p', { class: 'mt-empty-line' }, t('meetings-decisions-empty')) : h('ol', { class: 'mt-record-list' }, ...items),
    can.records && decisionForm(ctx),
  );
}

function decisionForm(ctx: MeetingContext): HTMLElement {
  const zh = h('textarea', { class: 'input', rows: 2, lang: 'zh-CN', 'data-testid': 'decision-textZh' });
  const en = h('textarea', { class: 'input', rows: 2, lang: 'en', 'data-testid': 'decision-textEn' });
  const basis = h('select', { class: 'input', 'data-testid': 'decision-basis' },
    ...BASES.map((b) => h('option', { value: b }, t(label.basis(b)))));
  const item = agendaSelect(ctx, 'decision-item');
  const textError = errorLine('decision-error-text');
  const form = h('form', { class: 'mt-inline-form', novalidate: true, 'data-testid': 'decision-form' },
    h('h3', { class: 'mt-inline-title' }, t('meetings-decision-add-title')),
    h('div', { class: 'mt-form-row' },
      smallField('mt-decision-zh', t('meetings-field-text-zh'), zh, textError),
      smallField('mt-decision-en', t('meetings-field-text-en'), en)),
    h('div', { class: 'mt-form-row' },
      smallField('mt-decision-item', t('meetings-field-agenda-item'), item),
      smallField('mt-decision-basis', t('meetings-field-basis'), basis),
      h('div', { class: 'mt-form-submit' }, h('button', { type: 'submit', class: 'button', 'data-testid': 'decision-add' }, icon('plus'), t('meetings-decision-add')))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (zh.value.trim() === '' && en.value.trim() === '') {
      showError(textError, t('meetings-error-text'));
      zh.focus();
      return;
    }
    const decision: Decision = {
      id: 0, agendaItemId: item.value === '' ? null : Number(item.value), textZh: zh.value.trim(), textEn: en.value.trim(),
      basis: basis.value as DecisionBasis, questionId: null,
    };
    void ctx.run(() => ctx.api.saveDecision(ctx.view.meeting.id, decision), { onFields: (f) => showTextError(textError, f, 'text') });
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
  const items = ctx.view.actionItems.map((a) => {
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
    return h('li', { class: `mt-record mt-action-${a.status}`, 'data-testid': 'action-item' },
      h('div', { class: 'mt-record-body' },
        bilingual(a.whatZh, a.whatEn, 'mt-record-text'),
        h('p', { class: 'mt-record-meta' }, [
          a.ownerId !== null ? t('meetings-action-owner', { name: personName(ctx, a.ownerId) }) : t('meetings-action-no-owner'),
          a.due !== null ? t('meetings-action-due', { date: formatDay(a.due, locale) }) : '',
          a.agendaItemId !== null ? itemLabel(ctx, a.agendaItemId) : '',
        ].filter((s) => s !== '').join(' · ')),
      ),
      h('div', { class: 'mt-record-tools' }, status, remove),
    );
  });
  return h('section', { class: 'mt-records', 'aria-labelledby': 'mt-actions-title', 'data-testid': 'meeting-actions' },
    h('h2', { class: 'mt-section-title', id: 'mt-actions-title' }, t('meetings-actions-title')),
    items.length === 0 ? h('p', { class: 'mt-empty-line' }, t('meetings-actions-empty')) : h('ul', { class: 'mt-record-list' }, ...items),
    can.records && actionForm(ctx),
  );
}

function actionForm(ctx: MeetingContext): HTMLElement {
  const locale = i18n().locale;
  const zh = h('input', { type: 'text', class: 'input', lang: 'zh-CN', autocomplete: 'off', 'data-testid': 'action-whatZh' });
  const en = h('input', { type: 'text', class: 'input', lang: 'en', autocomplete: 'off', 'data-testid': 'action-whatEn' });
  const people = [...ctx.people.values()].filter((p) => p.status !== 'withdrawn' && p.erasedOn === null)
    .sort((a, b) => primaryName(a, locale).localeCompare(primaryName(b, locale), locale));
  const owner = h('select', { class: 'input', 'data-testid': 'action-owner' },
    h('option', { value: '' }, t('meetings-action-choose-owner')),
    ...people.map((p) => {
      const org = organisation(p, locale);
      return h('option', { value: String(p.id) }, org === '' ? primaryName(p, locale) : `${primaryName(p, locale)} — ${org}`);
    }));
  const due = h('input', { type: 'date', class: 'input', 'data-testid': 'action-due' });
  const item = agendaSelect(ctx, 'action-item-select');
  const whatError = errorLine('action-error-what');
  const form = h('form', { class: 'mt-inline-form', novalidate: true, 'data-testid': 'action-form' },
    h('h3', { class: 'mt-inline-title' }, t('meetings-action-add-title')),
    h('div', { class: 'mt-form-row' },
      smallField('mt-action-zh', t('meetings-field-what-zh'), zh, whatError),
      smallField('mt-action-en', t('meetings-field-what-en'), en)),
    h('div', { class: 'mt-form-row' },
      smallField('mt-action-owner', t('meetings-field-owner'), owner),
      smallField('mt-action-due', t('meetings-field-due'), due),
      smallField('mt-action-item', t('meetings-field-agenda-item'), item)),
    h('div', { class: 'mt-form-row mt-form-row-end' },
      h('button', { type: 'submit', class: 'button', 'data-testid': 'action-add' }, icon('plus'), t('meetings-action-add'))),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (zh.value.trim() === '' && en.value.trim() === '') {
      showError(whatError, t('meetings-error-text'));
      zh.focus();
      return;
    }
    const action: ActionItem = {
      id: 0, agendaItemId: item.value === '' ? null : Number(item.value), whatZh: zh.value.trim(), whatEn: en.value.trim(),
      ownerId: owner.value === '' ? null : Number(owner.value), due: due.value === '' ? null : due.value, status: 'open',
    };
    void ctx.run(() => ctx.api.saveActionItem(ctx.view.meeting.id, action), { onFields: (f) => showTextError(whatError, f, 'what') });
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
