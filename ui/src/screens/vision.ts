// The Vision stage: the version chooser with each version's state; the version shown, section by
// section, its Chinese and English side by side (a draft's sections and paragraphs edited, added,
// moved and removed: `vision-text.ts` over the model of `vision-draft.ts`); the checklist beside
// it, recomputed as the person types (it warns, never blocks); adoption by a decided question
// and the declaration's export, signed on request (`vision-toolbar.ts`); two versions compared
// (`vision-compare.ts`); the amendments, settled by a question or editorially, and a form to
// propose one (`vision-amendments.ts`). Only the checklist is redrawn while typing, so the
// cursor never moves.

import { toApiError } from '../api';
import { showExported } from '../api-files';
import type { VisionApi } from '../api-vision';
import type { CheckView, DigitalSigner, ExportLanguage, ParagraphView, ProposalInput, VisionDiffView, VisionStage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { confirmDialog } from '../widgets/confirm';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { renderAmendments } from './vision-amendments';
import { renderCompare } from './vision-compare';
import { type DraftSection, differs, draftEdit, draftOf, untitled } from './vision-draft';
import { renderDraft, renderReadOnly } from './vision-text';
import { renderToolbar, renderVersions } from './vision-toolbar';
import { renderVisionSignatures } from './vision-signatures';
import '../styles/vision.css';

export { renderSpans } from './vision-compare';

export interface VisionDeps {
  vision: VisionApi;
  toast: Toaster;
}

export class VisionScreen {
  private stage: VisionStage | null = null;
  private loadError: string | null = null;
  private sections: DraftSection[] = [];
  private neutralityYear: number | null = null;
  private checklist: CheckView[] = [];
  private diff: VisionDiffView | null = null;
  private compareFrom: number | null = null;
  private compareTo: number | null = null;
  private exportLanguage: ExportLanguage = 'bilingual';
  private signer: DigitalSigner | null = null;
  private busy = false;
  private sent = 0;
  private shown = 0;
  private root: HTMLElement | null = null;
  private checklistHost: HTMLElement | null = null;
  private statusHost: HTMLElement | null = null;

  constructor(private readonly deps: VisionDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'vision', 'data-testid': 'stage-vision' });
    // Ask again every time: the language may have changed, and meetings elsewhere may have
    // decided questions that settle or adopt. A draft being typed stays as typed.
    if (this.stage === null) this.root.append(h('p', { class: 'loading' }, t('app-loading')));
    else this.draw();
    void this.load(this.stage?.version?.number ?? null, this.stage !== null);
    return this.root;
  }

  onKey(event: KeyboardEvent): boolean {
    if (event.isComposing || event.defaultPrevented) return false;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void this.saveDraft();
      return true;
    }
    return false;
  }

  private get isDraft(): boolean {
    return this.stage?.version?.state === 'draft';
  }

  /** The highest version number there is. */
  private get latest(): number {
    return this.stage?.versions.reduce((n, v) => Math.max(n, v.number), 0) ?? 0;
  }

  private get dirty(): boolean {
    const version = this.stage?.version;
    return version != null && this.isDraft && differs(version, this.sections, this.neutralityYear);
  }

  private paragraphs(): ParagraphView[] {
    return this.stage?.version?.sections.flatMap((s) => s.paragraphs) ?? [];
  }

  private draft() {
    return draftEdit(this.stage?.version?.number ?? 0, this.sections, this.neutralityYear);
  }

  private async load(number: number | null, keepEdits = false): Promise<void> {
    try {
      const stage = await this.deps.vision.stage(number);
      if (keepEdits && this.dirty && stage.version?.number === this.stage?.version?.number) {
        // A language switch: the draft being typed stays, the rest is said again.
        const titles = new Map(stage.version?.sections.map((s) => [s.kind, s.title]));
        for (const section of this.sections) section.title = titles.get(section.kind) ?? section.title;
        this.stage = stage;
        this.scheduleCheck();
      } else {
        this.accept(stage);
      }
      this.loadError = null;
    } catch (raw) {
      this.loadError = toApiError(raw).message;
    }
    this.draw();
  }

  /** A stage from the backend becomes what the screen shows. */
  private accept(stage: VisionStage): void {
    this.stage = stage;
    this.sections = stage.version === null ? [] : draftOf(stage.version);
    this.neutralityYear = stage.version?.neutralityYear ?? null;
    this.checklist = stage.checklist;
    const numbers = stage.versions.map((v) => v.number);
    const shown = stage.version?.number ?? null;
    if (this.compareTo === null || !numbers.includes(this.compareTo)) this.compareTo = shown;
    if (this.compareFrom === null || !numbers.includes(this.compareFrom)) {
      this.compareFrom = shown !== null && shown > 1 ? shown - 1 : shown;
    }
  }

  // ---- changes -------------------------------------------------------------------

  /** Asks for the checklist of the draft as typed; an older answer never replaces a newer one. */
  private scheduleCheck(): void {
    if (!this.isDraft) return;
    const ticket = ++this.sent;
    this.drawStatus();
    this.deps.vision.check(this.draft()).then((checklist) => {
      if (ticket < this.shown) return;
      this.shown = ticket;
      this.checklist = checklist;
      this.drawChecklist();
    }).catch((raw: unknown) => this.deps.toast.show(toApiError(raw).message, 'error'));
  }

  /** The draft's structure changed: drawn again, the focus put back, the checklist asked. */
  private restructured(focus: string | null): void {
    this.draw();
    this.scheduleCheck();
    if (focus === null) return;
    let target = this.root?.querySelector<HTMLElement>(`[data-testid="${focus}"]`) ?? null;
    if (target instanceof HTMLButtonElement && target.disabled) {
      // An arrow at the end of its range: the other one.
      const other = focus.includes('-up-') ? focus.replace('-up-', '-down-') : focus.replace('-down-', '-up-');
      target = this.root?.querySelector<HTMLElement>(`[data-testid="${other}"]`) ?? target;
    }
    target?.focus();
    target?.scrollIntoView?.({ block: 'nearest' });
  }

  private async run(action: () => Promise<VisionStage>, message: (stage: VisionStage) => string, keepEdits = false): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    const kept = { sections: this.sections, year: this.neutralityYear };
    let done = false;
    try {
      const stage = await action();
      this.accept(stage);
      if (keepEdits && stage.version?.state === 'draft') {
        this.sections = kept.sections;
        this.neutralityYear = kept.year;
        this.scheduleCheck();
      }
      this.deps.toast.show(message(stage));
      done = true;
    } catch (raw) {
      const error = toApiError(raw);
      this.deps.toast.show(error.fields.length > 0 ? `${error.message} ${error.fields.map((f) => f.message).join('; ')}` : error.message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
    return done;
  }

  /** Free sections without a title are named before anything is sent; nothing is saved. */
  private titled(): boolean {
    const missing = untitled(this.sections);
    if (missing.length === 0) return true;
    this.deps.toast.show(t('vision-ui-section-title-required', { count: missing.length }), 'error');
    this.root?.querySelector<HTMLElement>(`[data-testid="vision-title-en-${missing[0]}"]`)?.focus();
    return false;
  }

  private async saveDraft(): Promise<void> {
    if (!this.isDraft || !this.titled()) return;
    const draft = this.draft();
    await this.run(() => this.deps.vision.saveDraft(draft), () => t('vision-ui-saved-draft', { number: draft.number }));
  }

  private async saveAsVersion(): Promise<void> {
    if (this.isDraft && !this.titled()) return;
    const draft = this.draft();
    await this.run(() => this.deps.vision.saveAsVersion(draft, ''), (s) => t('vision-ui-saved-version', { number: s.version?.number ?? 0 }));
  }

  private startDraft(): Promise<boolean> {
    return this.run(() => this.deps.vision.startDraft(), (s) => t('vision-ui-started', { number: s.version?.number ?? 0 }));
  }

  private async adopt(question: number, label: string): Promise<void> {
    const number = this.stage?.version?.number;
    if (number === undefined || this.dirty) return;
    const ok = await confirmDialog({
      testid: 'confirm-vision-adopt',
      title: t('vision-ui-adopt-title', { number }),
      body: t('vision-ui-adopt-body', { number, question: label }),
      confirm: t('vision-ui-adopt', { number }),
    });
    if (!ok) return;
    await this.run(() => this.deps.vision.adopt(number, question), () => t('vision-ui-adopted-toast', { number }));
  }

  /** Settling keeps the draft being typed: the same version again, with it. */
  private settle(action: (shown: number | null) => Promise<VisionStage>, id: number): void {
    const shown = this.stage?.version?.number ?? null;
    void this.run(() => action(shown), (s) => {
      const status = s.amendments.find((a) => a.id === id)?.status ?? 'pending';
      return t('vision-ui-settled-toast', { id, status: t(`vision-ui-amendment-status-${status}`) });
    }, true);
  }

  private propose(proposal: ProposalInput): void {
    const shown = this.stage?.version?.number ?? null;
    void this.run(async () => {
      await this.deps.vision.propose(proposal);
      // The texts being typed stay: the same version again, with them.
      return this.deps.vision.stage(shown);
    }, () => t('vision-ui-proposed'), true);
  }

  /** The paragraph (and the amendment's change) on the projector, in large type. */
  private async project(version: number, paragraphKey: number, amendmentId: number | null): Promise<void> {
    try {
      await this.deps.vision.project({ version, paragraphKey, amendmentId });
      this.deps.toast.show(t('vision-ui-projected', { key: paragraphKey }));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async compare(): Promise<void> {
    if (this.compareFrom === null || this.compareTo === null) return;
    try {
      this.diff = await this.deps.vision.diff(this.compareFrom, this.compareTo);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
    this.root?.querySelector<HTMLElement>('[data-testid="vision-diff"]')?.scrollIntoView?.({ block: 'nearest' });
  }

  private async exportDeclaration(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const number = this.stage?.version?.number ?? null;
      const signer = this.signer;
      const result = await this.deps.vision.exportDeclaration(number, this.exportLanguage, signer);
      if (result !== null) {
        showExported(this.deps.toast, t(signer === null ? 'vision-ui-exported' : 'vision-ui-exported-signed', { path: result.path }), result.path);
      }
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
  }

  // ---- drawing -------------------------------------------------------------------

  private draw(): void {
    if (this.root === null) return;
    const stage = this.stage;
    const head = h('header', { class: 'vision-head' },
      h('h1', { tabindex: -1 }, t('vision-ui-title')),
      h('p', { class: 'vision-intro' }, t('vision-ui-intro')));
    if (stage === null) {
      replaceChildren(this.root, head, this.loadError !== null ? h('p', { class: 'form-error', role: 'alert' }, this.loadError) : h('p', { class: 'loading' }, t('app-loading')));
      return;
    }
    if (stage.versions.length === 0 || stage.version === null) {
      const start = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'vision-start-first' }, t('vision-ui-start-first'));
      start.addEventListener('click', () => void this.startDraft());
      replaceChildren(this.root, head, h('div', { class: 'empty-state vision-empty', 'data-testid': 'vision-empty' },
        h('div', { class: 'empty-state-icon' }, icon('vision')),
        h('h2', { class: 'empty-state-title' }, t('vision-ui-empty-title')),
        h('p', { class: 'empty-state-body' }, t('vision-ui-empty-body')),
        start));
      return;
    }
    const version = stage.version;
    this.statusHost = h('span', { class: 'vision-status', 'data-testid': 'vision-status', role: 'status' });
    this.checklistHost = h('aside', { class: 'vision-checklist', 'data-testid': 'vision-checklist', 'aria-label': t('vision-ui-checklist') });
    const amended = new Set(stage.amendments.filter((a) => a.version === version.number).map((a) => a.paragraphKey));
    const text = this.isDraft
      ? renderDraft({
        sections: this.sections,
        amended,
        typed: () => this.scheduleCheck(),
        restructured: (focus) => this.restructured(focus),
        confirm: (testid, title, body, confirm) => confirmDialog({ testid, title, body, confirm, danger: true }),
        warn: (message) => this.deps.toast.show(message, 'error'),
      })
      : renderReadOnly(version);
    const toolbar = {
      isDraft: this.isDraft,
      dirty: this.dirty,
      latest: this.latest,
      neutralityYear: this.neutralityYear,
      exportLanguage: this.exportLanguage,
      signer: this.signer,
      status: this.statusHost,
      show: (n: number) => void this.load(n),
      setYear: (year: number | null) => { this.neutralityYear = year; this.scheduleCheck(); },
      setExportLanguage: (language: ExportLanguage) => { this.exportLanguage = language; },
      setSigner: (signer: DigitalSigner | null) => { this.signer = signer; },
      startDraft: () => void this.startDraft(),
      saveDraft: () => void this.saveDraft(),
      saveAsVersion: () => void this.saveAsVersion(),
      adopt: (question: number, label: string) => void this.adopt(question, label),
      exportDeclaration: () => void this.exportDeclaration(),
    };
    replaceChildren(this.root,
      head,
      renderVersions(stage, toolbar),
      renderToolbar(stage, toolbar),
      stage.version?.state === 'adopted' && renderVisionSignatures(stage.version.number, { toast: this.deps.toast }),
      h('div', { class: 'vision-layout' },
        h('div', { class: 'vision-text' }, ...text),
        this.checklistHost),
      renderCompare(stage, {
        from: this.compareFrom,
        to: this.compareTo,
        diff: this.diff,
        setFrom: (n) => { this.compareFrom = n; },
        setTo: (n) => { this.compareTo = n; },
        compare: () => void this.compare(),
      }),
      renderAmendments(stage, {
        isDraft: this.isDraft,
        paragraphs: this.paragraphs(),
        settleByQuestion: (id, question) => this.settle((shown) => this.deps.vision.settleByQuestion(id, question, shown), id),
        settleEditorially: (id, reason) => this.settle((shown) => this.deps.vision.settleEditorially(id, reason, shown), id),
        propose: (proposal) => this.propose(proposal),
        project: (a) => void this.project(a.version, a.paragraphKey, a.id),
      }));
    this.drawChecklist();
    this.drawStatus();
  }

  private drawChecklist(): void {
    if (this.checklistHost === null) return;
    replaceChildren(this.checklistHost,
      h('h2', {}, t('vision-ui-checklist')),
      h('ul', { class: 'vision-checks' }, ...this.checklist.map((c) => h('li', {
        class: `vision-check ${c.passed ? 'is-met' : 'is-warn'}`, 'data-testid': `vision-check-${c.id}`, 'data-passed': String(c.passed),
      }, h('span', { class: 'vision-check-mark', 'aria-label': t(c.passed ? 'vision-ui-check-met' : 'vision-ui-check-warn') }, c.passed ? '✓' : '!'),
      h('span', {}, c.message)))),
      h('p', { class: 'vision-note' }, t('vision-ui-checklist-note')));
  }

  private drawStatus(): void {
    if (this.statusHost === null) return;
    this.statusHost.textContent = this.dirty ? t('vision-ui-unsaved') : '';
    // Adoption waits for the draft to be saved; nothing is redrawn, so the cursor stays.
    const adopt = this.root?.querySelector<HTMLButtonElement>('[data-testid="vision-adopt"]');
    if (adopt != null) adopt.disabled = this.dirty;
    const note = this.root?.querySelector<HTMLElement>('[data-testid="vision-adopt-unsaved"]');
    if (note != null) note.hidden = !this.dirty;
  }
}
