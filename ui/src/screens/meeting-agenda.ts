// The agenda of a meeting: its items in order (reordered with buttons or Alt+↑/↓ while the
// meeting is planned), the carried action items under the first item, the notes of each item
// (saved on leaving the field and with Ctrl+S), and the form that adds an item or, in place of
// an item, edits its title, presenter and planned minutes until the minutes are approved.

import type { AgendaItem, FieldMessage } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { allowed, formatDay, movedPosition, other, pick } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import { byField, editKeys, errorLine, isEditing, personName, showError, smallField, type MeetingContext } from './meeting-context';

/** Notes typed but not saved yet, by agenda item: they survive a redraw or a language switch. */
export type NoteDrafts = Map<number, { zh: string; en: string; state: 'dirty' | 'saving' | 'saved' | 'failed' }>;

export function renderAgenda(ctx: MeetingContext, drafts: NoteDrafts, projectorOn: boolean): HTMLElement {
  const { view } = ctx;
  const can = allowed(view.meeting.state);
  const ordered = [...view.agenda].sort((a, b) => a.position - b.position);
  const items = ordered.map((item, index) => renderItem(ctx, item, index, ordered.length, drafts, projectorOn));
  return h('section', { class: 'mt-agenda', 'aria-labelledby': 'mt-agenda-title', 'data-testid': 'meeting-agenda' },
    h('h2', { class: 'mt-section-title', id: 'mt-agenda-title' }, t('meetings-agenda-title')),
    can.details && ordered.length > 1 && h('p', { class: 'mt-hint' }, t('meetings-agenda-reorder-hint')),
    ordered.length === 0
      ? h('p', { class: 'mt-empty-line', 'data-testid': 'agenda-empty' }, t('meetings-agenda-empty'))
      : h('ol', { class: 'mt-items' }, ...items),
    can.addItems && renderAddItem(ctx),
  );
}

function renderItem(ctx: MeetingContext, item: AgendaItem, index: number, count: number, drafts: NoteDrafts, projectorOn: boolean): HTMLElement {
  const { view } = ctx;
  const locale = i18n().locale;
  const can = allowed(view.meeting.state);
  const n = index + 1;
  const current = ctx.currentItemId === item.id;
  const second = other(item.titleZh, item.titleEn, locale);

  const move = async (delta: number) => {
    const position = movedPosition(view.agenda, item.id, delta);
    if (position === null) return;
    const ok = await ctx.run(() => ctx.api.moveAgendaItem(view.meeting.id, item.id, position));
    if (ok) document.querySelector<HTMLElement>(`[data-testid="agenda-item"][data-id="${item.id}"] .mt-item-head`)?.focus();
  };

  const tools: HTMLElement[] = [];
  if (can.details) {
    const up = h('button', { type: 'button', class: 'button button-quiet button-icon', 'aria-label': t('meetings-item-up'), title: t('meetings-item-up'), 'data-testid': `agenda-up-${n}`, disabled: index === 0 }, '↑');
    up.addEventListener('click', () => void move(-1));
    const down = h('button', { type: 'button', class: 'button button-quiet button-icon', 'aria-label': t('meetings-item-down'), title: t('meetings-item-down'), 'data-testid': `agenda-down-${n}`, disabled: index === count - 1 }, '↓');
    down.addEventListener('click', () => void move(1));
    const remove = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': `agenda-remove-${n}` }, t('meetings-item-remove'));
    remove.addEventListener('click', () => void (async () => {
      const ok = await confirmDialog({
        title: t('meetings-item-remove-title', { title: pick(item.titleZh, item.titleEn, locale) }), body: t('meetings-item-remove-body'),
        confirm: t('meetings-item-remove'), danger: true, testid: 'confirm-remove-item',
      });
      if (ok) await ctx.run(() => ctx.api.removeAgendaItem(view.meeting.id, item.id));
    })());
    tools.push(up, down, remove);
  }
  // The current item says so with its badge; a button that does nothing would only repeat it.
  if (!current) {
    const show = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': `agenda-current-${n}` },
      icon('arrow'), t(projectorOn ? 'meetings-item-show' : 'meetings-item-make-current'));
    show.addEventListener('click', () => ctx.setCurrentItem(item.id));
    tools.push(show);
  }
  const editing = isEditing(ctx, 'agenda', item.id);
  if (view.meeting.state !== 'approved' && !editing) {
    const edit = h('button', {
      type: 'button', class: 'button button-quiet', 'data-testid': `agenda-edit-${item.id}`,
      'aria-label': t('meetings-item-edit-label', { title: pick(item.titleZh, item.titleEn, locale) }),
    }, icon('edit'), t('meetings-item-edit'));
    edit.addEventListener('click', () => ctx.setEditing?.({ kind: 'agenda', id: item.id }));
    tools.unshift(edit);
  }

  const head = h('div', { class: 'mt-item-head', tabindex: -1 },
    h('span', { class: 'mt-item-num', 'aria-hidden': 'true' }, String(n)),
    h('div', { class: 'mt-item-text' },
      h('h3', { class: 'mt-item-title' }, h('span', { class: 'visually-hidden' }, `${n}. `), pick(item.titleZh, item.titleEn, locale),
        current && h('span', { class: 'badge badge-current', 'data-testid': 'agenda-current-badge' }, t('meetings-item-current'))),
      second !== '' && h('p', { class: 'mt-item-second', lang: locale === 'en' ? 'zh-CN' : 'en' }, second),
      h('p', { class: 'mt-item-meta' }, [item.presenter, item.plannedMinutes > 0 ? t('meetings-item-minutes', { minutes: item.plannedMinutes }) : '']
        .filter((s) => s.trim() !== '').join(' · ')),
    ),
    h('div', { class: 'mt-item-tools' }, ...tools),
  );

  const li = h('li', { class: `mt-item card${current ? ' mt-item-current' : ''}`, 'data-testid': 'agenda-item', 'data-id': String(item.id) },
    editing ? itemForm(ctx, item) : head,
    index === 0 && view.carried.length > 0 && renderCarried(ctx),
    renderNotes(ctx, item, n, drafts),
  );
  if (can.details) {
    li.setAttribute('aria-keyshortcuts', 'Alt+ArrowUp Alt+ArrowDown');
    li.addEventListener('keydown', (event) => {
      if (!event.altKey || event.isComposing || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
      event.preventDefault();
      void move(event.key === 'ArrowUp' ? -1 : 1);
    });
  }
  return li;
}

function renderCarried(ctx: MeetingContext): HTMLElement {
  const locale = i18n().locale;
  return h('div', { class: 'mt-carried', 'data-testid': 'agenda-carried' },
    h('p', { class: 'mt-carried-title' }, t('meetings-carried-title', { count: ctx.view.carried.length })),
    h('ul', {}, ...ctx.view.carried.map((c) => h('li', {},
      h('span', { class: 'mt-carried-what' }, pick(c.item.whatZh, c.item.whatEn, locale)),
      h('span', { class: 'mt-carried-meta' }, [
        c.item.ownerId !== null ? personName(ctx, c.item.ownerId) : '',
        c.item.due !== null ? t('meetings-action-due', { date: formatDay(c.item.due, locale) }) : '',
        pick(c.meetingTitleZh, c.meetingTitleEn, locale),
      ].filter((s) => s !== '').join(' · ')),
    ))),
  );
}

function renderNotes(ctx: MeetingContext, item: AgendaItem, n: number, drafts: NoteDrafts): HTMLElement | null {
  const state = ctx.view.meeting.state;
  const locale = i18n().locale;
  if (state === 'approved') {
    const zh = item.notesZh.trim();
    const en = item.notesEn.trim();
    if (zh === '' && en === '') return null;
    const order = locale === 'zh-CN' ? [[zh, 'zh-CN'], [en, 'en']] : [[en, 'en'], [zh, 'zh-CN']];
    return h('div', { class: 'mt-notes-frozen', 'data-testid': `agenda-notes-frozen-${n}` },
      h('p', { class: 'mt-notes-label' }, t('meetings-notes-title'), h('span', { class: 'badge badge-frozen' }, t('meetings-frozen'))),
      ...order.filter(([text]) => text !== '').map(([text, lang]) => h('p', { class: 'mt-notes-text', lang }, text)),
    );
  }
  if (!allowed(state).records) return null;

  const draft = drafts.get(item.id) ?? { zh: item.notesZh, en: item.notesEn, state: 'saved' as const };
  const status = h('p', { class: 'mt-notes-status', 'aria-live': 'polite', 'data-testid': `agenda-notes-status-${n}` });
  const setStatus = (s: 'dirty' | 'saving' | 'saved' | 'failed') => {
    status.textContent = t(`meetings-notes-${s}`);
    status.dataset['state'] = s;
  };
  setStatus(draft.state);
  const area = (lang: 'zh' | 'en') => h('textarea', {
    class: 'input mt-notes-input', rows: 4, lang: lang === 'zh' ? 'zh-CN' : 'en', 'data-testid': `agenda-notes-${lang}-${n}`,
    value: lang === 'zh' ? draft.zh : draft.en, 'aria-keyshortcuts': 'Control+S',
  });
  const zh = area('zh');
  const en = area('en');
  const save = async () => {
    const current = drafts.get(item.id);
    if (current === undefined || current.state === 'saved' || current.state === 'saving') return;
    current.state = 'saving';
    setStatus('saving');
    const { zh: textZh, en: textEn } = current;
    const ok = await ctx.run(() => ctx.api.setNotes(ctx.view.meeting.id, item.id, textZh, textEn), { redraw: false });
    // Typed on while it was saved: the newer text waits for the next save.
    const latest = drafts.get(item.id);
    if (latest !== undefined && (latest.zh !== textZh || latest.en !== textEn)) latest.state = 'dirty';
    else if (latest !== undefined) latest.state = ok ? 'saved' : 'failed';
    setStatus(latest?.state ?? 'saved');
  };
  for (const input of [zh, en]) {
    input.addEventListener('input', () => {
      drafts.set(item.id, { zh: zh.value, en: en.value, state: 'dirty' });
      setStatus('dirty');
    });
    input.addEventListener('blur', () => void save());
    input.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        event.stopPropagation();
        void save();
      }
    });
  }
  return h('div', { class: 'mt-notes' },
    h('div', { class: 'mt-notes-head' }, h('p', { class: 'mt-notes-label' }, t('meetings-notes-title')), status),
    h('div', { class: 'mt-notes-pair' },
      smallField(`mt-notes-zh-${item.id}`, t('meetings-notes-zh'), zh),
      smallField(`mt-notes-en-${item.id}`, t('meetings-notes-en'), en),
    ),
  );
}

function renderAddItem(ctx: MeetingContext): HTMLElement {
  return itemForm(ctx, null);
}

/** The form that adds an item (`existing` null) or edits one in place, prefilled. */
function itemForm(ctx: MeetingContext, existing: AgendaItem | null): HTMLElement {
  // The add form keeps the test ids the walks use; the edit form has its own.
  const p = existing === null ? 'agenda-new' : 'agenda-edit';
  const idp = existing === null ? 'mt-new' : `mt-edit-${existing.id}`;
  const titleZh = h('input', { type: 'text', class: 'input', lang: 'zh-CN', autocomplete: 'off', 'data-testid': `${p}-titleZh`, value: existing?.titleZh ?? '' });
  const titleEn = h('input', { type: 'text', class: 'input', lang: 'en', autocomplete: 'off', 'data-testid': `${p}-titleEn`, value: existing?.titleEn ?? '' });
  const presenter = h('input', { type: 'text', class: 'input', autocomplete: 'off', 'data-testid': `${p}-presenter`, value: existing?.presenter ?? '' });
  const minutes = h('input', {
    type: 'number', min: 0, max: 600, class: 'input input-narrow', value: String(existing?.plannedMinutes ?? 15), 'data-testid': `${p}-minutes`,
  });
  const titleError = errorLine(`${p}-error-title`);
  const presenterError = errorLine(`${p}-error-presenter`);
  const minutesError = errorLine(`${p}-error-minutes`);
  const submit = existing === null
    ? h('button', { type: 'submit', class: 'button', 'data-testid': 'agenda-add' }, icon('plus'), t('meetings-item-add'))
    : h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'agenda-edit-save' }, t('meetings-save'));
  const cancel = existing !== null && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'agenda-edit-cancel' }, t('meetings-cancel'));
  const form = h('form', {
    class: `mt-inline-form${existing === null ? '' : ' mt-edit-form'}`, novalidate: true,
    'data-testid': existing === null ? 'agenda-add-form' : 'agenda-edit-form',
  },
  h('h3', { class: 'mt-inline-title' }, t(existing === null ? 'meetings-item-add-title' : 'meetings-item-edit-title')),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-title-zh`, t('meetings-field-item-title-zh'), titleZh, titleError),
    smallField(`${idp}-title-en`, t('meetings-field-item-title-en'), titleEn),
  ),
  h('div', { class: 'mt-form-row' },
    smallField(`${idp}-presenter`, t('meetings-field-presenter'), presenter, presenterError),
    smallField(`${idp}-minutes`, t('meetings-field-minutes'), minutes, minutesError),
    h('div', { class: 'mt-form-submit' }, submit, cancel),
  ),
  existing !== null && h('p', { class: 'mt-hint' }, t('meetings-form-keys')),
  );
  const close = () => {
    if (existing === null) return;
    ctx.setEditing?.(null);
    document.querySelector<HTMLElement>(`[data-testid="agenda-edit-${existing.id}"]`)?.focus();
  };
  if (cancel) cancel.addEventListener('click', close);
  if (existing !== null) editKeys(form, close);
  const showFields = (fields: FieldMessage[]) => {
    const found = byField(fields);
    const other = fields.find((f) => !['title', 'titleZh', 'titleEn', 'presenter', 'plannedMinutes'].includes(f.field));
    showError(titleError, found.get('title') ?? found.get('titleZh') ?? found.get('titleEn') ?? other?.message ?? null);
    showError(presenterError, found.get('presenter') ?? null);
    showError(minutesError, found.get('plannedMinutes') ?? null);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (titleZh.value.trim() === '' && titleEn.value.trim() === '') {
      showFields([{ field: 'title', message: t('meetings-error-item-title') }]);
      titleZh.focus();
      return;
    }
    const plannedMinutes = Math.max(0, Math.min(600, Math.round(Number(minutes.value) || 0)));
    const draft = { titleZh: titleZh.value.trim(), titleEn: titleEn.value.trim(), presenter: presenter.value.trim(), plannedMinutes };
    if (existing === null) {
      void ctx.run(() => ctx.api.addAgendaItem(ctx.view.meeting.id, draft), { onFields: showFields });
      return;
    }
    void (async () => {
      const ok = await ctx.run(() => ctx.api.updateAgendaItem(ctx.view.meeting.id, { ...existing, ...draft }), {
        onFields: showFields, closesEdit: true,
      });
      if (ok) document.querySelector<HTMLElement>(`[data-testid="agenda-edit-${existing.id}"]`)?.focus();
    })();
  });
  return form;
}
