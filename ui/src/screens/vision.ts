// The Vision stage: the version chooser with each version's state; the version shown, section by
// section, its Chinese and English side by side (textareas while it is a draft); the checklist
// beside it, recomputed as the person types (it warns, never blocks); two versions compared
// inline, insertions underlined and deletions struck through; the amendments and a form to
// propose one; the declaration's export. Only the checklist is redrawn while typing, so the
// cursor never moves.

import { toApiError } from '../api';
import { showExported } from '../api-files';
import type { VisionApi } from '../api-vision';
import type { CheckView, DraftEdit, ExportLanguage, ParagraphView, SpanView, VisionDiffView, VisionStage } from '../bindings';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import '../styles/vision.css';

export interface VisionDeps {
  vision: VisionApi;
  toast: Toaster;
}

type Edit = { textZh: string; textEn: string; notYetTranslated: boolean };

export class VisionScreen {
  private stage: VisionStage | null = null;
  private loadError: string | null = null;
  private edits = new Map<number, Edit>();
  private neutralityYear: number | null = null;
  private checklist: CheckView[] = [];
  private diff: VisionDiffView | null = null;
  private compareFrom: number | null = null;
  private compareTo: number | null = null;
  private exportLanguage: ExportLanguage = 'bilingual';
  private busy = false;
  private sent = 0;
  private shown = 0;
  private locale = '';
  private root: HTMLElement | null = null;
  private checklistHost: HTMLElement | null = null;
  private statusHost: HTMLElement | null = null;

  constructor(private readonly deps: VisionDeps) {}

  render(): HTMLElement {
    this.root = h('section', { class: 'vision', 'data-testid': 'stage-vision' });
    if (this.stage === null || this.locale !== i18n().locale) {
      // Titles and messages come from the backend in the window's language: ask again after a switch.
      if (this.stage === null) this.root.append(h('p', { class: 'loading' }, t('app-loading')));
      else this.draw();
      void this.load(this.stage?.version?.number ?? null, this.stage !== null);
    } else {
      this.draw();
    }
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
    if (version == null || !this.isDraft) return false;
    if (this.neutralityYear !== version.neutralityYear) return true;
    return this.paragraphs().some((p) => {
      const edit = this.edits.get(p.key);
      return edit !== undefined && (edit.textZh !== p.textZh || edit.textEn !== p.textEn || edit.notYetTranslated !== p.notYetTranslated);
    });
  }

  private paragraphs(): ParagraphView[] {
    return this.stage?.version?.sections.flatMap((s) => s.paragraphs) ?? [];
  }

  private draft(): DraftEdit {
    return {
      number: this.stage?.version?.number ?? 0,
      paragraphs: this.paragraphs().map((p) => ({ key: p.key, ...(this.edits.get(p.key) ?? p) }))
        .map(({ key, textZh, textEn, notYetTranslated }) => ({ key, textZh, textEn, notYetTranslated })),
      neutralityYear: this.neutralityYear,
    };
  }

  private async load(number: number | null, keepEdits = false): Promise<void> {
    try {
      const stage = await this.deps.vision.stage(number);
      if (keepEdits && this.dirty && stage.version?.number === this.stage?.version?.number) {
        // A language switch: the texts being typed stay, the rest is said again.
        this.stage = stage;
        this.locale = i18n().locale;
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
    this.locale = i18n().locale;
    this.edits.clear();
    for (const p of this.paragraphs()) this.edits.set(p.key, { textZh: p.textZh, textEn: p.textEn, notYetTranslated: p.notYetTranslated });
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

  private edit(key: number, change: Partial<Edit>): void {
    const current = this.edits.get(key);
    if (current === undefined) return;
    this.edits.set(key, { ...current, ...change });
    this.scheduleCheck();
  }

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

  private async run(action: () => Promise<VisionStage>, message: (stage: VisionStage) => string, keepEdits = false): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const kept = { edits: new Map(this.edits), year: this.neutralityYear };
    try {
      const stage = await action();
      this.accept(stage);
      if (keepEdits) {
        for (const [key, edit] of kept.edits) if (this.edits.has(key)) this.edits.set(key, edit);
        this.neutralityYear = kept.year;
        this.scheduleCheck();
      }
      this.deps.toast.show(message(stage));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      this.busy = false;
    }
    this.draw();
  }

  private saveDraft(): Promise<void> {
    if (!this.isDraft) return Promise.resolve();
    const draft = this.draft();
    return this.run(() => this.deps.vision.saveDraft(draft), () => t('vision-ui-saved-draft', { number: draft.number }));
  }

  private saveAsVersion(): Promise<void> {
    const draft = this.draft();
    return this.run(() => this.deps.vision.saveAsVersion(draft, ''), (s) => t('vision-ui-saved-version', { number: s.version?.number ?? 0 }));
  }

  private startDraft(): Promise<void> {
    return this.run(() => this.deps.vision.startDraft(), (s) => t('vision-ui-started', { number: s.version?.number ?? 0 }));
  }

  private async compare(): Promise<void> {
    if (this.compareFrom === null || this.compareTo === null) return;
    try {
      this.diff = await this.deps.vision.diff(this.compareFrom, this.compareTo);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
    this.draw();
    this.root?.querySelector<HTMLElement>('[data-testid="vision-diff"]')?.scrollIntoView({ block: 'nearest' });
  }

  private async exportDeclaration(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const number = this.stage?.version?.number ?? null;
      const result = await this.deps.vision.exportDeclaration(number, this.exportLanguage);
      if (result !== null) showExported(this.deps.toast, t('vision-ui-exported', { path: result.path }), result.path);
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
    this.statusHost = h('span', { class: 'vision-status', 'data-testid': 'vision-status', role: 'status' });
    this.checklistHost = h('aside', { class: 'vision-checklist', 'data-testid': 'vision-checklist', 'aria-label': t('vision-ui-checklist') });
    replaceChildren(this.root,
      head,
      this.renderVersions(stage),
      this.renderToolbar(stage),
      h('div', { class: 'vision-layout' },
        h('div', { class: 'vision-text' }, ...this.renderSections(stage)),
        this.checklistHost),
      this.renderCompare(stage),
      this.renderAmendments(stage));
    this.drawChecklist();
    this.drawStatus();
  }

  private renderVersions(stage: VisionStage): HTMLElement {
    const shown = stage.version?.number;
    return h('nav', { class: 'vision-versions', 'aria-label': t('vision-ui-versions') },
      h('span', { class: 'vision-tool-label' }, t('vision-ui-versions')),
      ...stage.versions.map((v) => {
        const button = h('button', {
          type: 'button',
          class: `vision-version${v.number === shown ? ' is-current' : ''}`,
          'data-testid': `vision-version-${v.number}`,
          'data-state': v.state,
          'aria-current': v.number === shown ? 'true' : null,
          title: t('vision-ui-saved-by', { by: v.savedBy, at: v.savedAt }),
        }, t('vision-ui-version-label', { number: v.number }), ' ',
        h('span', { class: `badge badge-${v.state}` }, t(`vision-ui-state-${v.state}`)));
        button.addEventListener('click', () => void this.load(v.number));
        return button;
      }));
  }

  private renderToolbar(stage: VisionStage): HTMLElement {
    const version = stage.version;
    const parts: HTMLElement[] = [];
    if (version?.adopted != null) parts.push(h('p', { class: 'vision-adopted', 'data-testid': 'vision-adopted' }, version.adopted));
    if (version != null && !this.isDraft) {
      parts.push(h('p', { class: 'vision-frozen', 'data-testid': 'vision-frozen' }, t('vision-ui-frozen', { state: version.state })));
    }
    const newDraft = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-new-draft', title: t('vision-ui-new-draft-note') },
      t('vision-ui-new-draft', { number: this.latest }));
    newDraft.addEventListener('click', () => void this.startDraft());
    const language = h('select', { class: 'input', 'data-testid': 'vision-export-language', 'aria-label': t('meetings-export-language') },
      ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === this.exportLanguage }, t(label.language(l)))));
    language.addEventListener('change', () => { this.exportLanguage = language.value as ExportLanguage; });
    const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-export' }, icon('documents'), t('vision-ui-export'));
    exportButton.addEventListener('click', () => void this.exportDeclaration());
    const tools: HTMLElement[] = [newDraft];
    if (this.isDraft) {
      const year = h('input', {
        type: 'number', class: 'input vision-year', id: 'vision-neutrality-year', 'data-testid': 'vision-neutrality-year',
        min: 2030, max: 2100, value: this.neutralityYear === null ? '' : String(this.neutralityYear),
      });
      year.addEventListener('input', () => {
        const value = Number.parseInt(year.value, 10);
        this.neutralityYear = Number.isNaN(value) ? null : value;
        this.scheduleCheck();
      });
      const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'vision-save-draft' }, t('vision-ui-save-draft'));
      save.addEventListener('click', () => void this.saveDraft());
      const saveAs = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-save-as' }, t('vision-ui-save-as', { number: this.latest + 1 }));
      saveAs.addEventListener('click', () => void this.saveAsVersion());
      tools.push(h('label', { class: 'vision-tool-label', for: 'vision-neutrality-year' }, t('vision-ui-neutrality-year')), year, save, saveAs);
    }
    return h('div', { class: 'vision-bar' }, ...parts,
      h('div', { class: 'vision-toolbar' }, ...tools, this.statusHost ?? '', h('span', { class: 'vision-spacer' }), language, exportButton));
  }

  private renderSections(stage: VisionStage): HTMLElement[] {
    const version = stage.version;
    if (version == null) return [];
    return version.sections.map((section, index) => h('section', { class: 'vision-section', 'data-testid': `vision-section-${index}` },
      h('h2', { class: 'vision-section-title' }, section.title),
      h('div', { class: 'vision-columns vision-columns-head', 'aria-hidden': 'true' },
        h('span', {}, t('vision-ui-zh')), h('span', {}, t('vision-ui-en'))),
      ...section.paragraphs.map((p) => this.renderParagraph(p))));
  }

  private renderParagraph(p: ParagraphView): HTMLElement {
    const edit = this.edits.get(p.key) ?? p;
    const caption = t('vision-ui-paragraph', { key: p.key });
    if (!this.isDraft) {
      return h('div', { class: 'vision-paragraph', 'data-testid': `vision-paragraph-${p.key}` },
        h('div', { class: 'vision-columns' },
          h('p', { lang: 'zh-CN', class: 'vision-read' }, p.textZh),
          h('p', { lang: 'en', class: 'vision-read' }, p.textEn)),
        p.notYetTranslated && h('p', { class: 'vision-untranslated' }, t('vision-ui-untranslated')));
    }
    const zh = h('textarea', { class: 'input vision-input', lang: 'zh-CN', rows: 4, 'data-testid': `vision-zh-${p.key}`, 'aria-label': `${caption} · ${t('vision-ui-zh')}`, value: edit.textZh });
    const en = h('textarea', { class: 'input vision-input', lang: 'en', rows: 4, 'data-testid': `vision-en-${p.key}`, 'aria-label': `${caption} · ${t('vision-ui-en')}`, value: edit.textEn });
    zh.addEventListener('input', () => this.edit(p.key, { textZh: zh.value }));
    en.addEventListener('input', () => this.edit(p.key, { textEn: en.value }));
    const id = `vision-untranslated-${p.key}`;
    const mark = h('input', { type: 'checkbox', id, 'data-testid': id, checked: edit.notYetTranslated });
    mark.addEventListener('change', () => this.edit(p.key, { notYetTranslated: mark.checked }));
    return h('div', { class: 'vision-paragraph', 'data-testid': `vision-paragraph-${p.key}` },
      h('div', { class: 'vision-columns' }, zh, en),
      h('label', { class: 'vision-mark', for: id }, mark, ' ', t('vision-ui-untranslated')));
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
  }

  private renderCompare(stage: VisionStage): HTMLElement {
    const select = (testid: string, value: number | null, set: (n: number) => void, labelId: string) => {
      const element = h('select', { class: 'input', 'data-testid': testid, 'aria-label': t(labelId) },
        ...stage.versions.map((v) => h('option', { value: v.number, selected: v.number === value }, t('vision-ui-version-label', { number: v.number }))));
      element.addEventListener('change', () => set(Number(element.value)));
      return h('label', { class: 'vision-compare-pick' }, h('span', {}, t(labelId)), element);
    };
    const go = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-compare' }, t('vision-ui-compare-show'));
    go.addEventListener('click', () => void this.compare());
    const diff = this.diff;
    const changed = diff?.paragraphs.filter((p) => p.changed) ?? [];
    return h('section', { class: 'vision-compare', 'aria-labelledby': 'vision-compare-title' },
      h('h2', { id: 'vision-compare-title' }, t('vision-ui-compare')),
      h('div', { class: 'vision-toolbar' },
        select('vision-compare-from', this.compareFrom, (n) => { this.compareFrom = n; }, 'vision-ui-compare-from'),
        select('vision-compare-to', this.compareTo, (n) => { this.compareTo = n; }, 'vision-ui-compare-to'),
        go),
      diff !== null && h('div', { class: 'vision-diff', 'data-testid': 'vision-diff' },
        h('p', { 'data-testid': 'vision-diff-summary' }, t('vision-ui-compare-result', { count: changed.length, from: diff.from, to: diff.to })),
        changed.length > 0 && h('p', { class: 'vision-note' }, t('vision-ui-diff-legend')),
        ...changed.map((p) => h('div', { class: 'vision-diff-paragraph', 'data-testid': `vision-diff-${p.key}` },
          h('h3', {}, p.section, ' · ', t('vision-ui-paragraph', { key: p.key }),
            p.presence !== 'kept' && h('span', { class: 'badge' }, t(`vision-ui-diff-${p.presence}`))),
          h('div', { class: 'vision-columns' },
            h('p', { lang: 'zh-CN' }, ...renderSpans(p.zh)),
            h('p', { lang: 'en' }, ...renderSpans(p.en)))))));
  }

  private renderAmendments(stage: VisionStage): HTMLElement {
    const list = h('ul', { class: 'vision-amendments', 'data-testid': 'vision-amendments' },
      ...stage.amendments.map((a) => h('li', { class: 'vision-amendment', 'data-testid': `vision-amendment-${a.id}`, 'data-status': a.status },
        h('div', { class: 'vision-amendment-head' },
          h('span', { class: `badge badge-${a.status}` }, t(`vision-ui-amendment-status-${a.status}`)), ' ',
          h('span', {}, t('vision-ui-amendment-by', { name: a.proposedBy, key: a.paragraphKey, version: a.version }))),
        a.textZh !== null && h('p', { lang: 'zh-CN' }, a.textZh),
        a.textEn !== null && h('p', { lang: 'en' }, a.textEn),
        h('p', { class: 'vision-note' }, t('vision-ui-amendment-reason', { reason: a.reason })),
        a.settled !== null && h('p', { class: 'vision-note' }, a.settled))));
    return h('section', { class: 'vision-amendments-section', 'aria-labelledby': 'vision-amendments-title' },
      h('h2', { id: 'vision-amendments-title' }, t('vision-ui-amendments')),
      h('p', { 'data-testid': 'vision-amendments-count' }, t('vision-ui-amendments-count', { count: stage.amendments.length })),
      list,
      this.isDraft ? this.renderProposal(stage) : h('p', { class: 'vision-note' }, t('vision-ui-propose-draft-only')));
  }

  private renderProposal(stage: VisionStage): HTMLElement {
    const paragraphs = this.paragraphs();
    const field = (labelId: string, control: HTMLElement) => h('label', { class: 'vision-field' }, h('span', {}, t(labelId)), control);
    const paragraph = h('select', { class: 'input', 'data-testid': 'vision-propose-paragraph' },
      ...paragraphs.map((p) => h('option', { value: p.id }, `${t('vision-ui-paragraph', { key: p.key })} · ${excerpt(p.textZh || p.textEn)}`)));
    const by = h('select', { class: 'input', 'data-testid': 'vision-propose-by' },
      ...stage.stakeholders.map((s) => h('option', { value: s.id }, s.name)));
    const zh = h('textarea', { class: 'input', lang: 'zh-CN', rows: 3, 'data-testid': 'vision-propose-zh' });
    const en = h('textarea', { class: 'input', lang: 'en', rows: 3, 'data-testid': 'vision-propose-en' });
    const reason = h('input', { type: 'text', class: 'input', 'data-testid': 'vision-propose-reason' });
    const submit = h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'vision-propose-submit' }, t('vision-ui-propose-submit'));
    const form = h('form', { class: 'vision-propose', 'data-testid': 'vision-propose' },
      h('h3', {}, t('vision-ui-propose')),
      h('div', { class: 'vision-propose-grid' },
        field('vision-ui-propose-paragraph', paragraph),
        field('vision-ui-propose-by', by),
        field('vision-ui-propose-zh', zh),
        field('vision-ui-propose-en', en),
        field('vision-ui-propose-reason', reason)),
      submit);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const proposal = { paragraphId: Number(paragraph.value), proposedBy: Number(by.value), textZh: zh.value, textEn: en.value, reason: reason.value };
      const shown = this.stage?.version?.number ?? null;
      void this.run(async () => {
        await this.deps.vision.propose(proposal);
        // The texts being typed stay: the same version again, with them.
        return this.deps.vision.stage(shown);
      }, () => t('vision-ui-proposed'), true);
    });
    return form;
  }
}

/** The first words of a paragraph, for a list of paragraphs. */
function excerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : chars.join('');
}

/** Spans as text: insertions in `ins` (underlined, marked +), deletions in `del` (struck, −). */
export function renderSpans(spans: SpanView[]): (HTMLElement | string)[] {
  return spans.map((s) => {
    if (s.op === 'insert') return h('ins', { class: 'vision-ins', title: t('vision-ui-diff-inserted') }, s.text);
    if (s.op === 'delete') return h('del', { class: 'vision-del', title: t('vision-ui-diff-deleted') }, s.text);
    return s.text;
  });
}
