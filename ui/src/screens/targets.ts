// The Targets stage: every target for 2030 and mid-century with its kind, SDGs, BAU and gap,
// progress (a gauge and words, never colour alone) and state; the checks against APEC's and the
// national lines beside the table; a chart per subject; a target set from a form or a targets
// file imported with every problem shown; adoption of the proposals by a decided question;
// the pledge's drawn signatures once something is adopted; and the documents (the progress
// report and the pledge signed digitally if asked).

import { toApiError } from '../api';
import { showExported } from '../api-files';
import { TARGETS_DOCUMENTS, signable, type TargetsApi, type TargetsDocument } from '../api-targets';
import type { ApiError, DigitalSigner, ExportLanguage, FormSubject, TargetForm, TargetItem, TargetsStage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { parseSvg } from './bau';
import { TargetFormPanel } from './targets-form';
import { renderTargetsSignatures } from './targets-signatures';
import { renderTargetsChecks, renderTargetsTable } from './targets-table';
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
  private form: TargetFormPanel | null = null;
  private signatures: HTMLElement | null = null;

  constructor(private readonly deps: TargetsDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'targets', 'data-testid': 'stage-targets' });
    // Drawn again in the window's language, which may have changed.
    this.form = null;
    this.signatures = null;
    this.problems = [];
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

  private async openForm(): Promise<void> {
    let subjects: FormSubject[];
    try {
      subjects = await this.deps.targets.formSubjects();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
      return;
    }
    this.form = new TargetFormPanel({
      subjects,
      submit: (form) => this.saveForm(form),
      cancel: () => {
        this.form = null;
        this.draw();
        this.root?.querySelector<HTMLElement>('[data-testid="targets-set"]')?.focus();
      },
    });
    this.draw();
    this.form.focusFirst();
  }

  private async saveForm(form: TargetForm): Promise<ApiError | null> {
    try {
      this.stage = await this.deps.targets.setTarget(form);
    } catch (raw) {
      return toApiError(raw);
    }
    const name = this.stage.targets.find((x) => x.subject === form.subject)?.name ?? form.subject;
    this.deps.toast.show(t('targets-form-saved', { subject: name }));
    this.form = null;
    this.draw();
    return null;
  }

  private async remove(row: TargetItem): Promise<void> {
    const target = `${row.name} ${row.target}`;
    const ok = await confirmDialog({
      testid: 'confirm-targets-remove',
      title: t('targets-ui-remove-title'),
      body: t('targets-ui-remove-body', { target }),
      confirm: t('targets-ui-remove'),
    });
    if (!ok) return;
    try {
      this.stage = await this.deps.targets.removeProposal(row.id);
      this.deps.toast.show(t('targets-ui-removed'));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
  }

  private async exportReport(): Promise<void> {
    const kind = this.exportDocument;
    try {
      const result = await this.deps.targets.exportDocument(kind, this.exportLanguage, signable(kind) ? this.signer : null);
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
      this.form?.root ?? (this.form?.render() || null),
      stage.targets.length === 0 ? this.renderEmpty()
      : h('div', { class: 'targets-body' }, renderTargetsTable(stage, { remove: (row) => void this.remove(row) }), renderTargetsChecks(stage)),
      stage.targets.some((x) => x.adopted) && this.pledgeSignatures(),
      stage.charts.length > 0 && h('div', { class: 'targets-charts' }, ...stage.charts.map((c) => {
        const figure = h('figure', { class: 'targets-chart', 'data-testid': `targets-chart-${c.key}` },
          h('figcaption', {}, c.title));
        const drawn = parseSvg(c.svg);
        if (drawn !== null) figure.append(drawn);
        return figure;
      })));
  }

  /** Drawn once and kept, so a redraw does not lose a signature being drawn. */
  private pledgeSignatures(): HTMLElement {
    this.signatures ??= h('section', { class: 'targets-signatures', 'data-testid': 'targets-signatures' },
      renderTargetsSignatures({ toast: this.deps.toast }));
    return this.signatures;
  }

  private renderToolbar(stage: TargetsStage): HTMLElement {
    const input = h('input', { type: 'file', accept: '.csv,.xlsx,text/csv', class: 'targets-file', 'data-testid': 'targets-file', 'aria-label': t('targets-ui-import') });
    input.addEventListener('change', () => {
      const file = (input as HTMLInputElement).files?.[0];
      if (file !== undefined) void this.importFile(file);
    });
    const pick = h('button', { type: 'button', class: 'button', 'data-testid': 'targets-import' }, t('targets-ui-import'));
    pick.addEventListener('click', () => (input as HTMLInputElement).click());
    const set = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'targets-set', disabled: this.form !== null }, t('targets-ui-set'));
    set.addEventListener('click', () => void this.openForm());
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
    // The progress report and the pledge are signed; the plan needs measures, not targets.
    const signer = h('select', { class: 'input', 'data-testid': 'targets-export-signer', 'aria-label': t('decl-ui-digital-signer') },
      h('option', { value: '', selected: this.signer === null }, t('targets-ui-unsigned')),
      h('option', { value: 'focal-point', selected: this.signer === 'focal-point' }, t('decl-ui-digital-focal-point')),
      h('option', { value: 'representative', selected: this.signer === 'representative' }, t('decl-ui-digital-representative')));
    signer.addEventListener('change', () => {
      this.signer = signer.value === 'focal-point' || signer.value === 'representative' ? signer.value : null;
    });
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'targets-export' }, icon('documents'), t('targets-ui-export'));
    const update = (): void => {
      signer.hidden = !signable(this.exportDocument);
      exportButton.disabled = this.exportDocument !== 'action-plan' && stage.targets.length === 0;
    };
    documentPick.addEventListener('change', () => {
      this.exportDocument = TARGETS_DOCUMENTS.find((d) => d === documentPick.value) ?? 'progress';
      update();
    });
    update();
    exportButton.addEventListener('click', () => void this.exportReport());
    return h('div', { class: 'targets-toolbar' }, set, pick, input,
      adoptable && h('span', { class: 'targets-adopt-row' }, h('span', { class: 'targets-tool-label' }, t('targets-ui-adopt-by')), question, adopt),
      h('span', { class: 'targets-spacer' }), documentPick, signer, language, exportButton);
  }

  private renderEmpty(): HTMLElement {
    return h('div', { class: 'empty-state targets-empty', 'data-testid': 'targets-empty' },
      h('h2', { class: 'empty-state-title' }, t('targets-ui-empty-title')),
      h('p', { class: 'empty-state-body' }, t('targets-ui-empty-body')));
  }
}
