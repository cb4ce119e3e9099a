// The agenda of a meeting: its items in order (reordered with buttons or Alt+↑/↓ while the
// meeting is planned), the carried action items under the first item, the notes of each item
// (saved on leaving the field and with Ctrl+S), and the form that adds an item.

import type { AgendaItem } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { allowed, formatDay, movedPosition, other, pick } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import { byField, errorLine, personName, showError, smallField, type MeetingContext } from './meeting-context';

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
  const show = h('button', {
    type: 'button', class: `button button-quiet${current ? ' mt-current-button' : ''}`, 'aria-pressed': current ? 'true' : 'false',
    'data-testid': `agenda-current-${n}`,
  }, icon('arrow'), t(current ? 'meetings-item-is-current' : projectorOn ? 'meetings-item-show' : 'meetings-item-make-current'));
  show.addEventListener('click', () => ctx.setCurrentItem(item.id));
  tools.push(show);

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
    head,
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
  const titleZh = h('input', { type: 'text', class: 'input', lang: 'zh-CN', autocomplete: 'off', 'data-testid': 'agenda-new-titleZh' });
  const titleEn = h('input', { type: 'text', class: 'input', lang: 'en', autocomplete: 'off', 'data-testid': 'agenda-new-titleEn' });
  const presenter = h('input', { type: 'text', class: 'input', autocomplete: 'off', 'data-testid': 'agenda-new-presenter' });
  const minutes = h('input', { type: 'number', min: 0, max: 600, class: 'input input-narrow', value: '15', 'data-testid': 'agenda-new-minutes' });
  const titleError = errorLine('agenda-new-error-title');
  const add = h('button', { type: 'submit', class: 'button', 'data-testid': 'agenda-add' }, icon('plus'), t('meetings-item-add'));
  const form = h('form', { class: 'mt-inline-form', novalidate: true, 'data-testid': 'agenda-add-form' },
    h('h3', { class: 'mt-inline-title' }, t('meetings-item-add-title')),
    h('div', { class: 'mt-form-row' },
      smallField('mt-new-title-zh', t('meetings-field-item-title-zh'), titleZh, titleError),
      smallField('mt-new-title-en', t('meetings-field-item-title-en'), titleEn),
    ),
    h('div', { class: 'mt-form-row' },
      smallField('mt-new-presenter', t('meetings-field-presenter'), presenter),
      smallField('mt-new-minutes', t('meetings-field-minutes'), minutes),
      h('div', { class: 'mt-form-submit' }, add),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (titleZh.value.trim() === '' && titleEn.value.trim() === '') {
      showError(titleError, t('meetings-error-item-title'));
      titleZh.focus();
      return;
    }
    const plannedMinutes = Math.max(0, Math.min(600, Math.round(Number(minutes.value) || 0)));
    void ctx.run(() => ctx.api.addAgendaItem(ctx.view.meeting.id, {
      titleZh: titleZh.value.trim(), titleEn: titleEn.value.trim(), presenter: presenter.value.trim(), plannedMinutes,
    }), { onFields: (fields) => showError(titleError, byField(fields).get('title') ?? fields[0]?.message ?? null) });
  });
  return form;
}

