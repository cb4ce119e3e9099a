// The Meetings stage: the list of meetings, one meeting with its lifecycle (open, close,
// approve, then addenda), agenda and notes, attendance with the live quorum, decisions and
// action items, the minutes export and the projector. The screen outlives its DOM: a language
// switch keeps the meeting, the tab, the notes typed and the check-in search.

import { toApiError, type Api } from '../api';
import type { MeetingsApi } from '../api-meetings';
import type { ExportLanguage, Meeting, MeetingState, MeetingSummary, MeetingView, Quorum, Stakeholder } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { EXPORT_LANGUAGES, allowed, formatDay, formatStamp, label, meetingTitle, nextStep, other, pick, quorumFill, todayValue, type Step } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { renderAgenda, type NoteDrafts } from './meeting-agenda';
import { AttendancePanel } from './meeting-attendance';
import type { EditTarget, MeetingContext, RunOptions } from './meeting-context';
import { MeetingForm } from './meeting-form';
import { renderActions, renderAddenda, renderDecisions } from './meeting-records';
import { mountQuestions } from './questions-panel';
import '../styles/meetings.css';
import { showExported } from '../api-files';

export interface MeetingsDeps {
  meetings: MeetingsApi;
  /** The register: names, and the pinyin search for check-in. */
  people: Api;
  toast: Toaster;
}

type Tab = 'agenda' | 'attendance' | 'records' | 'addenda';

export class MeetingsScreen {
  private summaries: MeetingSummary[] = [];
  private people = new Map<number, Stakeholder>();
  private loaded = false;
  private loadError: string | null = null;
  private view: MeetingView | null = null;
  private form: MeetingForm | null = null;
  private tab: Tab = 'agenda';
  private currentItemId: number | null = null;
  private editing: EditTarget | null = null;
  private projectorOn = false;
  private projectorLanguage: ExportLanguage = 'bilingual';
  private exportLanguage: ExportLanguage = 'bilingual';
  private exporting = false;
  private busy = false;
  private drafts: NoteDrafts = new Map();
  private readonly attendance = new AttendancePanel(() => this.context());
  private root: HTMLElement | null = null;

  constructor(private readonly deps: MeetingsDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'meetings', 'data-testid': 'stage-meetings' });
    if (!this.loaded) {
      this.root.append(h('p', { class: 'loading' }, t('app-loading')));
      void this.load();
    } else {
      this.draw();
      if (this.form === null) void this.refresh();
    }
    return this.root;
  }

  /** Back on the stage: the register and the meeting may have changed elsewhere. */
  private async refresh(): Promise<void> {
    try {
      const people = await this.deps.people.listStakeholders();
      this.people = new Map(people.map((p) => [p.id, p]));
      if (this.view !== null) this.show(await this.deps.meetings.get(this.view.meeting.id));
      else this.summaries = await this.deps.meetings.list();
      if (this.form === null) this.redrawKeepingFocus();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  onKey(event: KeyboardEvent): boolean {
    if (this.form !== null) return this.form.onKey(event);
    if (event.isComposing || event.defaultPrevented) return false;
    const target = event.target as HTMLElement | null;
    const typing = target !== null && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
    if (event.key === 'Escape' && this.view !== null && !typing) {
      event.preventDefault();
      this.backToList();
      return true;
    }
    return false;
  }

  // ---- loading ---------------------------------------------------------------

  private async load(): Promise<void> {
    try {
      const [summaries, people] = await Promise.all([this.deps.meetings.list(), this.deps.people.listStakeholders()]);
      this.summaries = summaries;
      this.people = new Map(people.map((p) => [p.id, p]));
      this.loaded = true;
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  private async openMeeting(id: number): Promise<void> {
    try {
      this.show(await this.deps.meetings.get(id));
      this.tab = 'agenda';
      this.editing = null;
      this.drafts.clear();
      this.draw();
      this.focusHeading();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private show(view: MeetingView): void {
    const changed = this.view?.meeting.id !== view.meeting.id;
    this.view = view;
    if (changed || !view.agenda.some((a) => a.id === this.currentItemId)) {
      this.currentItemId = [...view.agenda].sort((a, b) => a.position - b.position)[0]?.id ?? null;
    }
    if (this.tab === 'addenda' && !allowed(view.meeting.state).addendum && view.addenda.length === 0) this.tab = 'agenda';
  }

  private backToList(): void {
    this.view = null;
    this.loaded = false;
    if (this.root !== null) replaceChildren(this.root, h('p', { class: 'loading' }, t('app-loading')));
    void this.load().then(() => this.focusHeading());
  }

  private async planMeeting(): Promise<void> {
    try {
      const base = await this.deps.meetings.defaultMeeting();
      this.openForm(base);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private openForm(base: Meeting): void {
    this.form = new MeetingForm(base, {
      api: this.deps.meetings,
      toast: this.deps.toast,
      close: (saved) => {
        this.form = null;
        if (saved !== null) this.show(saved);
        this.draw();
        this.focusHeading();
      },
    });
    this.draw();
    this.form.focusFirst();
  }

  // ---- writes ------------------------------------------------------------------

  private context(): MeetingContext {
    const view = this.view;
    if (view === null) throw new Error('no meeting open');
    return {
      view,
      people: this.people,
      api: this.deps.meetings,
      peopleApi: this.deps.people,
      toast: this.deps.toast,
      currentItemId: this.currentItemId,
      run: (write, options) => this.run(write, options),
      setCurrentItem: (id) => this.setCurrentItem(id),
      editing: this.editing,
      setEditing: (target) => this.setEditing(target),
    };
  }

  private async run(write: () => Promise<MeetingView>, options: RunOptions = {}): Promise<boolean> {
    try {
      const next = await write();
      this.show(next);
      if (options.closesEdit === true) this.editing = null;
      if (options.redraw === false) this.updateQuorum();
      else this.redrawKeepingFocus();
      return true;
    } catch (raw) {
      const error = toApiError(raw);
      if (error.fields.length > 0 && options.onFields !== undefined) options.onFields(error.fields);
      else this.deps.toast.show(error.message, 'error');
      return false;
    }
  }

  private async step(step: Step): Promise<void> {
    const view = this.view;
    if (view === null || this.busy) return;
    const title = meetingTitle(view.meeting, i18n().locale);
    if (step !== 'open') {
      const ok = await confirmDialog({
        title: t(`meetings-confirm-${step}-title`), body: t(`meetings-confirm-${step}-body`, { title }),
        confirm: t(`meetings-step-${step}`), testid: `confirm-${step}`,
      });
      if (!ok) return;
    }
    // Opened on another day than planned: the chair confirms, and the minutes say when it was held.
    const today = todayValue();
    const anotherDay = step === 'open' && view.meeting.startsAt.slice(0, 10) !== today;
    if (anotherDay) {
      const locale = i18n().locale;
      const ok = await confirmDialog({
        title: t('meetings-confirm-open-another-day-title'),
        body: t('meetings-confirm-open-another-day-body', { title, planned: formatDay(view.meeting.startsAt, locale), today: formatDay(today, locale) }),
        confirm: t('meetings-step-open-another-day'), testid: 'confirm-open-another-day',
      });
      if (!ok) return;
    }
    this.busy = true;
    const api = this.deps.meetings;
    const id = view.meeting.id;
    const call = step === 'open' ? () => api.open(id, anotherDay) : step === 'close' ? () => api.close(id) : () => api.approve(id);
    const done = await this.run(call);
    this.busy = false;
    if (done) {
      this.deps.toast.show(t(`meetings-step-${step}-done`));
      if (step === 'approve') this.tab = this.tab === 'attendance' ? 'agenda' : this.tab;
      this.draw();
      this.root?.querySelector<HTMLElement>('[data-testid="meeting-state"]')?.focus();
    }
  }

  private setCurrentItem(id: number | null): void {
    this.currentItemId = id;
    this.redrawKeepingFocus();
    if (this.projectorOn) void this.pushProjector();
  }

  private setEditing(target: EditTarget | null): void {
    this.editing = target;
    this.draw();
    if (target !== null) this.root?.querySelector<HTMLElement>('.mt-edit-form input, .mt-edit-form textarea')?.focus();
  }

  private async pushProjector(): Promise<void> {
    if (this.view === null) return;
    try {
      await this.deps.meetings.setProjector({
        meetingId: this.view.meeting.id, agendaItemId: this.currentItemId, questionId: null, language: this.projectorLanguage,
      });
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async openProjector(): Promise<void> {
    try {
      await this.deps.meetings.openProjector();
      this.projectorOn = true;
      await this.pushProjector();
      this.redrawKeepingFocus();
      this.deps.toast.show(t('meetings-projector-opened'));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async closeProjector(): Promise<void> {
    try {
      await this.deps.meetings.closeProjector();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.projectorOn = false;
    this.redrawKeepingFocus();
  }

  private async exportMinutes(): Promise<void> {
    if (this.view === null || this.exporting) return;
    this.exporting = true;
    this.redrawKeepingFocus();
    try {
      const result = await this.deps.meetings.exportMinutes(this.view.meeting.id, this.exportLanguage);
      if (result !== null) showExported(this.deps.toast, t('meetings-exported', { path: result.path, pages: result.pages, kilobytes: result.kilobytes }), result.path);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.exporting = false;
      this.redrawKeepingFocus();
    }
  }

  // ---- drawing -----------------------------------------------------------------

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    if (this.form !== null) replaceChildren(this.root, this.form.render());
    else if (this.view !== null) replaceChildren(this.root, this.renderMeeting(this.view));
    else replaceChildren(this.root, this.summaries.length === 0 ? this.renderEmpty() : this.renderList());
  }

  /** Draws again and puts the focus back on the element that had it (found by its test id). */
  private redrawKeepingFocus(): void {
    const active = document.activeElement as HTMLElement | null;
    const testid = active?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
    const rowId = active?.closest('[data-id]')?.getAttribute('data-id') ?? null;
    this.draw();
    if (testid === null || this.root === null) return;
    const candidates = [...this.root.querySelectorAll<HTMLElement>(`[data-testid="${testid}"]`)];
    const target = candidates.find((c) => rowId === null || c.closest('[data-id]')?.getAttribute('data-id') === rowId) ?? candidates[0];
    target?.focus();
  }

  private focusHeading(): void {
    this.root?.querySelector<HTMLElement>('h1')?.focus();
  }

  private planButton(primary = true): HTMLElement {
    const plan = h('button', { type: 'button', class: `button${primary ? ' button-primary' : ''}`, 'data-testid': 'meeting-plan' }, icon('plus'), t('meetings-plan'));
    plan.addEventListener('click', () => void this.planMeeting());
    return plan;
  }

  private renderEmpty(): HTMLElement {
    return h('div', { class: 'empty-state', 'data-testid': 'meetings-empty' },
      h('div', { class: 'empty-state-icon' }, icon('meetings')),
      h('h1', { class: 'empty-state-title', tabindex: -1 }, t('meetings-empty-title')),
      h('p', { class: 'empty-state-body' }, t('meetings-empty-body')),
      h('p', { class: 'empty-state-more' }, t('meetings-empty-more')),
      h('div', { class: 'mt-empty-actions' }, this.planButton()),
    );
  }

  private renderList(): HTMLElement {
    const locale = i18n().locale;
    const rows = this.summaries.map((s) => {
      const m = s.meeting;
      const second = other(m.titleZh, m.titleEn, locale);
      const open = h('button', { type: 'button', class: 'mt-row', 'data-testid': 'meeting-row', 'data-id': String(m.id) },
        h('span', { class: 'mt-row-main' },
          h('span', { class: 'mt-row-title' }, meetingTitle(m, locale)),
          second !== '' && h('span', { class: 'mt-row-second', lang: locale === 'en' ? 'zh-CN' : 'en' }, second),
          h('span', { class: 'mt-row-meta' }, [formatStamp(m.startsAt, locale), pick(m.placeZh, m.placeEn, locale)].filter((x) => x !== '').join(' · ')),
        ),
        h('span', { class: 'mt-row-side' },
          stateBadge(m.state),
          h('span', { class: 'badge badge-kind' }, t(label.kind(m.kind))),
          h('span', { class: 'mt-row-counts' }, t('meetings-row-counts', { items: s.agendaItems, present: s.present })),
        ),
      );
      open.addEventListener('click', () => void this.openMeeting(m.id));
      return h('li', {}, open);
    });
    return h('div', { class: 'mt-list-page' },
      h('header', { class: 'page-header mt-header' },
        h('div', {},
          h('h1', { class: 'page-title', tabindex: -1 }, t('meetings-title')),
          h('p', { class: 'page-lead' }, t('meetings-lead')),
        ),
        this.planButton(),
      ),
      h('ul', { class: 'mt-rows', 'aria-label': t('meetings-list-label'), 'data-testid': 'meetings-list' }, ...rows),
    );
  }

  private renderMeeting(view: MeetingView): HTMLElement {
    const locale = i18n().locale;
    const m = view.meeting;
    const can = allowed(m.state);
    const second = other(m.titleZh, m.titleEn, locale);
    const back = h('button', { type: 'button', class: 'button button-quiet mt-back', 'data-testid': 'meeting-back' }, t('meetings-back'));
    back.addEventListener('click', () => this.backToList());

    const facts: [string, string][] = [
      ['meetings-fact-when', formatStamp(m.startsAt, locale)],
      ['meetings-fact-where', pick(m.placeZh, m.placeEn, locale)],
      ['meetings-fact-chair', m.chair],
      ['meetings-fact-secretary', m.secretary],
      ['meetings-fact-representative', [m.representativeName, m.representativeTitle].filter((x) => x.trim() !== '').join(', ')],
    ];
    const history: string[] = [
      m.openedAt !== null ? t('meetings-history-opened', { name: m.openedBy, time: formatStamp(m.openedAt, locale) }) : '',
      m.closedAt !== null ? t('meetings-history-closed', { name: m.closedBy, time: formatStamp(m.closedAt, locale) }) : '',
      m.approvedAt !== null ? t('meetings-history-approved', { name: m.approvedBy, time: formatStamp(m.approvedAt, locale) }) : '',
    ].filter((x) => x !== '');

    return h('div', { class: 'mt-meeting', 'data-testid': 'meeting-detail', 'data-state': m.state },
      back,
      h('header', { class: 'mt-meeting-header' },
        h('div', { class: 'mt-badges' },
          stateBadge(m.state, 'meeting-state'),
          h('span', { class: 'badge badge-kind' }, t(label.kind(m.kind))),
        ),
        h('h1', { class: 'page-title mt-title', tabindex: -1, 'data-testid': 'meeting-title' }, meetingTitle(m, locale)),
        second !== '' && h('p', { class: 'mt-title-second', lang: locale === 'en' ? 'zh-CN' : 'en' }, second),
        h('dl', { class: 'mt-facts' }, ...facts.filter(([, v]) => v.trim() !== '').map(([k, v]) =>
          h('div', { class: 'mt-fact' }, h('dt', {}, t(k)), h('dd', {}, v)))),
        history.length > 0 && h('p', { class: 'mt-history', 'data-testid': 'meeting-history' }, history.join(' · ')),
      ),
      this.renderActionBar(view),
      m.state === 'approved' && h('p', { class: 'mt-frozen-note', role: 'note', 'data-testid': 'meeting-frozen' }, icon('check'), t('meetings-frozen-note')),
      can.attendance && renderQuorum(view.quorum),
      this.renderTabs(view),
      mountQuestions(h('div'), this.context()),
    );
  }

  private renderActionBar(view: MeetingView): HTMLElement {
    const m = view.meeting;
    const step = nextStep(m.state);
    const buttons: HTMLElement[] = [];
    if (step !== null) {
      const button = h('button', { type: 'button', class: 'button button-primary', 'data-testid': `meeting-${step}` }, t(`meetings-step-${step}`));
      button.addEventListener('click', () => void this.step(step));
      buttons.push(button);
    }
    if (allowed(m.state).details) {
      const edit = h('button', { type: 'button', class: 'button', 'data-testid': 'meeting-edit' }, icon('edit'), t('meetings-edit'));
      edit.addEventListener('click', () => this.openForm(m));
      buttons.push(edit);
    }
    if (allowed(m.state).addendum) {
      const addendum = h('button', { type: 'button', class: 'button', 'data-testid': 'meeting-addendum' }, icon('plus'), t('meetings-addendum-add'));
      addendum.addEventListener('click', () => {
        this.tab = 'addenda';
        this.draw();
        this.root?.querySelector<HTMLElement>('[data-testid="addendum-corrects"]')?.focus();
      });
      buttons.push(addendum);
    }

    const languageSelect = (testid: string, value: ExportLanguage, set: (v: ExportLanguage) => void, labelId: string) => {
      const id = `mt-${testid}`;
      const select = h('select', { id, class: 'input mt-language', 'data-testid': testid },
        ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === value }, t(label.language(l)))));
      select.value = value;
      select.addEventListener('change', () => set(select.value as ExportLanguage));
      return h('span', { class: 'mt-tool' }, h('label', { for: id, class: 'mt-tool-label' }, t(labelId)), select);
    };

    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'export-minutes', 'aria-busy': this.exporting ? 'true' : 'false' },
      icon('documents'), t(this.exporting ? 'meetings-exporting' : 'meetings-export'));
    exportButton.addEventListener('click', () => void this.exportMinutes());
    const projector = h('button', { type: 'button', class: 'button', 'data-testid': 'projector-open', 'aria-pressed': this.projectorOn ? 'true' : 'false' },
      icon('arrow'), t(this.projectorOn ? 'meetings-projector-refresh' : 'meetings-projector'));
    projector.addEventListener('click', () => void this.openProjector());
    const closeProjector = this.projectorOn && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'projector-close' }, t('meetings-projector-close'));
    if (closeProjector) closeProjector.addEventListener('click', () => void this.closeProjector());

    return h('div', { class: 'mt-actionbar' },
      h('div', { class: 'mt-actions' }, ...buttons),
      h('div', { class: 'mt-tools' },
        h('div', { class: 'mt-toolgroup' },
          languageSelect('export-language', this.exportLanguage, (v) => { this.exportLanguage = v; }, 'meetings-export-language'),
          exportButton),
        h('div', { class: 'mt-toolgroup' },
          languageSelect('projector-language', this.projectorLanguage, (v) => {
            this.projectorLanguage = v;
            if (this.projectorOn) void this.pushProjector();
          }, 'meetings-projector-language'),
          projector, closeProjector),
      ),
    );
  }

  private renderTabs(view: MeetingView): HTMLElement {
    const can = allowed(view.meeting.state);
    const tabs: Tab[] = ['agenda', 'attendance', 'records'];
    if (can.addendum || view.addenda.length > 0) tabs.push('addenda');
    const counts: Record<Tab, number> = {
      agenda: view.agenda.length,
      attendance: view.attendance.filter((a) => a.present).length,
      records: view.decisions.length + view.actionItems.length,
      addenda: view.addenda.length,
    };
    const buttons = tabs.map((tab) => {
      const selected = tab === this.tab;
      const button = h('button', {
        type: 'button', role: 'tab', id: `mt-tab-${tab}`, class: 'mt-tab', 'aria-selected': selected ? 'true' : 'false',
        'aria-controls': 'mt-tabpanel', tabindex: selected ? 0 : -1, 'data-testid': `meeting-tab-${tab}`,
      }, t(`meetings-tab-${tab}`), h('span', { class: 'mt-tab-count' }, String(counts[tab])));
      button.addEventListener('click', () => this.selectTab(tab));
      button.addEventListener('keydown', (event) => {
        const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (delta === 0) return;
        event.preventDefault();
        const next = tabs[(tabs.indexOf(tab) + delta + tabs.length) % tabs.length] ?? tab;
        this.selectTab(next);
        this.root?.querySelector<HTMLElement>(`#mt-tab-${next}`)?.focus();
      });
      return button;
    });
    const ctx = this.context();
    const panel = this.tab === 'agenda' ? renderAgenda(ctx, this.drafts, this.projectorOn)
      : this.tab === 'attendance' ? this.attendance.render()
        : this.tab === 'records' ? h('div', { class: 'mt-records-pair' }, renderDecisions(ctx), renderActions(ctx))
          : renderAddenda(ctx) ?? h('p', {}, '');
    return h('div', { class: 'mt-tabs-wrap' },
      h('div', { class: 'mt-tabs', role: 'tablist', 'aria-label': t('meetings-tabs-label') }, ...buttons),
      h('div', { class: 'mt-tabpanel', id: 'mt-tabpanel', role: 'tabpanel', 'aria-labelledby': `mt-tab-${this.tab}` }, panel),
    );
  }

  private selectTab(tab: Tab): void {
    this.tab = tab;
    this.draw();
    this.root?.querySelector<HTMLElement>(`#mt-tab-${tab}`)?.focus();
  }

  /** After a write that leaves the DOM alone: only the quorum indicator follows. */
  private updateQuorum(): void {
    const old = this.root?.querySelector('[data-testid="quorum"]');
    if (old !== null && old !== undefined && this.view !== null) old.replaceWith(renderQuorum(this.view.quorum));
  }
}

function stateBadge(state: MeetingState, testid: string | null = null): HTMLElement {
  return h('span', { class: `badge badge-state badge-state-${state}`, 'data-testid': testid, tabindex: testid === null ? null : -1 },
    state === 'approved' && icon('check'), t(label.state(state)));
}

/** The live quorum indicator: who counts, how many are needed, reached or not. */
export function renderQuorum(q: Quorum): HTMLElement {
  const fill = h('span', { class: 'mt-quorum-fill' });
  // Through the CSSOM, not a style attribute: the CSP allows no inline styles.
  fill.style.width = `${quorumFill(q)}%`;
  return h('div', {
    class: `mt-quorum ${q.reached ? 'mt-quorum-reached' : 'mt-quorum-short'}`, role: 'status', 'aria-live': 'polite',
    'data-testid': 'quorum', 'data-reached': q.reached ? 'true' : 'false',
  },
  h('span', { class: 'mt-quorum-verdict', 'data-testid': 'quorum-verdict' }, icon(q.reached ? 'check' : 'alert'),
    t(q.reached ? 'meetings-quorum-reached' : 'meetings-quorum-short')),
  h('span', { class: 'mt-quorum-count', 'data-testid': 'quorum-count' },
    t('meetings-quorum-count', { present: q.present, proxies: q.byProxy, members: q.members, needed: q.needed, percent: q.quorumPercent })),
  h('span', { class: 'mt-quorum-bar', 'aria-hidden': 'true' }, fill),
  );
}
