// The Targets stage: every target for 2030 and mid-century with its progress (a gauge and
// words, never colour alone), a chart per subject, a targets file imported with every problem
// shown, adoption of the proposals by a decided question, and the progress report.

import { toApiError } from '../api';
import { showExported } from '../api-files';
import { TARGETS_DOCUMENTS, type TargetsApi, type TargetsDocument } from '../api-targets';
import type { DigitalSigner, ExportLanguage, TargetsStage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { parseSvg } from './bau';
import '../styles/targets.css';

export interface TargetsDeps {
  targets: TargetsApi;
  toast: Toaster;
}

export class TargetsScreen {
  private stage: TargetsStage | null = null;
  private loadError: string | null = null;
  private problems: string[] = [];
  private exportLanguage: ExportLanguage = 'bilingual';
  private exportDocument: TargetsDocument = 'progress';
  private signer: DigitalSigner | null = null;
  private root: HTMLElement | null = null;

  constructor(private readonly deps: TargetsDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'targets', 'data-testid': 'stage-targets' });
    this.root.append(h('p', { class: 'loading' }, t('app-loading')));
    // The language may have changed, and values and questions elsewhere: ask again.
    void this.load();
    return this.root;
  }

  private async load(): Promise<void> {
    try {
      this.stage = await this.deps.targets.stage();
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  private async importFile(file: File): Promise<void> {
    try {
      const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
      this.stage = await this.deps.targets.importFile(bytes);
      this.problems = [];
      this.deps.toast.show(t('targets-ui-imported', { count: this.stage.targets.filter((x) => !x.adopted).length }));
    } catch (raw) {
      const error = toApiError(raw);
      this.problems = error.fields.length > 0 ? error.fields.map((f) => f.message) : [error.message];
    }
    this.draw();
  }

  private async adopt(question: number, questionLabel: string): Promise<void> {
    const ok = await confirmDialog({
      testid: 'confirm-targets-adopt',
      title: t('targets-ui-adopt-title'),
      body: t('targets-ui-adopt-body', { question: questionLabel }),
      confirm: t('targets-ui-adopt'),
    });
    if (!ok) return;
    try {
      this.stage = await this.deps.targets.adopt(question);
      this.deps.toast.show(t('targets-ui-adopted'));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async exportReport(): Promise<void> {
    const kind = this.exportDocument;
    try {
      const result = await this.deps.targets.exportDocument(kind, this.exportLanguage, kind === 'pledge' ? this.signer : null);
      if (result !== null) {
        showExported(this.deps.toast, t('targets-ui-exported', { document: t(`targets-ui-doc-${kind}`), path: result.path }), result.path);
      }
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private draw(): void {
    if (this.root === null) return;
    if (this.loadError !== null) {
      replaceChildren(this.root, h('p', { class: 'field-error', role: 'alert' }, this.loadError));
      return;
    }
    const stage = this.stage;
    if (stage === null) return;
    replaceChildren(this.root,
      h('header', { class: 'targets-head' },
        h('h1', { class: 'targets-title', tabindex: -1 }, t('targets-ui-title')),
        h('p', { class: 'targets-intro' }, t('targets-ui-intro'))),
      this.renderToolbar(stage),
      this.problems.length > 0 && h('div', { class: 'targets-problems', role: 'alert', 'data-testid': 'targets-problems' },
        h('p', { class: 'field-error' }, t('targets-ui-refused')),
        h('ul', {}, ...this.problems.map((p) => h('li', {}, p)))),
      stage.targets.length === 0 ? this.renderEmpty() : this.renderTable(stage),
      stage.charts.length > 0 && h('div', { class: 'targets-charts' }, ...stage.charts.map((c) => {
        const figure = h('figure', { class: 'targets-chart', 'data-testid': `targets-chart-${c.key}` },
          h('figcaption', {}, c.title));
        const drawn = parseSvg(c.svg);
        if (drawn !== null) figure.append(drawn);
        return figure;
      })));
  }

  private renderToolbar(stage: TargetsStage): HTMLElement {
    const input = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv', class: 'targets-file', 'data-testid': 'targets-file', 'aria-label': t('targets-ui-import') });
    input.addEventListener('change', () => {
      const file = (input as HTMLInputElement).files?.[0];
      if (file !== undefined) void this.importFile(file);
    });
    const pick = h('button', { type: 'button', class: 'button', 'data-testid': 'targets-import' }, t('targets-ui-import'));
    pick.addEventListener('click', () => (input as HTMLInputElement).click());
    const adoptable = stage.hasProposals && stage.adoptingQuestions.length > 0;
    const question = adoptable && h('select', { class: 'input targets-question', 'data-testid': 'targets-adopt-question', 'aria-label': t('targets-ui-adopt-by') },
      ...stage.adoptingQuestions.map((q) => h('option', { value: q.id }, q.label)));
    const adopt = adoptable && h('button', { type: 'button', class: 'button button-quiet', 'data-testid': 'targets-adopt' }, t('targets-ui-adopt'));
    if (adopt && question) {
      adopt.addEventListener('click', () => {
        const chosen = stage.adoptingQuestions.find((q) => String(q.id) === question.value);
        if (chosen !== undefined) void this.adopt(chosen.id, chosen.label);
      });
    }
    const language = h('select', { class: 'input', 'data-testid': 'targets-export-language', 'aria-label': t('meetings-export-language') },
      ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === this.exportLanguage }, t(label.language(l)))));
    language.addEventListener('change', () => { this.exportLanguage = language.value as ExportLanguage; });
    const documentPick = h('select', { class: 'input', 'data-testid': 'targets-export-document', 'aria-label': t('targets-ui-document') },
      ...TARGETS_DOCUMENTS.map((d) => h('option', { value: d, selected: d === this.exportDocument }, t(`targets-ui-doc-${d}`))));
    // Only the pledge is signed; the plan needs measures, not targets.
    const signer = h('select', { class: 'input', 'data-testid': 'targets-export-signer', 'aria-label': t('decl-ui-digital-signer') },
      h('option', { value: '', selected: this.signer === null }, t('targets-ui-unsigned')),
      h('option', { value: 'focal-point', selected: this.signer === 'focal-point' }, t('decl-ui-digital-focal-point')),
      h('option', { value: 'representative', selected: this.signer === 'representative' }, t('decl-ui-digital-representative')));
    signer.addEventListener('change', () => {
      this.signer = signer.value === 'focal-point' || signer.value === 'representative' ? signer.value : null;
    });
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'targets-export' }, icon('documents'), t('targets-ui-export'));
    const update = (): void => {
      signer.hidden = this.exportDocument !== 'pledge';
      exportButton.disabled = this.exportDocument !== 'action-plan' && stage.targets.length === 0;
    };
    documentPick.addEventListener('change', () => {
      this.exportDocument = TARGETS_DOCUMENTS.find((d) => d === documentPick.value) ?? 'progress';
      update();
    });
    update();
    exportButton.addEventListener('click', () => void this.exportReport());
    return h('div', { class: 'targets-toolbar' }, pick, input,
      adoptable && h('span', { class: 'targets-adopt-row' }, h('span', { class: 'targets-tool-label' }, t('targets-ui-adopt-by')), question, adopt),
      h('span', { class: 'targets-spacer' }), documentPick, signer, language, exportButton);
  }

  private renderEmpty(): HTMLElement {
    return h('div', { class: 'empty-state targets-empty', 'data-testid': 'targets-empty' },
      h('h2', { class: 'empty-state-title' }, t('targets-ui-empty-title')),
      h('p', { class: 'empty-state-body' }, t('targets-ui-empty-body')));
  }

  private renderTable(stage: TargetsStage): HTMLElement {
    const columns = ['target', 'baseline', 'goal', 'latest', 'status'];
    return h('table', { class: 'targets-table', 'data-testid': 'targets-table' },
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, t(`progress-col-${c}`))), h('th', { scope: 'col' }, t('targets-ui-state')))),
      h('tbody', {}, ...stage.targets.map((row) => h('tr', { 'data-testid': `targets-row-${row.subject}`, 'data-status': row.status },
        h('th', { scope: 'row' }, row.name, row.unit !== '' && h('span', { class: 'targets-unit' }, ` (${row.unit})`)),
        h('td', {}, row.baseline), h('td', {}, row.target), h('td', {}, row.latest),
        h('td', { class: `targets-status targets-status-${row.status}` }, row.statusWords),
        h('td', {}, row.adopted ? t('targets-ui-adopted-state') : t('targets-ui-proposed-state'))))));
  }
}
