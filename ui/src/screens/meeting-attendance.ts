// Attendance: check people in from the register as they arrive (type a name or its pinyin,
// ↑/↓ to choose, Enter checks in), their arrival and departure times, and the proxies they
// hold for absent voting members. The quorum indicator above follows every change.

import { toApiError } from '../api';
import type { Stakeholder } from '../bindings';
import { h } from '../dom';
import { i18n, t } from '../i18n';
import { allowed, formatTime, presence, proxyCandidates, votes } from '../meetings-model';
import { emptyQuery, organisation, primaryName, secondaryName } from '../register-model';
import { icon } from '../widgets/icons';
import { personName, type MeetingContext } from './meeting-context';

const SHOWN = 8;

/** The check-in search keeps its text and choice across redraws. */
export class AttendancePanel {
  private text = '';
  private matches: number[] = [];
  private active = 0;
  private seq = 0;
  private resultsSlot: HTMLElement | null = null;
  private input: HTMLInputElement | null = null;

  constructor(private readonly ctx: () => MeetingContext) {}

  render(): HTMLElement {
    const ctx = this.ctx();
    const can = allowed(ctx.view.meeting.state);
    return h('section', { class: 'mt-attendance', 'aria-labelledby': 'mt-attendance-title', 'data-testid': 'meeting-attendance' },
      h('h2', { class: 'mt-section-title', id: 'mt-attendance-title' }, t('meetings-attendance-title')),
      can.attendance ? this.renderCheckIn() : h('p', { class: 'mt-hint' }, t('meetings-attendance-closed')),
      this.renderPresent(ctx),
    );
  }

  focusSearch(): void {
    this.input?.focus();
  }

  private renderCheckIn(): HTMLElement {
    const input = h('input', {
      type: 'search', id: 'mt-checkin-search', class: 'input', value: this.text, autocomplete: 'off', spellcheck: 'false',
      placeholder: t('meetings-checkin-placeholder'), role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'mt-checkin-results',
      'aria-autocomplete': 'list', 'data-testid': 'checkin-search',
    });
    this.input = input;
    input.addEventListener('input', () => {
      this.text = input.value;
      this.active = 0;
      void this.search();
    });
    input.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const n = Math.min(this.matches.length, SHOWN);
        if (n === 0) return;
        this.active = (this.active + (event.key === 'ArrowDown' ? 1 : -1) + n) % n;
        this.drawResults();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        const id = this.matches[this.active];
        if (id !== undefined) void this.checkIn(id);
      } else if (event.key === 'Escape' && this.text !== '') {
        event.preventDefault();
        event.stopPropagation();
        this.clear();
      }
    });
    this.resultsSlot = h('ul', { class: 'mt-results', id: 'mt-checkin-results', role: 'listbox', 'aria-label': t('meetings-checkin-results'), 'data-testid': 'checkin-results' });
    this.drawResults();
    if (this.text !== '' && this.matches.length === 0) void this.search();
    return h('div', { class: 'mt-checkin card' },
      h('label', { for: 'mt-checkin-search', class: 'field-label' }, t('meetings-checkin-label')),
      h('div', { class: 'mt-checkin-row' }, icon('search', 'icon mt-search-icon'), input),
      h('p', { class: 'mt-hint' }, t('meetings-checkin-keys')),
      this.resultsSlot,
    );
  }

  private clear(): void {
    this.text = '';
    this.matches = [];
    this.active = 0;
    if (this.input !== null) this.input.value = '';
    this.drawResults();
  }

  private async search(): Promise<void> {
    const seq = ++this.seq;
    const text = this.text.trim();
    if (text === '') {
      this.matches = [];
      this.drawResults();
      return;
    }
    try {
      const ids = await this.ctx().peopleApi.searchStakeholders({ ...emptyQuery(), text });
      if (seq !== this.seq) return; // a newer search is under way
      const people = this.ctx().people;
      this.matches = ids.filter((id) => people.get(id)?.status !== 'withdrawn' && people.get(id)?.erasedOn === null);
      this.active = Math.min(this.active, Math.max(0, this.matches.length - 1));
      this.drawResults();
    } catch (raw) {
      this.ctx().toast.show(toApiError(raw).message, 'error');
    }
  }

  private drawResults(): void {
    const slot = this.resultsSlot;
    if (slot === null) return;
    const ctx = this.ctx();
    const locale = i18n().locale;
    slot.textContent = '';
    const shown = this.matches.slice(0, SHOWN);
    this.input?.setAttribute('aria-expanded', String(shown.length > 0));
    if (this.text.trim() !== '' && shown.length === 0) {
      slot.append(h('li', { class: 'mt-result-none', 'data-testid': 'checkin-none' }, t('meetings-checkin-none')));
    }
    shown.forEach((id, index) => {
      const p = ctx.people.get(id);
      if (p === undefined) return;
      const state = presence(ctx.view.attendance, id);
      const here = state === 'in-room';
      const optionId = `mt-checkin-option-${id}`;
      const button = h('button', { type: 'button', class: 'button button-quiet mt-result-button', tabindex: -1, disabled: here, 'data-testid': 'checkin-button' },
        t(here ? 'meetings-checkin-here' : 'meetings-checkin-button'));
      button.addEventListener('click', () => void this.checkIn(id));
      const second = secondaryName(p, locale);
      slot.append(h('li', {
        class: `mt-result${index === this.active ? ' mt-result-active' : ''}`, id: optionId, role: 'option',
        'aria-selected': index === this.active ? 'true' : 'false', 'data-testid': 'checkin-option', 'data-id': String(id),
      },
      h('span', { class: 'mt-result-name' }, primaryName(p, locale), second !== '' && h('span', { class: 'mt-name-second' }, second)),
      h('span', { class: 'mt-result-org' }, organisation(p, locale)),
      votes(p) && h('span', { class: 'badge badge-voting' }, t('meetings-voting')),
      button));
    });
    const activeId = shown[this.active];
    if (activeId !== undefined) this.input?.setAttribute('aria-activedescendant', `mt-checkin-option-${activeId}`);
    else this.input?.removeAttribute('aria-activedescendant');
  }

  private async checkIn(id: number): Promise<void> {
    const ctx = this.ctx();
    if (presence(ctx.view.attendance, id) === 'in-room') return;
    const name = personName(ctx, id);
    const ok = await ctx.run(() => ctx.api.checkIn(ctx.view.meeting.id, id));
    if (!ok) return;
    this.ctx().toast.show(t('meetings-checked-in', { name }));
    this.clear();
    // The screen was drawn again: the next person is typed into the new search field.
    this.focusSearch();
  }

  private renderPresent(ctx: MeetingContext): HTMLElement {
    const locale = i18n().locale;
    const can = allowed(ctx.view.meeting.state);
    const rows = ctx.view.attendance
      .filter((a) => a.present || can.attendance)
      .slice()
      .sort((a, b) => Number(b.present) - Number(a.present) || personName(ctx, a.stakeholderId).localeCompare(personName(ctx, b.stakeholderId), locale));
    const present = rows.filter((a) => a.present);
    if (rows.length === 0) {
      return h('p', { class: 'mt-empty-line', 'data-testid': 'attendance-empty' }, t('meetings-attendance-empty'));
    }
    const items = rows.map((a) => {
      const p: Stakeholder | undefined = ctx.people.get(a.stakeholderId);
      const state = presence(ctx.view.attendance, a.stakeholderId);
      const times = [
        a.arrivedAt !== null ? t('meetings-arrived', { time: formatTime(a.arrivedAt) }) : '',
        a.leftAt !== null ? t('meetings-left', { time: formatTime(a.leftAt) }) : '',
      ].filter((s) => s !== '').join(' · ');
      const tools: HTMLElement[] = [];
      if (can.attendance && state === 'in-room') {
        tools.push(this.proxySelect(ctx, a.stakeholderId, a.proxyFor));
        const out = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'checkout-button' }, t('meetings-checkout'));
        out.addEventListener('click', () => void ctx.run(() => ctx.api.checkOut(ctx.view.meeting.id, a.stakeholderId)));
        tools.push(out);
      }
      if (can.attendance && state !== 'in-room') {
        const back = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'recheckin-button' }, t('meetings-checkin-button'));
        back.addEventListener('click', () => void ctx.run(() => ctx.api.checkIn(ctx.view.meeting.id, a.stakeholderId)));
        tools.push(back);
      }
      if (can.attendance && state !== 'absent') {
        const undo = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'absent-button' }, t('meetings-mark-absent'));
        undo.addEventListener('click', () => void ctx.run(() => ctx.api.markAbsent(ctx.view.meeting.id, a.stakeholderId)));
        tools.push(undo);
      }
      return h('li', { class: `mt-person mt-person-${state}`, 'data-testid': 'attendance-row', 'data-id': String(a.stakeholderId) },
        h('div', { class: 'mt-person-text' },
          h('span', { class: 'mt-person-name' }, p === undefined ? `#${a.stakeholderId}` : primaryName(p, locale),
            p !== undefined && votes(p) && h('span', { class: 'badge badge-voting' }, t('meetings-voting'))),
          h('span', { class: 'mt-person-meta' }, [t(`meetings-presence-${state === 'in-room' && !can.attendance ? 'present' : state}`), times,
            a.proxyFor !== null && !can.attendance ? t('meetings-proxy-for', { name: personName(ctx, a.proxyFor) }) : '']
            .filter((s) => s !== '').join(' · ')),
        ),
        tools.length > 0 && h('div', { class: 'mt-person-tools' }, ...tools),
      );
    });
    return h('div', { class: 'mt-present' },
      h('h3', { class: 'mt-sub-title', 'data-testid': 'attendance-count' }, t('meetings-present-count', { count: present.length })),
      h('ul', { class: 'mt-people', 'data-testid': 'attendance-list' }, ...items),
    );
  }

  private proxySelect(ctx: MeetingContext, holderId: number, current: number | null): HTMLElement {
    const locale = i18n().locale;
    const candidates = proxyCandidates([...ctx.people.values()], ctx.view.attendance, holderId)
      .sort((a, b) => primaryName(a, locale).localeCompare(primaryName(b, locale), locale));
    const id = `mt-proxy-${holderId}`;
    const select = h('select', { id, class: 'input mt-proxy-select', 'data-testid': 'proxy-select' },
      h('option', { value: '' }, t('meetings-proxy-none')),
      ...candidates.map((p) => h('option', { value: String(p.id), selected: p.id === current }, primaryName(p, locale))));
    select.value = current === null ? '' : String(current);
    select.addEventListener('change', () => {
      const member = select.value === '' ? null : Number(select.value);
      void ctx.run(() => ctx.api.setProxy(ctx.view.meeting.id, holderId, member));
    });
    return h('span', { class: 'mt-proxy' }, h('label', { for: id }, t('meetings-proxy-label')), select);
  }
}
