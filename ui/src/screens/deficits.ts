// The Deficits stage in three tabs. Values: the indicators with their latest value against the
// benchmark and a flag in a symbol and words, one value typed in a row (Tab between fields, Enter
// saves), a file of values previewed with every row's problem before anything is imported.
// Scorecard: the latest workshop's questions by essential, scored with the keys 0–3 (arrows move
// and change), a comment each, totals and the radar beside. Ranking: each voter's dots per
// flagged deficit, the result with ties, by sector and by triple-helix group, and its bars.

import { toApiError } from '../api';
import type { DeficitsApi } from '../api-deficits';
import { showExported } from '../api-files';
import type { DeficitsStage, EntryProblem, ExportLanguage, GroupView, IndicatorView, QuestionView, RankedView, ValueEntry, ValuesImport } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { parseSvg } from './bau';
import '../styles/deficits.css';

export interface DeficitsDeps {
  deficits: DeficitsApi;
  toast: Toaster;
}

export type DeficitsTab = 'values' | 'scorecard' | 'ranking';
const TABS: readonly DeficitsTab[] = ['values', 'scorecard', 'ranking'];
const ENTRY_FIELDS = ['code', 'year', 'value', 'unit', 'source', 'note'] as const;
/** The largest file the window sends. */
const MAX_BYTES = 20 * 1024 * 1024;

/** A flag in a symbol and words: never colour alone. */
export function flagText(flag: string): string {
  const symbol = flag === 'deficit' ? '✗' : flag === 'met' ? '✓' : flag === 'no-value' ? '○' : '–';
  return `${symbol} ${t(`deficits-ui-flag-${flag}`)}`;
}

/** `1`, or `=2` for a shared rank. */
export function rankText(item: { rank: number; tied: boolean }): string {
  return item.tied ? `=${item.rank}` : String(item.rank);
}

const emptyEntry = (): ValueEntry => ({ code: '', year: '', value: '', unit: '', source: '', note: '', pppBaseYear: '' });

export class DeficitsScreen {
  private stage: DeficitsStage | null = null;
  private stageLocale = '';
  private loadError: string | null = null;
  private tab: DeficitsTab = 'values';
  private entry: ValueEntry = emptyEntry();
  private entryProblems: EntryProblem[] = [];
  private replace = false;
  private file: { name: string; bytes: number[] } | null = null;
  private check: ValuesImport | null = null;
  private importReplace = false;
  private voter: number | null = null;
  private dots: Record<string, number> = {};
  private dotsProblem: string | null = null;
  private newDots = 8;
  private exportLanguage: ExportLanguage = 'bilingual';
  private busy = false;
  private root: HTMLElement | null = null;

  constructor(private readonly deps: DeficitsDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'deficits', 'data-testid': 'stage-deficits' });
    if (this.stage === null || this.stageLocale !== i18n().locale) {
      // Names and charts speak the window's language: load again after a switch.
      if (this.stage !== null) this.draw();
      else this.root.append(h('p', { class: 'loading' }, t('app-loading')));
      void this.load();
    } else this.draw();
    return this.root;
  }

  private async load(): Promise<void> {
    try {
      this.accept(await this.deps.deficits.stage());
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  private accept(stage: DeficitsStage): void {
    this.stage = stage;
    this.stageLocale = i18n().locale;
    const voters = stage.ranking.voters;
    if (this.voter === null || !voters.some((v) => v.id === this.voter)) this.voter = voters[0]?.id ?? null;
    this.dots = { ...(voters.find((v) => v.id === this.voter)?.dots ?? {}) };
  }

  // ---- values ---------------------------------------------------------------------

  private async saveEntry(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const outcome = await this.deps.deficits.enterValue({ ...this.entry }, this.replace);
      this.entryProblems = outcome.problems;
      if (outcome.stage !== null) {
        this.accept(outcome.stage);
        this.deps.toast.show(t('deficits-ui-value-saved', { code: this.entry.code.trim(), year: this.entry.year.trim() }));
        // The next year of the same series is the likeliest next entry.
        const year = Number(this.entry.year);
        this.entry = { ...emptyEntry(), code: this.entry.code, source: this.entry.source, unit: this.entry.unit, year: Number.isFinite(year) ? String(year + 1) : '' };
        this.replace = false;
      }
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
    const problem = this.entryProblems[0];
    this.focus(`[data-testid="deficits-entry-${problem === undefined ? 'value' : problem.field}"]`);
  }

  /** Reads a file the person chose (tests pass one directly) and checks it. */
  async useFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      this.deps.toast.show(t('register-import-too-large'), 'error');
      return;
    }
    const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
    this.file = { name: file.name, bytes };
    await this.checkFile();
  }

  private async checkFile(): Promise<void> {
    if (this.file === null) return;
    try {
      this.check = await this.deps.deficits.previewImport(this.file.bytes, this.importReplace);
    } catch (raw) {
      this.check = null;
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async importFile(): Promise<void> {
    if (this.file === null || this.busy) return;
    this.busy = true;
    try {
      const done = await this.deps.deficits.importValues(this.file.bytes, this.importReplace);
      if (done.written) {
        this.deps.toast.show(t('deficits-ui-imported', { count: done.add + done.update, file: this.file.name }));
        this.file = null;
        this.check = null;
        this.accept(await this.deps.deficits.stage());
      } else this.check = done;
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
  }

  // ---- scorecard ------------------------------------------------------------------

  private async score(code: string, score: number, comment: string): Promise<void> {
    try {
      const outcome = await this.deps.deficits.score(code, score, comment);
      if (outcome.stage !== null) this.accept(outcome.stage);
      for (const p of outcome.problems) this.deps.toast.show(p.message, 'error');
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
    this.focus(`[data-question="${code}"]`);
  }

  private question(code: string): QuestionView | undefined {
    for (const e of this.stage?.scorecard.essentials ?? []) {
      const found = e.questions.find((q) => q.code === code);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private onQuestionKey(event: KeyboardEvent, code: string): void {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof HTMLInputElement) return;
    const max = this.stage?.scorecard.scaleMax ?? 3;
    const current = this.question(code);
    const digit = /^[0-9]$/.test(event.key) ? Number(event.key) : null;
    if (digit !== null && digit <= max) {
      event.preventDefault();
      void this.score(code, digit, current?.comment ?? '');
      return;
    }
    if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
      event.preventDefault();
      const delta = event.key === 'ArrowRight' ? 1 : -1;
      const next = Math.min(max, Math.max(0, (current?.score ?? (delta > 0 ? -1 : 1)) + delta));
      if (next !== current?.score) void this.score(code, next, current?.comment ?? '');
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const rows = Array.from(this.root?.querySelectorAll<HTMLElement>('[data-question]') ?? []);
      const at = rows.findIndex((r) => r.dataset.question === code);
      rows[at + (event.key === 'ArrowDown' ? 1 : -1)]?.focus();
    }
  }

  // ---- ranking --------------------------------------------------------------------

  private async saveDots(): Promise<void> {
    if (this.voter === null || this.busy) return;
    this.busy = true;
    try {
      const outcome = await this.deps.deficits.recordDots(this.voter, { ...this.dots });
      this.dotsProblem = outcome.problems[0]?.message ?? null;
      if (outcome.stage !== null) {
        const who = outcome.stage.ranking.voters.find((v) => v.id === this.voter)?.name ?? '';
        this.accept(outcome.stage);
        this.deps.toast.show(t('deficits-ui-dots-saved', { name: who }));
      }
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
    this.focus('[data-testid="deficits-voter"]');
  }

  private async vote(action: 'open' | 'close'): Promise<void> {
    try {
      this.accept(action === 'open' ? await this.deps.deficits.openVote(this.newDots) : await this.deps.deficits.closeVote());
      this.dotsProblem = null;
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async exportReport(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const result = await this.deps.deficits.exportReport(this.exportLanguage);
      if (result !== null) showExported(this.deps.toast, t('deficits-ui-exported', { path: result.path }), result.path);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
  }

  // ---- drawing --------------------------------------------------------------------

  private focus(selector: string): void {
    this.root?.querySelector<HTMLElement>(selector)?.focus();
  }

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    const stage = this.stage;
    if (stage === null) return;
    const tabs = TABS.map((tab) => {
      const selected = tab === this.tab;
      const button = h('button', {
        type: 'button', role: 'tab', id: `df-tab-${tab}`, class: 'df-tab', 'aria-selected': selected ? 'true' : 'false',
        'aria-controls': 'df-tabpanel', tabindex: selected ? 0 : -1, 'data-testid': `deficits-tab-${tab}`,
      }, t(`deficits-ui-tab-${tab}`));
      button.addEventListener('click', () => this.selectTab(tab));
      button.addEventListener('keydown', (event) => {
        const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
        if (delta === 0) return;
        event.preventDefault();
        this.selectTab(TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length] ?? tab);
      });
      return button;
    });
    const language = h('select', { id: 'deficits-export-language', class: 'input', 'data-testid': 'deficits-export-language', 'aria-label': t('meetings-export-language') },
      ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === this.exportLanguage }, t(label.language(l)))));
    language.addEventListener('change', () => { this.exportLanguage = language.value as ExportLanguage; });
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'deficits-export' }, icon('documents'), t('deficits-ui-export'));
    exportButton.addEventListener('click', () => void this.exportReport());
    const panel = this.tab === 'values' ? this.renderValues(stage) : this.tab === 'scorecard' ? this.renderScorecard(stage) : this.renderRanking(stage);
    replaceChildren(this.root,
      h('header', { class: 'df-head' },
        h('h1', { class: 'df-title', tabindex: -1 }, t('deficits-ui-title')),
        h('p', { class: 'df-intro' }, t('deficits-ui-intro'))),
      h('div', { class: 'df-bar' },
        h('div', { class: 'df-tabs', role: 'tablist', 'aria-label': t('deficits-ui-tabs') }, ...tabs),
        h('span', { class: 'df-spacer' }),
        language, exportButton),
      h('div', { class: 'df-tabpanel', id: 'df-tabpanel', role: 'tabpanel', 'aria-labelledby': `df-tab-${this.tab}` }, panel));
  }

  private selectTab(tab: DeficitsTab): void {
    this.tab = tab;
    this.draw();
    this.focus(`#df-tab-${tab}`);
  }

  private renderValues(stage: DeficitsStage): HTMLElement {
    const table = stage.indicators.length === 0
      ? h('div', { class: 'empty-state df-empty', 'data-testid': 'deficits-values-empty' },
        h('h2', { class: 'empty-state-title' }, t('deficits-ui-values-empty-title')),
        h('p', { class: 'empty-state-body' }, t('deficits-ui-values-empty-body')))
      : h('div', { class: 'df-scroll' }, h('table', { class: 'df-table', 'data-testid': 'deficits-values' },
        h('thead', {}, h('tr', {}, ...['code', 'indicator', 'latest', 'year', 'benchmark', 'gap', 'flag'].map((c) =>
          h('th', { scope: 'col', class: c === 'latest' || c === 'year' ? 'df-number' : '' }, t(`deficits-ui-col-${c}`))))),
        h('tbody', {}, ...stage.indicators.map((i) => this.renderIndicator(i)))));
    return h('div', { class: 'df-values' },
      h('p', { class: 'df-count' }, t('deficits-ui-values-count', {
        count: stage.indicators.length,
        flagged: stage.indicators.filter((i) => i.flag === 'deficit').length,
      })),
      table,
      this.renderEntry(stage),
      this.renderImport());
  }

  private renderIndicator(i: IndicatorView): HTMLElement {
    const b = i.benchmark;
    // A yes-or-no answer needs no unit after it.
    const unit = this.stage?.catalogue.find((c) => c.code === i.code)?.yesNo === true ? '' : ` ${i.unit}`;
    return h('tr', { 'data-testid': `deficits-row-${i.code}`, class: `df-flag-${i.flag}` },
      h('td', { class: 'df-code' }, i.code),
      h('td', { class: 'df-name' }, i.name),
      h('td', { class: 'df-number', 'data-testid': `deficits-latest-${i.code}` }, i.valueText === '' ? '—' : `${i.valueText}${unit}`),
      h('td', { class: 'df-number' }, i.year ?? '—'),
      h('td', { class: 'df-benchmark' }, b === null ? '—' : `${b.valueText}${unit}`, b !== null && h('span', { class: 'df-quiet' }, ` · ${b.kind}${b.year === null ? '' : ` ${b.year}`}`)),
      h('td', { class: 'df-gap' }, i.gapText === '' ? '—' : i.gapText),
      h('td', { class: 'df-flag', 'data-testid': `deficits-flag-${i.code}` }, flagText(i.flag)));
  }

  private renderEntry(stage: DeficitsStage): HTMLElement {
    const item = stage.catalogue.find((c) => c.code === this.entry.code.trim());
    const problem = (field: string) => this.entryProblems.find((p) => p.field === field);
    const fields = [...ENTRY_FIELDS, ...(item?.needsPppBaseYear === true ? ['pppBaseYear' as const] : [])];
    const cells = fields.map((field) => {
      const wrong = problem(field);
      const input = h('input', {
        id: `df-entry-${field}`, class: `input df-entry-${field}`, 'data-testid': `deficits-entry-${field}`, value: this.entry[field], autocomplete: 'off',
        list: field === 'code' ? 'df-codes' : null, inputmode: field === 'year' || field === 'value' || field === 'pppBaseYear' ? 'decimal' : null,
        placeholder: field === 'unit' ? (item?.unit ?? '') : field === 'value' && item?.yesNo === true ? t('deficits-ui-yes-no') : null,
        'aria-invalid': wrong === undefined ? null : 'true', 'aria-describedby': wrong === undefined ? null : `df-entry-${field}-problem`,
      });
      input.addEventListener('input', () => {
        this.entry = { ...this.entry, [field]: input.value };
        // The indicator's unit and PPP field follow the code as it is typed.
        if (field === 'code') this.refreshEntryHint(stage);
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          void this.saveEntry();
        }
      });
      return h('div', { class: 'df-entry-field' },
        h('label', { for: `df-entry-${field}` }, t(`deficits-ui-entry-${field === 'pppBaseYear' ? 'ppp' : field}`)),
        input,
        wrong !== undefined && h('p', { class: 'field-error', id: `df-entry-${field}-problem`, 'data-testid': `deficits-entry-${field}-problem` }, wrong.message));
    });
    const replace = h('input', { type: 'checkbox', id: 'df-entry-replace', 'data-testid': 'deficits-entry-replace', checked: this.replace });
    replace.addEventListener('change', () => { this.replace = replace.checked; });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-entry-save' }, t('deficits-ui-entry-save'));
    save.addEventListener('click', () => void this.saveEntry());
    return h('section', { class: 'df-entry', 'aria-labelledby': 'df-entry-title' },
      h('h2', { id: 'df-entry-title', class: 'df-section-title' }, t('deficits-ui-entry-title')),
      h('datalist', { id: 'df-codes' }, ...stage.catalogue.map((c) => h('option', { value: c.code }, `${c.code} ${c.name}`))),
      h('div', { class: 'df-entry-row' }, ...cells),
      h('p', { class: 'df-entry-hint', 'data-testid': 'deficits-entry-hint' }, item === undefined ? t('deficits-ui-entry-keys') : `${item.code} ${item.name} · ${item.unit}`),
      h('div', { class: 'df-actions' },
        h('label', { class: 'df-check' }, replace, t('deficits-ui-entry-replace')),
        save));
  }

  private refreshEntryHint(stage: DeficitsStage): void {
    const item = stage.catalogue.find((c) => c.code === this.entry.code.trim());
    const hint = this.root?.querySelector('[data-testid="deficits-entry-hint"]');
    if (hint) hint.textContent = item === undefined ? t('deficits-ui-entry-keys') : `${item.code} ${item.name} · ${item.unit}`;
    const unit = this.root?.querySelector<HTMLInputElement>('[data-testid="deficits-entry-unit"]');
    if (unit) unit.placeholder = item?.unit ?? '';
    const hasPpp = this.root?.querySelector('[data-testid="deficits-entry-pppBaseYear"]') != null;
    if (hasPpp !== (item?.needsPppBaseYear === true)) {
      this.draw();
      this.focus('[data-testid="deficits-entry-code"]');
      const code = this.root?.querySelector<HTMLInputElement>('[data-testid="deficits-entry-code"]');
      code?.setSelectionRange(code.value.length, code.value.length);
    }
  }

  private renderImport(): HTMLElement {
    const picker = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv', class: 'df-file', 'data-testid': 'deficits-import-file', 'aria-label': t('deficits-ui-import-choose') });
    picker.addEventListener('change', () => {
      const chosen = picker.files?.[0];
      if (chosen !== undefined) void this.useFile(chosen);
    });
    const choose = h('button', { type: 'button', class: 'button', 'data-testid': 'deficits-import-choose' }, t('deficits-ui-import-choose'));
    choose.addEventListener('click', () => picker.click());
    const check = this.check;
    const ready = check !== null && check.problems.length === 0 && check.rows > 0;
    const replace = h('input', { type: 'checkbox', id: 'df-import-replace', 'data-testid': 'deficits-import-replace', checked: this.importReplace });
    replace.addEventListener('change', () => {
      this.importReplace = replace.checked;
      void this.checkFile();
    });
    const go = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-import-go', disabled: !ready || this.busy }, t('deficits-ui-import-go'));
    go.addEventListener('click', () => void this.importFile());
    const cancel = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-import-cancel' }, t('deficits-ui-import-cancel'));
    cancel.addEventListener('click', () => {
      this.file = null;
      this.check = null;
      this.draw();
    });
    const preview = check === null || this.file === null ? null : h('div', { class: 'df-preview', 'data-testid': 'deficits-import-preview', 'aria-live': 'polite' },
      h('p', {}, t('deficits-ui-import-file', { file: this.file.name, rows: check.rows, format: check.format.toUpperCase() })),
      check.problems.length === 0
        ? h('p', { class: 'df-ok', 'data-testid': 'deficits-import-ready' }, `✓ ${t('deficits-ui-import-ready', { add: check.add, update: check.update })}`)
        : h('div', {},
          h('p', { class: 'field-error', role: 'alert' }, t('deficits-ui-import-problems', { count: check.problems.length })),
          h('div', { class: 'df-scroll df-problems-scroll' }, h('table', { class: 'df-table', 'data-testid': 'deficits-import-problems' },
            h('thead', {}, h('tr', {}, ...['row', 'column', 'reason'].map((c) => h('th', { scope: 'col' }, t(`deficits-ui-problem-${c}`))))),
            h('tbody', {}, ...check.problems.map((p) => h('tr', { 'data-testid': `deficits-problem-${p.row}` },
              h('td', { class: 'df-number' }, p.row === 0 ? '—' : p.row), h('td', {}, p.column === '' ? '—' : p.column), h('td', {}, p.reason))))))),
      h('div', { class: 'df-actions' },
        h('label', { class: 'df-check' }, replace, t('deficits-ui-import-replace')),
        go, cancel));
    return h('section', { class: 'df-import', 'aria-labelledby': 'df-import-title' },
      h('h2', { id: 'df-import-title', class: 'df-section-title' }, t('deficits-ui-import-title')),
      h('p', { class: 'df-quiet' }, t('deficits-ui-import-help')),
      h('div', { class: 'df-actions' }, choose, picker),
      preview);
  }

  private renderScorecard(stage: DeficitsStage): HTMLElement {
    const card = stage.scorecard;
    const essentials = card.essentials.map((e) => h('section', { class: 'df-essential', 'data-testid': `deficits-essential-${e.number}` },
      h('h2', { class: 'df-essential-title' },
        h('span', {}, `${e.number}. ${e.name}`),
        h('span', { class: 'df-essential-total' }, t('deficits-ui-essential-total', { score: e.score, max: e.max, percent: Math.round(e.percent) }))),
      h('ul', { class: 'df-questions' }, ...e.questions.map((q) => this.renderQuestion(q, card.scaleMax)))));
    const radar = h('figure', { class: 'df-chart', 'data-testid': 'deficits-radar' });
    const drawn = parseSvg(card.radarSvg);
    if (drawn !== null) radar.append(drawn);
    return h('div', { class: 'df-scorecard' },
      h('div', { class: 'df-score-list' },
        h('p', { class: 'df-quiet' }, card.workshop === null ? t('deficits-ui-no-workshop') : t('deficits-ui-workshop', { title: card.workshop.title, date: card.workshop.heldOn })),
        h('p', { class: 'df-quiet', 'data-testid': 'deficits-score-keys' }, t('deficits-ui-score-keys', { max: card.scaleMax })),
        h('ol', { class: 'df-meanings', start: 0 }, ...card.meanings.map((m) => h('li', {}, m))),
        ...essentials),
      h('aside', { class: 'df-score-side' },
        h('p', { class: 'df-total', 'data-testid': 'deficits-score-total' }, t('deficits-ui-score-total', { score: card.score, max: card.max, percent: Math.round(card.percent), scored: card.scored, questions: card.questions })),
        radar));
  }

  private renderQuestion(q: QuestionView, max: number): HTMLElement {
    const buttons = Array.from({ length: max + 1 }, (_, n) => {
      const b = h('button', {
        type: 'button', class: 'df-score', tabindex: -1, 'aria-pressed': q.score === n ? 'true' : 'false',
        'data-testid': `deficits-score-${q.code}-${n}`, 'aria-label': t('deficits-ui-score-button', { code: q.code, score: n }),
      }, n);
      b.addEventListener('click', () => void this.score(q.code, n, q.comment));
      return b;
    });
    const comment = h('input', { class: 'input df-comment', 'data-testid': `deficits-comment-${q.code}`, value: q.comment, placeholder: t('deficits-ui-comment'), 'aria-label': t('deficits-ui-comment-for', { code: q.code }) });
    const saveComment = () => {
      if (q.score !== null && comment.value.trim() !== q.comment) void this.score(q.code, q.score, comment.value);
    };
    comment.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.isComposing) {
        event.preventDefault();
        saveComment();
      }
    });
    comment.addEventListener('change', saveComment);
    const row = h('li', {
      class: 'df-question', tabindex: 0, 'data-question': q.code, 'data-testid': `deficits-question-${q.code}`,
      'aria-label': `${q.code} ${q.title}: ${q.score === null ? t('deficits-ui-not-scored') : q.score}`, 'aria-keyshortcuts': '0 1 2 3 ArrowLeft ArrowRight ArrowUp ArrowDown',
    },
    h('span', { class: 'df-code' }, q.code),
    h('span', { class: 'df-question-title' }, q.title),
    h('span', { class: 'df-scores', role: 'group', 'aria-label': t('deficits-ui-score-of', { code: q.code }) }, ...buttons),
    h('span', { class: 'df-state' }, q.score === null ? `○ ${t('deficits-ui-not-scored')}` : q.score <= 1 ? `✗ ${t('deficits-ui-score-deficit')}` : '✓'),
    comment);
    row.addEventListener('keydown', (event) => this.onQuestionKey(event, q.code));
    return row;
  }

  private renderRanking(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const name = (code: string) => r.candidates.find((c) => c.code === code)?.name ?? code;
    const parts: (HTMLElement | null)[] = [];
    if (r.candidates.length === 0) {
      parts.push(h('div', { class: 'empty-state df-empty', 'data-testid': 'deficits-ranking-empty' },
        h('h2', { class: 'empty-state-title' }, t('deficits-ui-ranking-empty-title')),
        h('p', { class: 'empty-state-body' }, t('deficits-ui-ranking-empty-body'))));
    } else if (!r.open) {
      const dots = h('input', { id: 'df-new-dots', type: 'number', min: 1, max: 50, class: 'input df-dots', value: String(this.newDots), 'data-testid': 'deficits-new-dots' });
      dots.addEventListener('input', () => { this.newDots = Math.max(1, Number(dots.value) || 8); });
      const open = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-open-vote' }, t('deficits-ui-open-vote'));
      open.addEventListener('click', () => void this.vote('open'));
      parts.push(h('div', { class: 'df-vote-state' },
        h('p', {}, r.exists ? t('deficits-ui-vote-closed') : t('deficits-ui-no-vote', { count: r.candidates.length })),
        h('div', { class: 'df-actions' }, h('label', { for: 'df-new-dots' }, t('deficits-ui-dots-each')), dots, open)));
    } else parts.push(this.renderBallot(stage));
    if (r.result.length > 0) {
      const unranked = r.result.filter((item) => item.points === 0).length;
      const bars = h('figure', { class: 'df-chart', 'data-testid': 'deficits-bars' });
      const drawn = parseSvg(r.barSvg);
      if (drawn !== null) bars.append(drawn);
      parts.push(h('div', { class: 'df-result-pair' },
        h('section', {},
          h('h2', { class: 'df-section-title' }, t('deficits-ui-result')),
          h('ol', { class: 'df-result', 'data-testid': 'deficits-result' }, ...r.result.filter((item) => item.points > 0).map((item) => h('li', { 'data-testid': `deficits-result-${item.code}` },
            h('span', { class: 'df-rank' }, rankText(item)),
            h('span', { class: 'df-code' }, item.code),
            h('span', { class: 'df-result-name' }, item.name),
            h('span', { class: 'df-number' }, t('deficits-ui-points', { points: item.points }))))),
          unranked > 0 && h('p', { class: 'df-quiet', 'data-testid': 'deficits-no-dots' }, t('deficits-ui-no-dots', { count: unranked }))),
        bars));
      parts.push(h('div', { class: 'df-groups' },
        this.renderGroups('deficits-ui-by-sector', r.bySector, name, 'deficits-by-sector'),
        this.renderGroups('deficits-ui-by-helix', r.byHelix, name, 'deficits-by-helix')));
    }
    return h('div', { class: 'df-ranking' }, ...parts);
  }

  private renderBallot(stage: DeficitsStage): HTMLElement {
    const r = stage.ranking;
    const voted = r.voters.filter((v) => Object.keys(v.dots).length > 0).length;
    const select = h('select', { id: 'df-voter', class: 'input', 'data-testid': 'deficits-voter' },
      ...r.voters.map((v) => h('option', { value: String(v.id), selected: v.id === this.voter },
        `${Object.keys(v.dots).length > 0 ? '✓ ' : ''}${v.name} · ${v.sector}`)));
    select.addEventListener('change', () => {
      this.voter = Number(select.value);
      this.dots = { ...(r.voters.find((v) => v.id === this.voter)?.dots ?? {}) };
      this.dotsProblem = null;
      this.draw();
      this.focus('[data-testid="deficits-voter"]');
    });
    const used = () => Object.values(this.dots).reduce((s, n) => s + n, 0);
    const left = h('p', { class: 'df-left', 'data-testid': 'deficits-dots-left', 'aria-live': 'polite' });
    const showLeft = () => {
      const remaining = r.dotsEach - used();
      left.textContent = remaining >= 0 ? t('deficits-ui-dots-left', { count: remaining, each: r.dotsEach }) : `✗ ${t('deficits-ui-dots-over', { count: -remaining, each: r.dotsEach })}`;
      left.classList.toggle('field-error', remaining < 0);
    };
    showLeft();
    const rows = r.candidates.map((c) => {
      const input = h('input', {
        type: 'number', min: 0, max: r.dotsEach, step: 1, class: 'input df-dots', id: `df-dots-${c.code}`,
        'data-testid': `deficits-dots-${c.code}`, value: String(this.dots[c.code] ?? 0),
      });
      input.addEventListener('input', () => {
        const n = Math.max(0, Math.floor(Number(input.value) || 0));
        this.dots = { ...this.dots, [c.code]: n };
        showLeft();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing) {
          event.preventDefault();
          void this.saveDots();
        }
      });
      return h('tr', {}, h('td', { class: 'df-code' }, c.code), h('td', {}, h('label', { for: `df-dots-${c.code}` }, c.name)), h('td', {}, input));
    });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'deficits-dots-save', disabled: this.voter === null }, t('deficits-ui-dots-save'));
    save.addEventListener('click', () => void this.saveDots());
    const close = h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'deficits-close-vote' }, t('deficits-ui-close-vote'));
    close.addEventListener('click', () => void this.vote('close'));
    return h('section', { class: 'df-ballot', 'aria-labelledby': 'df-ballot-title' },
      h('h2', { id: 'df-ballot-title', class: 'df-section-title' }, t('deficits-ui-ballot-title')),
      h('p', { class: 'df-quiet', 'data-testid': 'deficits-voted' }, t('deficits-ui-voted', { count: voted, voters: r.voters.length })),
      h('div', { class: 'df-actions' }, h('label', { for: 'df-voter' }, t('deficits-ui-voter')), select),
      h('table', { class: 'df-table df-dots-table', 'data-testid': 'deficits-ballot' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('deficits-ui-col-code')), h('th', { scope: 'col' }, t('deficits-ui-col-deficit')), h('th', { scope: 'col' }, t('deficits-ui-col-dots')))),
        h('tbody', {}, ...rows)),
      left,
      this.dotsProblem !== null && h('p', { class: 'field-error', role: 'alert', 'data-testid': 'deficits-dots-problem' }, this.dotsProblem),
      h('div', { class: 'df-actions' }, save, close));
  }

  private renderGroups(title: string, groups: GroupView[], name: (code: string) => string, testid: string): HTMLElement | null {
    if (groups.length === 0) return null;
    const top = (items: RankedView[]) => items.filter((i) => i.points > 0).slice(0, 3)
      .map((i) => `${rankText(i)}. ${i.code} ${name(i.code)} (${i.points})`);
    return h('section', {},
      h('h2', { class: 'df-section-title' }, t(title)),
      h('table', { class: 'df-table', 'data-testid': testid },
        h('thead', {}, h('tr', {}, ...['group', 'voters', 'top'].map((c) => h('th', { scope: 'col', class: c === 'voters' ? 'df-number' : '' }, t(`deficits-ui-col-${c}`))))),
        h('tbody', {}, ...groups.map((g) => h('tr', {},
          h('th', { scope: 'row' }, g.label),
          h('td', { class: 'df-number' }, g.voters),
          h('td', {}, h('ul', { class: 'df-top' }, ...top(g.items).map((line) => h('li', {}, line)))))))));
  }
}
