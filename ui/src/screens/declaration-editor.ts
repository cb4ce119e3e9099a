// The form of a declaration other than the membership one: bilingual title, sections of
// bilingual paragraphs (list items or not), the signers in signing order, place and date.
// Every problem is shown at once, in a summary linking to its field, before anything is saved.

import { toApiError } from '../api';
import type { DeclarationsApi } from '../api-declarations';
import type { Declaration, DeclarationView } from '../bindings';
import {
  checkDraft, cloneDeclaration, draftFieldLabel, draftInputId, emptySection, emptySigner, moveItem, type DraftProblem,
} from '../declarations-model';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';
import { dateInput } from '../widgets/date-input';

export interface EditorDeps {
  api: DeclarationsApi;
  toast: Toaster;
  onSaved(view: DeclarationView): void;
  onCancel(): void;
}

export class DeclarationEditor {
  private draft: Declaration;
  private problems: DraftProblem[] = [];
  private serverErrors = new Map<string, string>();
  private root: HTMLElement = h('form');
  private saving = false;

  constructor(declaration: Declaration, private readonly deps: EditorDeps) {
    this.draft = cloneDeclaration(declaration);
  }

  render(): HTMLElement {
    this.root = h('form', { class: 'decl-editor', novalidate: true, 'data-testid': 'decl-editor' });
    this.root.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.save();
    });
    this.paint();
    return this.root;
  }

  focusFirst(): void {
    this.root.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  private paint(): void {
    const d = this.draft;
    const cancel = h('button', { type: 'button', class: 'button', 'data-testid': 'decl-editor-cancel' }, t('decl-ui-cancel'));
    cancel.addEventListener('click', () => this.deps.onCancel());
    replaceChildren(this.root,
      h('header', { class: 'page-header' }, h('h1', { class: 'page-title', tabindex: -1 }, t(d.id === 0 ? 'decl-ui-editor-new' : 'decl-ui-editor-edit'))),
      this.summary(),
      h('div', { class: 'form-section' },
        h('div', { class: 'form-grid' },
          this.text('titleZh', d.titleZh, (v) => { d.titleZh = v; }, { lang: 'zh-CN' }),
          this.text('titleEn', d.titleEn, (v) => { d.titleEn = v; }, { lang: 'en' }),
          this.text('placeZh', d.placeZh, (v) => { d.placeZh = v; }, { lang: 'zh-CN' }),
          this.text('placeEn', d.placeEn, (v) => { d.placeEn = v; }, { lang: 'en' }),
          this.text('date', d.date ?? '', (v) => { d.date = v === '' ? null : v; }, { type: 'date' }))),
      this.sections(),
      this.signers(),
      h('div', { class: 'form-actions' },
        cancel,
        h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'decl-editor-save', 'aria-busy': this.saving ? 'true' : null }, t('decl-ui-save'))),
    );
  }

  private errorFor(path: string): string | null {
    const local = this.problems.find((p) => p.field === path);
    if (local !== undefined) return t(local.problem);
    return this.serverErrors.get(path) ?? null;
  }

  private summary(): HTMLElement | false {
    const all = [
      ...this.problems.map((p) => ({ field: p.field, message: t(p.problem) })),
      ...[...this.serverErrors].filter(([field]) => !this.problems.some((p) => p.field === field)).map(([field, message]) => ({ field, message })),
    ];
    if (all.length === 0) return false;
    const items = all.map((p) => {
      const link = h('a', { href: `#${draftInputId(p.field)}` }, `${t(draftFieldLabel(p.field))}: ${p.message}`);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        document.getElementById(draftInputId(p.field))?.focus();
      });
      return h('li', {}, link);
    });
    return h('div', { class: 'error-summary', role: 'alert', tabindex: -1, 'data-testid': 'error-summary' },
      h('h2', { class: 'error-summary-title' }, icon('alert'), t('decl-ui-errors-title', { count: all.length })),
      h('ul', {}, ...items));
  }

  private text(path: string, value: string, set: (v: string) => void, opts: { lang?: string; type?: string; multiline?: boolean } = {}): HTMLElement {
    const id = draftInputId(path);
    const error = this.errorFor(path);
    const props = {
      id, class: 'input', value, lang: opts.lang ?? null, 'data-testid': `decl-field-${path}`,
      'aria-invalid': error !== null ? 'true' : null, 'aria-describedby': error !== null ? `${id}-error` : null,
    };
    // A date is entered the way the interface language writes it.
    const date = opts.type === 'date' ? dateInput({ value, testid: `decl-field-${path}`, id }) : null;
    const input = date !== null ? date.input : opts.multiline === true ? h('textarea', { ...props, rows: 3 }) : h('input', { ...props, type: opts.type ?? 'text' });
    input.addEventListener('input', () => set(input.value));
    return h('div', { class: `field${error !== null ? ' field-invalid' : ''}` },
      h('label', { for: id }, t(draftFieldLabel(path))),
      date !== null ? date.element : input,
      error !== null && h('p', { class: 'field-error', id: `${id}-error` }, error));
  }

  private smallButton(label: string, testid: string, onClick: () => void, disabled = false): HTMLButtonElement {
    const b = h('button', { type: 'button', class: 'link-button', 'data-testid': testid, disabled }, label);
    b.addEventListener('click', () => {
      onClick();
      this.paint();
    });
    return b;
  }

  private sections(): HTMLElement {
    const d = this.draft;
    const sections = d.sections.map((s, i) => {
      const paragraphs = s.paragraphs.map((p, j) => {
        const base = `sections.${i}.paragraphs.${j}`;
        const bulletId = draftInputId(`${base}.bullet`);
        const bullet = h('input', { type: 'checkbox', id: bulletId, checked: p.bullet });
        bullet.addEventListener('change', () => { p.bullet = bullet.checked; });
        return h('li', { class: 'decl-editor-paragraph' },
          h('p', { class: 'decl-editor-sub' }, t('decl-ui-paragraph', { number: j + 1 })),
          h('div', { class: 'form-grid' },
            this.text(`${base}.zh`, p.zh, (v) => { p.zh = v; }, { lang: 'zh-CN', multiline: true }),
            this.text(`${base}.en`, p.en, (v) => { p.en = v; }, { lang: 'en', multiline: true })),
          h('div', { class: 'decl-editor-row' },
            h('span', { class: 'field-check' }, bullet, h('label', { for: bulletId }, t('decl-ui-field-bullet'))),
            this.smallButton(t('decl-ui-move-up'), `decl-p-up-${i}-${j}`, () => { s.paragraphs = moveItem(s.paragraphs, j, j - 1); }, j === 0),
            this.smallButton(t('decl-ui-move-down'), `decl-p-down-${i}-${j}`, () => { s.paragraphs = moveItem(s.paragraphs, j, j + 1); }, j === s.paragraphs.length - 1),
            this.smallButton(t('decl-ui-remove'), `decl-p-remove-${i}-${j}`, () => { s.paragraphs.splice(j, 1); })));
      });
      const numberedId = draftInputId(`sections.${i}.numbered`);
      const numbered = h('input', { type: 'checkbox', id: numberedId, checked: s.numbered });
      numbered.addEventListener('change', () => { s.numbered = numbered.checked; });
      return h('li', { class: 'decl-editor-section card' },
        h('h3', { class: 'decl-editor-sub' }, t('decl-ui-section', { number: i + 1 })),
        h('div', { class: 'form-grid' },
          this.text(`sections.${i}.headingZh`, s.headingZh, (v) => { s.headingZh = v; }, { lang: 'zh-CN' }),
          this.text(`sections.${i}.headingEn`, s.headingEn, (v) => { s.headingEn = v; }, { lang: 'en' })),
        h('div', { class: 'decl-editor-row' },
          h('span', { class: 'field-check' }, numbered, h('label', { for: numberedId }, t('decl-ui-field-numbered'))),
          this.smallButton(t('decl-ui-remove'), `decl-s-remove-${i}`, () => { d.sections.splice(i, 1); })),
        h('ol', { class: 'decl-editor-paragraphs' }, ...paragraphs),
        this.smallButton(t('decl-ui-add-paragraph'), `decl-p-add-${i}`, () => { s.paragraphs.push({ zh: '', en: '', bullet: false }); }));
    });
    return h('section', { class: 'form-section', id: draftInputId('sections'), tabindex: -1 },
      h('h2', { class: 'form-section-title' }, t('decl-ui-sections-title')),
      h('ol', { class: 'decl-editor-sections' }, ...sections),
      this.smallButton(t('decl-ui-add-section'), 'decl-s-add', () => { d.sections.push(emptySection()); }));
  }

  private signers(): HTMLElement {
    const d = this.draft;
    const rows = d.signers.map((s, i) => h('li', { class: 'decl-editor-signer' },
      h('p', { class: 'decl-editor-sub' }, t('decl-ui-signer-number', { number: i + 1 })),
      h('div', { class: 'form-grid' },
        this.text(`signers.${i}.name`, s.name, (v) => { s.name = v; }),
        this.text(`signers.${i}.title`, s.title, (v) => { s.title = v; }),
        this.text(`signers.${i}.role`, s.role, (v) => { s.role = v; })),
      h('div', { class: 'decl-editor-row' },
        this.smallButton(t('decl-ui-move-up'), `decl-signer-up-${i}`, () => { d.signers = moveItem(d.signers, i, i - 1); }, i === 0),
        this.smallButton(t('decl-ui-move-down'), `decl-signer-down-${i}`, () => { d.signers = moveItem(d.signers, i, i + 1); }, i === d.signers.length - 1),
        this.smallButton(t('decl-ui-remove'), `decl-signer-remove-${i}`, () => { d.signers.splice(i, 1); }))));
    return h('section', { class: 'form-section', id: draftInputId('signers'), tabindex: -1 },
      h('h2', { class: 'form-section-title' }, t('decl-ui-signers-edit-title')),
      h('p', { class: 'form-section-intro' }, t('decl-ui-field-role-hint')),
      h('ol', { class: 'decl-editor-signers' }, ...rows),
      this.smallButton(t('decl-ui-add-signer'), 'decl-signer-add', () => { d.signers.push(emptySigner()); }));
  }

  async save(): Promise<void> {
    if (this.saving) return;
    this.problems = checkDraft(this.draft);
    this.serverErrors.clear();
    if (this.problems.length > 0) {
      this.paint();
      this.root.querySelector<HTMLElement>('[data-testid="error-summary"]')?.focus();
      return;
    }
    this.saving = true;
    this.paint();
    try {
      const saved = await this.deps.api.save(this.draft);
      this.deps.toast.show(t('decl-ui-saved'));
      this.deps.onSaved(saved);
    } catch (raw) {
      const error = toApiError(raw);
      for (const f of error.fields) this.serverErrors.set(f.field, f.message);
      if (error.fields.length === 0) this.deps.toast.show(error.message, 'error');
      this.saving = false;
      this.paint();
      this.root.querySelector<HTMLElement>('[data-testid="error-summary"]')?.focus();
    } finally {
      this.saving = false;
    }
  }
}
