// A date (and optionally a time) entered the way the interface language writes it:
// "25 [November] 2026" in English, "2026 年 [11月] 25 日" in Chinese, a 24-hour "09:30".
// The web view's own date input follows the desktop's locale (MM/DD/YYYY), not the app's.
//
// The value lives in a hidden input, as the backend wants it ("2026-11-25", or
// "2026-11-25T09:30" with the time), so the forms read and listen to it as before; a date
// that is incomplete or impossible keeps what was typed, which no check accepts.

import { h } from '../dom';
import { i18n, t } from '../i18n';

export interface DateInput {
  /** What the form lays out. */
  readonly element: HTMLElement;
  /** Holds the value and fires `input` and `change` when it changes. */
  readonly input: HTMLInputElement;
}

export interface DateInputOptions {
  value: string;
  testid: string;
  /** The id of the first control, for a label's `for`. */
  id?: string;
  withTime?: boolean;
}

const pad = (n: string, width: number) => n.padStart(width, '0');

/** "2026-11-25" from its parts, or what was typed when it is no real date; "" when all is empty. */
export function composeDate(year: string, month: string, day: string): string {
  const [y, m, d] = [year.trim(), month.trim(), day.trim()];
  if (y === '' && m === '' && d === '') return '';
  const iso = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return `${y}-${m}-${d}`;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const real = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  return real ? iso : `${y}-${m}-${d}`;
}

/** The parts of "2026-11-25" or "2026-11-25T09:30"; empty parts for anything else. */
export function splitDate(value: string): { year: string; month: string; day: string; time: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value);
  if (match === null) return { year: '', month: '', day: '', time: '' };
  return { year: match[1] ?? '', month: String(Number(match[2])), day: String(Number(match[3])), time: match[4] ?? '' };
}

export function dateInput(options: DateInputOptions): DateInput {
  const locale = i18n().locale;
  const parts = splitDate(options.value);
  const input = h('input', { type: 'hidden', value: options.value, 'data-testid': options.testid });
  const day = h('input', {
    type: 'text', inputmode: 'numeric', maxlength: 2, class: 'input date-day', autocomplete: 'off',
    'aria-label': t('date-day'), value: parts.day, placeholder: t('date-day-placeholder'), 'data-testid': `${options.testid}-day`,
  });
  // "November"; "11月", as the app writes 2026年11月25日.
  const monthNames = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { month: locale === 'en' ? 'long' : 'numeric', timeZone: 'UTC' });
  const month = h('select', { class: 'input date-month', 'aria-label': t('date-month'), 'data-testid': `${options.testid}-month` },
    h('option', { value: '' }, t('date-month-none')),
    ...Array.from({ length: 12 }, (_, i) => h('option', { value: String(i + 1) }, monthNames.format(new Date(Date.UTC(2026, i, 1))))));
  month.value = parts.month;
  const year = h('input', {
    type: 'text', inputmode: 'numeric', maxlength: 4, class: 'input date-year', autocomplete: 'off',
    'aria-label': t('date-year'), value: parts.year, placeholder: t('date-year-placeholder'), 'data-testid': `${options.testid}-year`,
  });
  const time = options.withTime === true ? h('input', {
    type: 'text', inputmode: 'numeric', maxlength: 5, class: 'input date-time', autocomplete: 'off',
    'aria-label': t('date-time'), value: parts.time, placeholder: '09:00', 'data-testid': `${options.testid}-time`,
  }) : null;

  const compose = () => {
    const date = composeDate(year.value, month.value, day.value);
    if (time === null) return date;
    const hhmm = /^(\d{1,2})[:：.](\d{2})$/.exec(time.value.trim());
    const clock = hhmm === null ? time.value.trim() : `${pad(hhmm[1] ?? '', 2)}:${hhmm[2] ?? ''}`;
    return date === '' && clock === '' ? '' : `${date}T${clock}`;
  };
  let writing = false;
  const update = () => {
    const value = compose();
    if (value === input.value) return;
    input.value = value;
    writing = true;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    writing = false;
  };
  for (const control of [day, month, year, time]) {
    control?.addEventListener('input', update);
    control?.addEventListener('change', update);
  }
  // A value set from outside (a script, a reset) shows in the controls.
  const show = () => {
    if (writing) return;
    const next = splitDate(input.value);
    day.value = next.day;
    month.value = next.month;
    year.value = next.year;
    if (time !== null) time.value = next.time;
  };
  input.addEventListener('input', show);
  input.addEventListener('change', show);

  const first = locale === 'en' ? day : year;
  if (options.id !== undefined) first.id = options.id;
  const ordered = locale === 'en'
    ? [day, month, year]
    : [year, h('span', { class: 'date-unit', 'aria-hidden': 'true' }, '年'), month, day, h('span', { class: 'date-unit', 'aria-hidden': 'true' }, '日')];
  const element = h('div', { class: 'date-input', role: 'group', lang: locale },
    ...ordered, time !== null && time, input);
  return { element, input };
}
