// @vitest-environment happy-dom
// Dates are entered as the interface language writes them, never as MM/DD/YYYY.

import { describe, expect, it } from 'vitest';
import { setI18nLocale } from '../src/i18n';
import { composeDate, dateInput, splitDate } from '../src/widgets/date-input';

const control = (root: HTMLElement, testid: string) => root.querySelector<HTMLInputElement>(`[data-testid="${testid}"]`);

describe('date input', () => {
  it('orders day, month, year in English and 年 月 日 in Chinese, with month names', () => {
    setI18nLocale('en');
    const en = dateInput({ value: '2026-11-25', testid: 'd' });
    const order = (root: HTMLElement) => [...root.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid'));
    expect(order(en.element)).toEqual(['d-day', 'd-month', 'd-year', 'd']);
    expect(en.element.querySelector('select')?.selectedOptions[0]?.textContent).toBe('November');
    setI18nLocale('zh-CN');
    const zh = dateInput({ value: '2026-11-25', testid: 'd' });
    expect(order(zh.element)).toEqual(['d-year', 'd-month', 'd-day', 'd']);
    expect(zh.element.textContent).toContain('年');
    expect(zh.element.querySelector('select')?.selectedOptions[0]?.textContent).toBe('11 月');
    setI18nLocale('en');
  });

  it('gives the form an ISO date, and keeps an impossible one as typed so no check accepts it', () => {
    setI18nLocale('en');
    const field = dateInput({ value: '', testid: 'd', withTime: true });
    const seen: string[] = [];
    field.input.addEventListener('input', () => seen.push(field.input.value));
    const set = (testid: string, value: string) => {
      const el = control(field.element, testid) ?? field.element.querySelector<HTMLSelectElement>(`[data-testid="${testid}"]`);
      if (el === null) throw new Error(testid);
      el.value = value;
      el.dispatchEvent(new Event('input'));
    };
    set('d-day', '5');
    set('d-month', '2');
    set('d-year', '2027');
    set('d-time', '9:30');
    expect(field.input.value).toBe('2027-02-05T09:30');
    expect(seen.at(-1)).toBe('2027-02-05T09:30');
    set('d-day', '30');
    expect(field.input.value).toBe('2027-2-30T09:30');
  });

  it('shows a value set from outside', () => {
    setI18nLocale('en');
    const field = dateInput({ value: '', testid: 'd' });
    field.input.value = '2027-01-15';
    field.input.dispatchEvent(new Event('input'));
    expect(control(field.element, 'd-day')?.value).toBe('15');
    expect(control(field.element, 'd-year')?.value).toBe('2027');
    expect(field.element.querySelector('select')?.value).toBe('1');
  });

  it('composes and splits', () => {
    expect(composeDate('2026', '11', '5')).toBe('2026-11-05');
    expect(composeDate('', '', '')).toBe('');
    expect(composeDate('2026', '2', '29')).toBe('2026-2-29');
    expect(composeDate('2028', '2', '29')).toBe('2028-02-29');
    expect(composeDate('26', '2', '1')).toBe('26-2-1');
    expect(splitDate('2026-11-05T09:00:00')).toEqual({ year: '2026', month: '11', day: '5', time: '09:00' });
    expect(splitDate('nonsense')).toEqual({ year: '', month: '', day: '', time: '' });
  });
});
