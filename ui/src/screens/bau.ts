// The BAU stage: a scenario's rows in a grid typed with the keyboard, and beside it the charts,
// milestones and goal distances that redraw as the rows change (nothing is saved until Ctrl+S
// or Save). The grid is drawn only when rows come or go, so typing never loses the cursor; the
// outlook beside it is redrawn for every change, the newest answer winning.

import { toApiError } from '../api';
import type { BauApi } from '../api-bau';
import { showExported } from '../api-files';
import { COLUMNS, KINDS, UNITS, VARIABLES, enterTarget, needsDriver, nextRow, problemKey, sameRows, setCell, startingRows, type GridColumn } from '../bau-model';
import type { BauStage, ExportLanguage, GridRow, OutlookView } from '../bindings';
import { withHtmlLabels } from '../chart-labels';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import '../styles/bau.css';

export interface BauDeps {
  bau: BauApi;
  toast: Toaster;
}

export class BauScreen {
  private stage: BauStage | null = null;
  private loadError: string | null = null;
  private rows: GridRow[] = [];
  private outlook: OutlookView | null = null;
  private problems = new Map<string, string>();
  private previewLocale = '';
  private sent = 0;
  private shown = 0;
  private exportLanguage: ExportLanguage = 'bilingual';
  private busy = false;
  private copying = false;
  private compareWanted: string | null = null;
  private root: HTMLElement | null = null;
  private gridHost: HTMLElement | null = null;
  private outputHost: HTMLElement | null = null;
  private tablesHost: HTMLElement | null = null;
  private statusHost: HTMLElement | null = null;
  private chartsHost: HTMLElement | null = null;
  /** What the output shows besides the charts; while it stays the same, only charts are swapped. */
  private outputFrame = '';
  /** Each chart's figure by key, with the SVG it was parsed from: an unchanged chart is kept. */
  private figures = new Map<string, { svg: string; figure: HTMLElement }>();
  /** Counts redraws, so that charts left for later are not swapped in over a newer drawing. */
  private swaps = 0;

  constructor(private readonly deps: BauDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'bau', 'data-testid': 'stage-bau' });
    if (this.stage === null) {
      this.root.append(h('p', { class: 'loading' }, t('app-loading')));
      void this.load(null);
    } else {
      this.draw();
      // The charts speak the window's language: redraw them after a switch.
      if (this.previewLocale !== i18n().locale) this.schedulePreview();
    }
    return this.root;
  }

  onKey(event: KeyboardEvent): boolean {
    if (event.isComposing || event.defaultPrevented) return false;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.save();
      return true;
    }
    return false;
  }

  /** The scenario drawn beside the one shown. */
  private get compare(): string | null {
    return this.stage?.compare ?? this.compareWanted;
  }

  private get name(): string {
    return this.stage?.scenario?.name ?? 'BAU';
  }

  private get frozen(): boolean {
    return this.stage?.scenario?.adoptedByQuestion != null;
  }

  private get dirty(): boolean {
    return this.stage !== null && !sameRows(this.rows, this.stage.rows);
  }

  private async load(scenario: string | null): Promise<void> {
    try {
      this.accept(await this.deps.bau.stage(scenario, this.compare));
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  /** A stage from the backend becomes what the screen shows. */
  private accept(stage: BauStage): void {
    this.stage = stage;
    this.rows = stage.rows.map((r) => ({ ...r }));
    this.outlook = stage.outlook;
    this.problems.clear();
    this.previewLocale = i18n().locale;
  }

  // ---- changes -------------------------------------------------------------------

  private edit(index: number, column: GridColumn, value: string): void {
    const row = this.rows[index];
    if (row === undefined) return;
    const next = setCell(row, column, value);
    this.rows[index] = next;
    // A kind or variable change may fix the unit and driver: show them.
    if (column === 'kind' || column === 'variable') this.drawGrid();
    this.schedulePreview();
  }

  private addRow(): void {
    this.rows.push(nextRow(this.rows));
    this.drawGrid();
    this.focusCell(this.rows.length - 1, 'year');
    this.schedulePreview();
  }

  private removeRow(index: number): void {
    this.rows.splice(index, 1);
    this.drawGrid();
    this.focusCell(Math.min(index, this.rows.length - 1), 'value');
    this.schedulePreview();
  }

  private start(): void {
    this.rows = startingRows(new Date().getFullYear() - 2);
    this.drawGrid();
    this.focusCell(0, 'value');
    this.schedulePreview();
  }

  /** Asks for the outlook of the rows as they are; an older answer never replaces a newer one. */
  private schedulePreview(): void {
    const ticket = ++this.sent;
    const rows = this.rows.map((r) => ({ ...r }));
    const started = performance.now();
    this.drawStatus();
    this.deps.bau.preview(this.name, rows, this.compare, this.stage?.endYear ?? 2060).then((view) => {
      const answered = performance.now();
      if (ticket < this.shown) return;
      this.shown = ticket;
      this.previewLocale = i18n().locale;
      this.problems = new Map(view.problems.map((p) => [problemKey(p.row, p.column), p.message]));
      // With problems the last good outlook stays on screen.
      if (view.problems.length === 0) this.outlook = view;
      this.markProblems();
      this.drawOutput();
      // Key to chart, and how much of it the backend's answer took (the rest is drawing). Reading
      // the size makes the engine lay the new charts out first, so that is counted too.
      void this.outputHost?.offsetHeight;
      this.outputHost?.setAttribute('data-preview-ms', (performance.now() - started).toFixed(1));
      this.outputHost?.setAttribute('data-backend-ms', (answered - started).toFixed(1));
      this.outputHost?.setAttribute('data-preview-ticket', String(ticket));
    }).catch((raw: unknown) => this.deps.toast.show(toApiError(raw).message, 'error'));
  }

  private async save(): Promise<void> {
    if (this.busy || this.frozen || this.stage === null) return;
    this.busy = true;
    try {
      this.accept(await this.deps.bau.save(this.name, this.rows, this.compare));
      this.deps.toast.show(t('bau-ui-saved', { scenario: this.name }));
    } catch (raw) {
      const error = toApiError(raw);
      for (const field of error.fields) {
        const match = /^row-(\d+)-(\w+)$/.exec(field.field);
        if (match !== null) this.problems.set(problemKey(Number(match[1]), match[2] ?? ''), field.message);
      }
      this.deps.toast.show(error.message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
  }

  private async copy(to: string): Promise<void> {
    if (to.trim() === '') return;
    this.copying = false;
    try {
      this.accept(await this.deps.bau.copy(this.name, to.trim()));
      this.deps.toast.show(t('bau-ui-copied', { scenario: to.trim() }));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async adopt(question: number, label: string): Promise<void> {
    const ok = await confirmDialog({
      testid: 'confirm-bau-adopt',
      title: t('bau-ui-adopt-title', { scenario: this.name }),
      body: t('bau-ui-adopt-body', { question: label }),
      confirm: t('bau-ui-adopt'),
    });
    if (!ok) return;
    try {
      this.accept(await this.deps.bau.adopt(this.name, question));
      this.deps.toast.show(t('bau-ui-adopted', { scenario: this.name }));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async exportReport(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const result = await this.deps.bau.exportReport(this.name, this.exportLanguage);
      if (result !== null) showExported(this.deps.toast, t('bau-ui-exported', { path: result.path }), result.path);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
  }

  // ---- drawing -------------------------------------------------------------------

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    if (this.stage === null) return;
    this.gridHost = h('div', { class: 'bau-grid-host' });
    this.outputHost = h('div', { class: 'bau-output', 'aria-live': 'polite' });
    this.statusHost = h('p', { class: 'bau-status', 'data-testid': 'bau-status' });
    this.tablesHost = h('div', { class: 'bau-tables' });
    replaceChildren(this.root,
      h('header', { class: 'bau-head' },
        h('h1', { class: 'bau-title', tabindex: -1 }, t('bau-ui-title')),
        h('p', { class: 'bau-intro' }, t('bau-ui-intro', { end: String(this.stage.endYear) }))),
      this.renderToolbar(),
      this.frozen ? h('p', { class: 'bau-frozen', role: 'note', 'data-testid': 'bau-frozen' },
        t('bau-ui-frozen', { question: this.stage.scenario?.adoptedByQuestion ?? 0 })) : null,
      h('div', { class: 'bau-layout' },
        h('div', { class: 'bau-left' }, this.gridHost, this.statusHost, this.tablesHost),
        this.outputHost));
    this.drawGrid();
    this.drawOutput();
  }

  private renderToolbar(): HTMLElement {
    const stage = this.stage;
    const select = h('select', { id: 'bau-scenario', class: 'input', 'data-testid': 'bau-scenario' },
      ...(stage?.scenarios ?? []).map((s) => h('option', { value: s.name, selected: s.name === this.name }, s.name)));
    select.addEventListener('change', () => void this.load(select.value));
    const others = (stage?.scenarios ?? []).filter((s) => s.name !== this.name);
    const compare = h('select', { id: 'bau-compare', class: 'input', 'data-testid': 'bau-compare' },
      h('option', { value: '' }, t('bau-ui-none')),
      ...others.map((s) => h('option', { value: s.name, selected: s.name === this.compare }, s.name)));
    compare.addEventListener('change', () => {
      this.compareWanted = compare.value === '' ? null : compare.value;
      if (this.stage !== null) this.stage.compare = this.compareWanted;
      this.schedulePreview();
    });
    const item = stage?.scenario;
    const badges = item == null ? [] : [
      item.isBau && h('span', { class: 'badge' }, t('bau-ui-badge-bau')),
      item.adoptedByQuestion != null && h('span', { class: 'badge badge-done' }, t('bau-ui-badge-adopted')),
      item.illustrative && h('span', { class: 'badge badge-quiet' }, t('bau-ui-badge-illustrative')),
    ];
    const copy = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'bau-copy', disabled: item == null, 'aria-expanded': this.copying ? 'true' : 'false' }, t('bau-ui-copy'));
    copy.addEventListener('click', () => {
      this.copying = !this.copying;
      this.draw();
      this.root?.querySelector<HTMLInputElement>('[data-testid="bau-copy-name"]')?.focus();
    });
    const copyName = this.copying && h('input', { class: 'input bau-copy-name', 'data-testid': 'bau-copy-name', 'aria-label': t('bau-ui-copy-name'), placeholder: t('bau-ui-copy-name'), value: `${this.name} 2` });
    if (copyName) {
      copyName.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') { event.preventDefault(); void this.copy(copyName.value); }
        if (event.key === 'Escape') { event.preventDefault(); this.copying = false; this.draw(); }
      });
    }
    const language = h('select', { id: 'bau-export-language', class: 'input', 'data-testid': 'bau-export-language', 'aria-label': t('meetings-export-language') },
      ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === this.exportLanguage }, t(label.language(l)))));
    language.addEventListener('change', () => { this.exportLanguage = language.value as ExportLanguage; });
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'bau-export', disabled: item == null }, icon('documents'), t('bau-ui-export'));
    exportButton.addEventListener('click', () => void this.exportReport());
    const questions = stage?.adoptingQuestions ?? [];
    const adoptable = item != null && item.adoptedByQuestion == null && questions.length > 0 && !this.dirty;
    const question = adoptable && h('select', { id: 'bau-adopt-question', class: 'input bau-adopt-question', 'data-testid': 'bau-adopt-question', 'aria-label': t('bau-ui-adopt-by') },
      ...questions.map((q) => h('option', { value: q.id }, q.label)));
    const adopt = adoptable && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'bau-adopt' }, t('bau-ui-adopt'));
    if (adopt && question) {
      adopt.addEventListener('click', () => {
        const chosen = questions.find((q) => String(q.id) === question.value);
        if (chosen !== undefined) void this.adopt(chosen.id, chosen.label);
      });
    }
    return h('div', { class: 'bau-toolbar' },
      (stage?.scenarios.length ?? 0) > 0 && h('label', { for: 'bau-scenario', class: 'bau-tool-label' }, t('bau-ui-scenario')),
      (stage?.scenarios.length ?? 0) > 0 && select,
      ...badges,
      others.length > 0 && h('label', { for: 'bau-compare', class: 'bau-tool-label' }, t('bau-ui-compare')),
      others.length > 0 && compare,
      h('span', { class: 'bau-spacer' }),
      copy, copyName, language, exportButton,
      adoptable && h('div', { class: 'bau-adopt-row' }, h('label', { for: 'bau-adopt-question', class: 'bau-tool-label' }, t('bau-ui-adopt-by')), question, adopt));
  }

  private drawGrid(): void {
    if (this.gridHost === null) return;
    if (this.rows.length === 0) {
      const start = h('button', { type: 'button', class: 'button', 'data-testid': 'bau-start', disabled: this.frozen }, t('bau-ui-start'));
      start.addEventListener('click', () => this.start());
      replaceChildren(this.gridHost, h('div', { class: 'empty-state bau-empty', 'data-testid': 'bau-empty' },
        h('h2', { class: 'empty-state-title' }, t('bau-ui-empty-title')),
        h('p', { class: 'empty-state-body' }, t('bau-ui-empty-body')),
        start));
      return;
    }
    const head = h('tr', {}, h('th', { scope: 'col', class: 'bau-num' }, '#'),
      ...COLUMNS.map((c) => h('th', { scope: 'col' }, t(`bau-ui-col-${c}`))), h('th', {}, ''));
    const body = h('tbody', {}, ...this.rows.map((row, i) => this.renderRow(row, i)));
    const add = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'bau-add-row', disabled: this.frozen }, t('bau-ui-add-row'));
    add.addEventListener('click', () => this.addRow());
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'bau-save', disabled: this.frozen }, t('bau-ui-save'));
    save.addEventListener('click', () => void this.save());
    replaceChildren(this.gridHost,
      h('div', { class: 'bau-grid-scroll' }, h('table', { class: 'bau-grid', 'data-testid': 'bau-grid' }, h('thead', {}, head), body)),
      h('datalist', { id: 'bau-units' }, ...Object.values(UNITS).flat().map((u) => h('option', { value: u }))),
      h('div', { class: 'bau-grid-actions' }, add, save, h('span', { class: 'bau-keys' }, t('bau-ui-keys'))));
    this.markProblems();
    this.drawStatus();
  }

  private renderRow(row: GridRow, index: number): HTMLElement {
    const cell = (column: GridColumn): HTMLElement => {
      const id = `bau-${index + 1}-${column}`;
      const common = { id, 'data-testid': `bau-row-${index + 1}-${column}`, 'data-row': index, 'data-column': column, disabled: this.frozen, 'aria-label': `${t(`bau-ui-col-${column}`)} ${index + 1}` };
      let input: HTMLInputElement | HTMLSelectElement;
      if (column === 'variable' || column === 'kind' || column === 'driver') {
        const options: readonly string[] = column === 'kind' ? KINDS : VARIABLES;
        const labelOf = (v: string) => t(column === 'kind' ? `bau-kind-${v}` : `bau-var-${v}`);
        input = h('select', { ...common, class: 'input bau-cell' },
          column === 'driver' ? h('option', { value: '' }, t('bau-ui-none')) : null,
          ...options.map((v) => h('option', { value: v, selected: row[column] === v }, labelOf(v))));
        input.value = row[column];
        if (column === 'driver' && !needsDriver(row.kind)) input.disabled = true;
        input.addEventListener('change', () => this.edit(index, column, input.value));
      } else {
        input = h('input', {
          ...common, class: `input bau-cell bau-cell-${column}`, value: row[column], autocomplete: 'off',
          inputmode: column === 'year' || column === 'value' ? 'decimal' : null, list: column === 'unit' ? 'bau-units' : null,
        });
        input.addEventListener('input', () => this.edit(index, column, input.value));
      }
      input.addEventListener('keydown', (event) => this.onCellKey(event as KeyboardEvent, index, column));
      return h('td', {}, input);
    };
    const remove = h('button', { type: 'button', class: 'icon-button', 'data-testid': `bau-remove-${index + 1}`, disabled: this.frozen, 'aria-label': t('bau-ui-remove-row', { row: index + 1 }), title: t('bau-ui-remove-row', { row: index + 1 }) }, '×');
    remove.addEventListener('click', () => this.removeRow(index));
    return h('tr', {}, h('td', { class: 'bau-num' }, index + 1), ...COLUMNS.map(cell), h('td', {}, remove));
  }

  private onCellKey(event: KeyboardEvent, index: number, column: GridColumn): void {
    if (event.key !== 'Enter' || event.isComposing || event.target instanceof HTMLSelectElement) return;
    event.preventDefault();
    const target = enterTarget(index, column, this.rows.length);
    if (target === null) {
      if (!this.frozen) this.addRow();
    } else this.focusCell(target.row, target.column);
  }

  private focusCell(index: number, column: GridColumn): void {
    this.gridHost?.querySelector<HTMLElement>(`[data-row="${index}"][data-column="${column}"]`)?.focus();
  }

  /** Marks the cells with problems, each saying what is wrong. */
  private markProblems(): void {
    this.gridHost?.querySelectorAll<HTMLElement>('[data-column]').forEach((input) => {
      const message = this.problems.get(problemKey(Number(input.dataset.row) + 1, input.dataset.column ?? ''));
      if (message === undefined) {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('title');
      } else {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('title', message);
      }
    });
    this.drawStatus();
  }

  private drawStatus(): void {
    if (this.statusHost === null) return;
    const lines = [...this.problems.entries()].map(([key, message]) => {
      const [row = '', column = ''] = key.split(':');
      return h('li', {}, `${t('bau-ui-col-' + column)} ${row}: ${message}`);
    });
    replaceChildren(this.statusHost,
      this.dirty && h('span', { class: 'bau-unsaved', 'data-testid': 'bau-unsaved' }, t('bau-ui-unsaved')),
      lines.length > 0 && h('span', { class: 'field-error', role: 'alert' }, t('bau-ui-problems')),
      lines.length > 0 && h('ul', { class: 'bau-problems', 'data-testid': 'bau-problems' }, ...lines));
  }

  private drawOutput(): void {
    if (this.outputHost === null || this.outlook === null) return;
    const view = this.outlook;
    const milestones = view.milestones.rows.length === 0 ? null : h('table', { class: 'bau-table', 'data-testid': 'bau-milestones' },
      h('caption', {}, t('bau-milestones')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('bau-milestone-series')), h('th', { scope: 'col' }, t('bau-milestone-unit')),
        ...view.milestones.years.map((y) => h('th', { scope: 'col', class: 'bau-number' }, y)))),
      h('tbody', {}, ...view.milestones.rows.map((row) => h('tr', {},
        h('th', { scope: 'row' }, row.label), h('td', {}, row.unit),
        ...row.values.map((v, i) => h('td', { class: 'bau-number', 'data-testid': `bau-milestone-${row.key}-${view.milestones.years[i] ?? ''}` }, v))))));
    const goals = view.goals.length === 0 ? null : h('table', { class: 'bau-table', 'data-testid': 'bau-goals' },
      h('caption', {}, t('bau-goals-heading')),
      h('thead', {}, h('tr', {}, ...['goal', 'value', 'projected', 'distance', 'verdict'].map((c) => h('th', { scope: 'col' }, t(`bau-goal-col-${c}`))))),
      h('tbody', {}, ...view.goals.map((g) => h('tr', { 'data-testid': `bau-goal-${g.key}` },
        h('th', { scope: 'row' }, g.label), h('td', { class: 'bau-number' }, g.goal), h('td', { class: 'bau-number' }, g.projected),
        h('td', { class: 'bau-number' }, g.distance),
        // The verdict in words and a symbol, never colour alone.
        h('td', { class: g.met === true ? 'bau-met' : g.met === false ? 'bau-missed' : '' }, `${g.met === true ? '✓ ' : g.met === false ? '✗ ' : ''}${g.verdict}`)))));
    const notes = view.notes.length === 0 ? null : h('section', { class: 'bau-notes', 'data-testid': 'bau-notes' },
      h('h2', {}, t('bau-ui-notes')), h('ul', {}, ...view.notes.map((n) => h('li', {}, n))));
    if (this.tablesHost !== null) replaceChildren(this.tablesHost, milestones, goals);
    const figures = view.charts.map((c) => this.figure(c.key, c.svg));
    const frame = [i18n().locale, ...view.notes, '|', ...view.charts.map((c) => c.key)].join('\n');
    const generation = ++this.swaps;
    if (this.chartsHost?.isConnected === true && this.outputHost.contains(this.chartsHost) && frame === this.outputFrame) {
      // Typing changes a few charts: swap those in view now and the rest once the frame that
      // shows them is painted (laying out a chart's text is what takes a window's time).
      const host = this.chartsHost;
      const view = this.outputHost.getBoundingClientRect();
      const later: number[] = [];
      const swap = (i: number): void => {
        const old = host.children[i];
        const figure = figures[i];
        if (old !== undefined && figure !== undefined && old !== figure) old.replaceWith(figure);
      };
      figures.forEach((figure, i) => {
        const old = host.children[i];
        if (old === undefined || old === figure) return;
        const box = old.getBoundingClientRect();
        if (box.bottom > view.top && box.top < view.bottom) swap(i);
        else later.push(i);
      });
      if (later.length > 0) {
        requestAnimationFrame(() => setTimeout(() => {
          if (generation === this.swaps) later.forEach(swap);
        }, 0));
      }
      return;
    }
    this.outputFrame = frame;
    this.chartsHost = h('div', { class: 'bau-charts' }, ...figures);
    replaceChildren(this.outputHost, notes,
      figures.length > 0 && h('h2', { class: 'bau-charts-title' }, t('bau-ui-charts')),
      this.chartsHost);
  }

  /** The figure of one chart: the one already drawn when its SVG has not changed. */
  private figure(key: string, svg: string): HTMLElement {
    const kept = this.figures.get(key);
    if (kept !== undefined && kept.svg === svg) return kept.figure;
    const figure = h('figure', { class: 'bau-chart', 'data-testid': `bau-chart-${key}` });
    const drawn = parseSvg(svg);
    if (drawn !== null) figure.append(withHtmlLabels(drawn));
    this.figures.set(key, { svg, figure });
    return figure;
  }
}

/** The backend's SVG as an element, parsed as SVG (never as HTML) with anything active removed. */
export function parseSvg(source: string): SVGSVGElement | null {
  const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
  const root = doc.documentElement;
  if (root.nodeName !== 'svg' || doc.querySelector('parsererror') !== null) return null;
  root.querySelectorAll('script, foreignObject').forEach((n) => n.remove());
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) element.removeAttribute(attribute.name);
    }
  }
  root.removeAttribute('width');
  root.removeAttribute('height');
  return document.importNode(root, true) as unknown as SVGSVGElement;
}
