// The Deficits stage in three tabs, each in its own module: values and benchmarks
// (`deficits-values.ts`), the scorecard workshop (`deficits-scorecard.ts`) and the ranking of
// the deficits (`deficits-ranking.ts`). This shell loads the stage, draws the tabs and the
// report's export, and hands each tab the stage and a way to redraw.

import { toApiError } from '../api';
import type { DeficitsApi } from '../api-deficits';
import { showExported } from '../api-files';
import type { DeficitsStage, ExportLanguage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { RankingTab } from './deficits-ranking';
import { ScorecardTab } from './deficits-scorecard';
import { ValuesTab } from './deficits-values';
import '../styles/deficits.css';

export { flagText, rankText } from './deficits-words';

export interface DeficitsDeps {
  deficits: DeficitsApi;
  toast: Toaster;
}

/** What a tab may ask of the stage around it. */
export interface DeficitsHost {
  readonly deps: DeficitsDeps;
  /** Takes the stage a command returned as the one shown. */
  accept(stage: DeficitsStage): void;
  draw(): void;
  focus(selector: string): void;
  query<T extends Element = HTMLElement>(selector: string): T | null;
  queryAll<T extends Element = HTMLElement>(selector: string): T[];
}

export type DeficitsTab = 'values' | 'scorecard' | 'ranking';
const TABS: readonly DeficitsTab[] = ['values', 'scorecard', 'ranking'];

export class DeficitsScreen implements DeficitsHost {
  private stage: DeficitsStage | null = null;
  private stageLocale = '';
  private loadError: string | null = null;
  private tab: DeficitsTab = 'values';
  private exportLanguage: ExportLanguage = 'bilingual';
  private exporting = false;
  private root: HTMLElement | null = null;
  private readonly values: ValuesTab;
  private readonly scorecard: ScorecardTab;
  private readonly ranking: RankingTab;

  constructor(readonly deps: DeficitsDeps) {
    this.values = new ValuesTab(this);
    this.scorecard = new ScorecardTab(this);
    this.ranking = new RankingTab(this);
  }

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

  /** Reads a file the person chose (tests pass one directly) and checks it. */
  useFile(file: File): Promise<void> {
    return this.values.useFile(file);
  }

  /** Reads a detailed level's criteria file the person chose (tests pass one directly). */
  useCriteriaFile(file: File): Promise<void> {
    return this.scorecard.loadDetailed(file);
  }

  async reload(): Promise<void> {
    await this.load();
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

  accept(stage: DeficitsStage): void {
    this.stage = stage;
    this.stageLocale = i18n().locale;
    this.ranking.accept(stage);
  }

  focus(selector: string): void {
    this.root?.querySelector<HTMLElement>(selector)?.focus();
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root?.querySelector<T>(selector) ?? null;
  }

  queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return Array.from(this.root?.querySelectorAll<T>(selector) ?? []);
  }

  private async exportReport(): Promise<void> {
    if (this.exporting) return;
    this.exporting = true;
    try {
      const result = await this.deps.deficits.exportReport(this.exportLanguage);
      if (result !== null) showExported(this.deps.toast, t('deficits-ui-exported', { path: result.path }), result.path);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.exporting = false;
    }
  }

  draw(): void {
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
    const panel = this.tab === 'values' ? this.values.render(stage) : this.tab === 'scorecard' ? this.scorecard.render(stage) : this.ranking.render(stage);
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
}
