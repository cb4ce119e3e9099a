// The Measures stage: the measures of the Local Action Plan by key project, each with its
// owner, budget, dates, status in words, latest progress and the targets it serves; a search
// by words and status that stays fast for thousands of rows; a form to add or edit one, a
// panel for its progress, a delete refused (with the reason shown) once it has progress, and a
// measures file imported (all or nothing, every problem listed) or exported.

import { toApiError } from '../api';
import { showExported } from '../api-files';
import type { MeasuresApi } from '../api-measures';
import type { ApiError, MeasureForm, MeasureItem, MeasuresStage, MeasureProgressForm } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { MeasureFormPanel } from './measures-form';
import { STATUSES, emptyForm, filterMeasures, formFromItem, groupByProject, isoDate, searchText, type Filter, type StatusKey } from './measures-model';
import { ProgressPanel } from './measures-progress';
import '../styles/measures.css';

export interface MeasuresDeps {
  measures: MeasuresApi;
  toast: Toaster;
  today?: () => Date;
}

/** What is open above the list: nothing, the form, or one measure's progress. */
type Panel = { kind: 'form'; form: MeasureForm } | { kind: 'progress'; code: string } | null;

const STATUS_MARK: Record<string, string> = {
  'not-started': '○', 'on-time': '▶', late: '!', completed: '✓', postponed: '‖', cancelled: '✕',
};

export class MeasuresScreen {
  private stage: MeasuresStage | null = null;
  private texts: string[] = [];
  private loadError: string | null = null;
  private problems: string[] = [];
  private filter: Filter = { query: '', status: '' };
  private panel: Panel = null;
  private root: HTMLElement | null = null;
  private list: HTMLElement = h('div', { class: 'measures-list' });
  private count: HTMLElement = h('p', { class: 'measures-count', 'data-testid': 'measures-count', 'aria-live': 'polite' });

  constructor(private readonly deps: MeasuresDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'measures', 'data-testid': 'stage-measures' });
    this.root.append(h('p', { class: 'loading' }, t('app-loading')));
    // The language may have changed, and targets and people elsewhere: ask again.
    void this.load();
    return this.root;
  }

  private today(): string {
    return isoDate((this.deps.today ?? (() => new Date()))());
  }

  private async load(): Promise<void> {
    try {
      this.use(await this.deps.measures.stage());
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  private use(stage: MeasuresStage): void {
    this.stage = stage;
    this.texts = stage.measures.map(searchText);
  }

  /** Runs a change; the new stage, or the refusal to show. */
  private async change(run: () => Promise<MeasuresStage>): Promise<ApiError | null> {
    try {
      this.use(await run());
      return null;
    } catch (raw) {
      return toApiError(raw);
    }
  }

  private async saveForm(form: MeasureForm): Promise<ApiError | null> {
    const refusal = await this.change(() => this.deps.measures.save(form));
    if (refusal !== null) return refusal;
    this.panel = null;
    this.deps.toast.show(t('measures-ui-saved', { code: form.code.trim() }));
    this.draw();
    this.focusRow(form.code.trim());
    return null;
  }

  private async saveProgress(form: MeasureProgressForm): Promise<ApiError | null> {
    const refusal = await this.change(() => this.deps.measures.addProgress(form));
    if (refusal !== null) return refusal;
    this.deps.toast.show(t('measures-ui-progress-saved', { code: form.code }));
    this.draw();
    return null;
  }

  private async remove(m: MeasureItem): Promise<void> {
    const ok = await confirmDialog({
      testid: 'confirm-measure-delete', danger: true,
      title: t('measures-ui-delete-title', { code: m.code }), body: t('measures-ui-delete-body'), confirm: t('measures-ui-delete'),
    });
    if (!ok) return;
    const refusal = await this.change(() => this.deps.measures.remove(m.code));
    if (refusal !== null) this.deps.toast.show(refusal.message, 'error');
    else this.deps.toast.show(t('measures-ui-deleted', { code: m.code }));
    this.draw();
  }

  private async importFile(file: File): Promise<void> {
    const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
    const refusal = await this.change(() => this.deps.measures.importFile(bytes));
    if (refusal === null) {
      this.problems = [];
      this.deps.toast.show(t('measures-ui-imported', { count: this.stage?.measures.length ?? 0 }));
    } else {
      this.problems = refusal.fields.length > 0 ? refusal.fields.map((f) => f.message) : [refusal.message];
    }
    this.draw();
  }

  private async exportFile(): Promise<void> {
    try {
      const path = await this.deps.measures.exportFile();
      if (path !== null) showExported(this.deps.toast, t('measures-ui-exported', { path }), path);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private open(panel: Panel): void {
    this.panel = panel;
    this.draw();
    const target = this.root?.querySelector<HTMLElement>('.measures-panel');
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    const stage = this.stage;
    if (stage === null) return;
    let focus: (() => void) | null = null;
    let panel: HTMLElement | null = null;
    if (this.panel?.kind === 'form') {
      const form = new MeasureFormPanel({
        stage, form: this.panel.form,
        submit: (f) => this.saveForm(f),
        cancel: () => this.open(null),
      });
      panel = form.render();
      focus = () => form.focusFirst();
    } else if (this.panel?.kind === 'progress') {
      const code = this.panel.code;
      const measure = stage.measures.find((m) => m.code === code);
      if (measure !== undefined) {
        const progress = new ProgressPanel({
          measure, today: this.today(),
          submit: (f) => this.saveProgress(f),
          close: () => this.open(null),
        });
        panel = progress.render();
        focus = () => progress.focusFirst();
      }
    }
    replaceChildren(this.root,
      h('header', { class: 'measures-head' },
        h('h1', { class: 'measures-title', tabindex: -1 }, t('measures-ui-title')),
        h('p', { class: 'measures-intro' }, t('measures-ui-intro'))),
      this.renderToolbar(stage),
      this.problems.length > 0 && h('div', { class: 'measures-problems', role: 'alert', 'data-testid': 'measures-problems' },
        h('p', { class: 'field-error' }, t('measures-ui-refused')),
        h('ul', {}, ...this.problems.map((p) => h('li', {}, p)))),
      panel !== null && h('div', { class: 'measures-panel' }, panel),
      stage.measures.length === 0 ? this.renderEmpty() : h('div', {}, this.renderFilter(), this.count, this.list));
    if (stage.measures.length > 0) this.drawList();
    focus?.();
  }

  private renderToolbar(stage: MeasuresStage): HTMLElement {
    const add = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'measures-add' }, icon('plus'), t('measures-ui-add'));
    add.addEventListener('click', () => this.open({ kind: 'form', form: emptyForm(stage, this.today()) }));
    const input = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv', class: 'measures-file', 'data-testid': 'measures-file', 'aria-label': t('measures-ui-import') });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file !== undefined) void this.importFile(file);
      input.value = '';
    });
    const pick = h('button', { type: 'button', class: 'button', 'data-testid': 'measures-import' }, icon('upload'), t('measures-ui-import'));
    pick.addEventListener('click', () => input.click());
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'measures-export', disabled: stage.measures.length === 0 }, icon('documents'), t('measures-ui-export'));
    exportButton.addEventListener('click', () => void this.exportFile());
    return h('div', { class: 'measures-toolbar' }, add, pick, input, exportButton);
  }

  private renderFilter(): HTMLElement {
    const search = h('input', {
      type: 'search', class: 'input measures-search', 'data-testid': 'measures-search', value: this.filter.query,
      placeholder: t('measures-ui-search-hint'), 'aria-label': t('measures-ui-search'),
    });
    search.addEventListener('input', () => {
      this.filter = { ...this.filter, query: search.value };
      this.drawList();
    });
    const status = h('select', { class: 'input', 'data-testid': 'measures-filter-status', 'aria-label': t('measures-ui-filter-status') },
      h('option', { value: '', selected: this.filter.status === '' }, t('measures-ui-filter-all')),
      ...STATUSES.map((s) => h('option', { value: s, selected: this.filter.status === s }, `${STATUS_MARK[s] ?? ''} ${t(`measures-status-${s}`)}`)));
    status.addEventListener('change', () => {
      this.filter = { ...this.filter, status: STATUSES.find((s) => s === status.value) ?? ('' as StatusKey | '') };
      this.drawList();
    });
    return h('div', { class: 'measures-filter' }, icon('search'), search, status);
  }

  /** Only the list is drawn again as the person types. */
  private drawList(): void {
    const stage = this.stage;
    if (stage === null) return;
    const { rows, matched } = filterMeasures(stage.measures, this.texts, this.filter);
    this.count.textContent = t('measures-ui-count', { shown: matched, total: stage.measures.length });
    const groups = groupByProject(stage.projects, rows);
    replaceChildren(this.list,
      rows.length === 0 && h('p', { class: 'measures-muted', 'data-testid': 'measures-none-found' }, t('measures-ui-none-found')),
      ...groups.map((g) => h('section', { class: 'measures-project', 'data-testid': `measures-project-${g.project.code}` },
        h('h2', { class: 'measures-project-title' }, `${g.project.code} · ${g.project.title}`, ' ',
          h('span', { class: 'measures-muted' }, t('measures-ui-project-count', { count: g.rows.length }))),
        this.renderTable(g.rows))),
      matched > rows.length && h('p', { class: 'measures-muted', 'data-testid': 'measures-more' }, t('measures-ui-more', { shown: rows.length })));
  }

  private renderTable(rows: MeasureItem[]): HTMLElement {
    const columns = ['code', 'title', 'owner', 'budget', 'status', 'progress', 'targets', 'actions'];
    // Scrolls sideways rather than cut a column off, should a window be very narrow.
    return h('div', { class: 'measures-scroll' }, h('table', { class: 'measures-table', 'data-testid': 'measures-table' },
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col', class: `measures-col-${c}` }, t(`measures-ui-col-${c}`))))),
      h('tbody', {}, ...rows.map((m) => this.renderRow(m)))));
  }

  private renderRow(m: MeasureItem): HTMLElement {
    const latest = m.progress[m.progress.length - 1];
    const edit = h('button', { type: 'button', class: 'button button-small', 'data-testid': `measure-edit-${m.code}` }, t('measures-ui-edit'));
    edit.addEventListener('click', () => this.open({ kind: 'form', form: formFromItem(m) }));
    const progress = h('button', { type: 'button', class: 'button button-small', 'data-testid': `measure-progress-${m.code}` }, t('measures-ui-progress'));
    progress.addEventListener('click', () => this.open({ kind: 'progress', code: m.code }));
    const reasonId = `measure-why-${m.code}`;
    const remove = h('button', {
      type: 'button', class: 'button button-small button-quiet', 'data-testid': `measure-delete-${m.code}`,
      disabled: m.deleteRefused !== null, title: m.deleteRefused ?? undefined, 'aria-describedby': m.deleteRefused !== null ? reasonId : undefined,
    }, t('measures-ui-delete'));
    remove.addEventListener('click', () => void this.remove(m));
    const otherLang = m.titleFallback ? (m.title === m.titleZh ? 'zh-CN' : 'en') : undefined;
    return h('tr', { 'data-testid': `measure-row-${m.code}`, 'data-status': m.status },
      h('th', { scope: 'row', class: 'measures-code' }, m.code),
      h('td', { class: 'measures-col-title' },
        h('span', { lang: otherLang }, m.title),
        m.titleFallback && h('span', { class: 'measures-fallback', 'data-testid': `measure-fallback-${m.code}` }, t('measures-ui-fallback')),
        h('span', { class: 'measures-term' }, `${m.termWords} · ${m.datesWords}`)),
      h('td', { class: 'measures-owner-cell' }, m.ownerWords),
      h('td', { class: 'measures-num' }, m.budgetWords),
      h('td', {}, h('span', { class: `measures-status measures-status-${m.status}` },
        h('span', { 'aria-hidden': 'true' }, STATUS_MARK[m.status] ?? ''), ' ', m.statusWords)),
      h('td', { 'data-testid': `measure-latest-${m.code}` }, latest === undefined
        ? h('span', { class: 'measures-muted' }, t('measures-ui-no-progress'))
        : h('span', { class: 'measures-latest' },
          h('span', { class: 'measures-bar', 'aria-hidden': 'true' }, h('span', { style: `width: ${Math.max(0, Math.min(100, latest.percent))}%` })),
          t('measures-ui-latest', { percent: latest.percent, date: latest.dateWords }))),
      h('td', {}, m.targets.length > 0 && h('ul', { class: 'measures-served' }, ...m.targets.map((x) => h('li', { title: x.name }, x.words)))),
      h('td', { class: 'measures-actions' }, edit, progress, remove,
        m.deleteRefused !== null && h('span', { class: 'measures-why', id: reasonId, title: m.deleteRefused }, t('measures-ui-delete-kept'))));
  }

  private renderEmpty(): HTMLElement {
    return h('div', { class: 'empty-state measures-empty', 'data-testid': 'measures-empty' },
      h('div', { class: 'empty-state-icon' }, icon('measures')),
      h('h2', { class: 'empty-state-title' }, t('measures-ui-empty-title')),
      h('p', { class: 'empty-state-body' }, t('measures-ui-empty-body')));
  }

  private focusRow(code: string): void {
    const rows = this.root?.querySelectorAll<HTMLElement>('tr[data-testid^="measure-row-"]') ?? [];
    const row = [...rows].find((r) => r.dataset['testid'] === `measure-row-${code}`);
    row?.scrollIntoView?.({ block: 'center' });
  }
}
