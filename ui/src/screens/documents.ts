// The Documents stage: the declarations of the dialogue, and for one of them the membership
// form check (each problem a button into the dialogue form), the signers in their order with
// the signing pad for whoever signs next, a preview in English, Chinese or both, the PDF
// export (optionally signed digitally) and the city's certificate for partners.

import '../styles/declarations.css';
import { toApiError } from '../api';
import { connectDeclarations, type DeclarationsApi } from '../api-declarations';
import type { CityCertificate, DeclarationPreview, DeclarationView, DigitalSigner, ExportLanguage } from '../bindings';
import {
  declarationTitle, defaultExportLanguage, dialogueFieldId, EXPORT_LANGUAGES, exportLanguageLabel, nextSigner, roleLabelId, signerRows,
} from '../declarations-model';
import { h, replaceChildren } from '../dom';
import { i18n, t } from '../i18n';
import { icon } from '../widgets/icons';
import { createSigningPad } from '../widgets/signing-pad';
import type { Toaster } from '../widgets/toast';
import { DeclarationEditor } from './declaration-editor';
import { renderPreview, signatureSvg } from './declaration-preview';
import { showExported } from '../api-files';

export interface DocumentsDeps {
  toast: Toaster;
  /** Opens the dialogue form (the route `#/dialogue/edit`). */
  editDialogue(): void;
  api?: DeclarationsApi;
}

type Mode = { kind: 'list' } | { kind: 'detail'; id: number } | { kind: 'editor'; editor: DeclarationEditor };

export class DocumentsScreen {
  private readonly api: DeclarationsApi;
  private mode: Mode = { kind: 'list' };
  private list: DeclarationView[] | null = null;
  private current: DeclarationView | null = null;
  private previewLanguage: ExportLanguage | null = null;
  private preview: DeclarationPreview | null = null;
  private exportLanguage: ExportLanguage = 'bilingual';
  private signDigitally = false;
  private digitalSigner: DigitalSigner = 'focal-point';
  private certificate: CityCertificate | null = null;
  private root: HTMLElement = h('section');

  constructor(private readonly deps: DocumentsDeps) {
    this.api = deps.api ?? connectDeclarations();
  }

  render(): HTMLElement {
    this.root = h('section', { class: 'documents', 'data-testid': 'stage-documents' });
    this.paint();
    if (this.mode.kind === 'list' && this.list === null) void this.loadList();
    if (this.mode.kind === 'detail' && (this.current === null || this.current.declaration.id !== this.mode.id)) void this.open(this.mode.id);
    return this.root;
  }

  // ---- loading ---------------------------------------------------------------------------

  private async loadList(): Promise<void> {
    try {
      this.list = await this.api.list();
      this.paint();
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  async open(id: number): Promise<void> {
    this.mode = { kind: 'detail', id };
    try {
      this.current = await this.api.get(id);
      this.preview = null;
      this.paint();
      this.focusHeading();
      await Promise.all([this.loadPreview(), this.loadCertificate()]);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async loadPreview(): Promise<void> {
    if (this.current === null) return;
    const language = this.previewLanguage ?? defaultExportLanguage(i18n().locale);
    try {
      this.preview = await this.api.preview(this.current.declaration.id, language);
      const slot = this.root.querySelector('[data-slot="preview"]');
      if (slot !== null) replaceChildren(slot, renderPreview(this.preview));
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async loadCertificate(): Promise<void> {
    if (this.certificate !== null) return;
    try {
      this.certificate = await this.api.certificate();
      const slot = this.root.querySelector('[data-testid="cert-fingerprint"]');
      if (slot !== null) slot.textContent = this.certificate.fingerprint;
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  /** After a write: the declaration as it now is, the list to be reread, the preview redrawn. */
  private async updated(view: DeclarationView): Promise<void> {
    this.current = view;
    this.list = null;
    this.paint();
    await this.loadPreview();
  }

  // ---- painting --------------------------------------------------------------------------

  private paint(): void {
    const mode = this.mode;
    if (mode.kind === 'editor') replaceChildren(this.root, mode.editor.render());
    else if (mode.kind === 'detail' && this.current !== null) replaceChildren(this.root, this.renderDetail(this.current));
    else if (mode.kind === 'detail') replaceChildren(this.root, h('p', { class: 'loading' }, t('app-loading')));
    else replaceChildren(this.root, this.renderList());
  }

  private title(view: DeclarationView): string {
    return declarationTitle(view.declaration, i18n().locale, t);
  }

  private renderList(): HTMLElement {
    const list = this.list;
    const hasMembership = list?.some((v) => v.declaration.kind === 'membership') ?? true;
    const create = h('button', { type: 'button', class: 'button', 'data-testid': 'decl-create-membership' }, icon('plus'), t('decl-ui-create-membership'));
    create.addEventListener('click', () => void this.createMembership());
    const fromTemplate = h('button', { type: 'button', class: 'button', 'data-testid': 'decl-new-template' }, icon('plus'), t('decl-ui-template-circular-economy'));
    fromTemplate.addEventListener('click', () => void this.newFromTemplate());

    const items = (list ?? []).map((view) => {
      const signed = view.signatures.length;
      const next = nextSigner(view);
      const open = h('button', {
        type: 'button', class: 'button button-primary', 'data-testid': `decl-open-${view.declaration.kind}`,
      }, t('decl-ui-open'), icon('arrow'));
      open.addEventListener('click', () => void this.open(view.declaration.id));
      return h('li', { class: 'card decl-card', 'data-testid': `decl-card-${view.declaration.id}` },
        h('p', { class: 'card-title' }, t(view.declaration.kind === 'membership' ? 'decl-ui-kind-membership' : 'decl-ui-kind-custom')),
        h('h2', { class: 'decl-card-title' }, this.title(view)),
        h('p', { class: 'decl-card-meta' }, t('decl-ui-signed-count', { signed, total: view.declaration.signers.length }),
          next !== null && ` · ${t('decl-ui-now-signing', { name: next.name })}`),
        view.formProblems.length > 0 && h('p', { class: 'decl-card-warning' }, icon('alert'), t('decl-ui-form-problems', { count: view.formProblems.length })),
        h('div', { class: 'decl-card-actions' }, open),
      );
    });

    return h('div', { class: 'documents-list' },
      h('header', { class: 'page-header' },
        h('div', {}, h('h1', { class: 'page-title', tabindex: -1 }, t('decl-ui-title')), h('p', { class: 'page-lead' }, t('decl-ui-lead')))),
      list === null ? h('p', { class: 'loading' }, t('app-loading'))
        : items.length === 0 ? h('p', { class: 'muted' }, t('decl-ui-empty'))
          : h('ul', { class: 'decl-cards', 'aria-label': t('decl-ui-list-title') }, ...items),
      h('div', { class: 'decl-new' },
        !hasMembership && create,
        h('p', { class: 'decl-new-label' }, t('decl-ui-new-from-template')),
        fromTemplate),
    );
  }

  private renderDetail(view: DeclarationView): HTMLElement {
    const back = h('button', { type: 'button', class: 'button decl-back', 'data-testid': 'decl-back' }, t('decl-ui-back'));
    back.addEventListener('click', () => {
      this.mode = { kind: 'list' };
      this.current = null;
      this.list = null;
      this.paint();
      void this.loadList().then(() => this.focusHeading());
    });
    const d = view.declaration;
    const place = i18n().locale === 'zh-CN' ? d.placeZh || d.placeEn : d.placeEn || d.placeZh;
    const date = d.date === null ? t('decl-ui-no-date') : i18n().formatDate(new Date(`${d.date}T12:00:00`));
    let edit: HTMLElement | false = false;
    if (d.kind === 'custom') {
      const button = h('button', {
        type: 'button', class: 'button', 'data-testid': 'decl-edit', disabled: view.signatures.length > 0,
        title: view.signatures.length > 0 ? t('decl-ui-edit-signed') : null,
      }, icon('edit'), t('decl-ui-edit'));
      button.addEventListener('click', () => this.openEditor(view));
      edit = button;
    }
    return h('div', { class: 'documents-detail' },
      h('div', { class: 'decl-toolbar' }, back, edit),
      h('header', { class: 'page-header' },
        h('div', {},
          h('p', { class: 'card-title' }, t(d.kind === 'membership' ? 'decl-ui-kind-membership' : 'decl-ui-kind-custom')),
          h('h1', { class: 'page-title', tabindex: -1, 'data-testid': 'decl-title' }, this.title(view)),
          h('p', { class: 'page-lead' }, t('decl-ui-date-place', { place, date })))),
      d.kind === 'membership' && this.renderForm(view),
      h('div', { class: 'decl-grid' },
        this.renderSigners(view),
        h('div', { class: 'decl-side' }, this.renderExport(view), this.renderCertificate())),
      this.renderPreviewSection(),
    );
  }

  private renderForm(view: DeclarationView): HTMLElement {
    if (view.formProblems.length === 0) {
      return h('section', { class: 'card decl-form-ok', 'data-testid': 'decl-form-ok' },
        h('h2', { class: 'card-title' }, t('decl-ui-form-title')),
        h('p', {}, icon('check'), ' ', t('decl-ui-form-ok')));
    }
    const items = view.formProblems.map((p) => {
      const fix = h('button', { type: 'button', class: 'button decl-fix', 'data-testid': `fix-${p.field}` }, icon('edit'), t('decl-ui-fix'));
      fix.addEventListener('click', () => this.fixField(p.field));
      // Said from the ids, so the list follows a language switch without asking the backend again.
      const label = p.labelId !== '' && i18n().has(p.labelId) ? t(p.labelId) : p.label;
      const message = i18n().has(p.problem) ? t(p.problem) : p.message;
      return h('li', { class: 'decl-problem' }, h('span', {}, t('decl-ui-problem', { label, message })), fix);
    });
    return h('section', { class: 'error-summary decl-form-problems', role: 'alert', 'data-testid': 'decl-form-problems' },
      h('h2', { class: 'error-summary-title' }, icon('alert'), t('decl-ui-form-problems', { count: view.formProblems.length })),
      h('ul', {}, ...items));
  }

  private fixField(field: string): void {
    this.deps.editDialogue();
    // The form renders synchronously; its field ids follow the path.
    setTimeout(() => document.getElementById(dialogueFieldId(field))?.focus(), 0);
  }

  private roleCaption(role: string): string {
    const id = roleLabelId(role);
    return id === null ? role : t(id);
  }

  private renderSigners(view: DeclarationView): HTMLElement {
    const rows = signerRows(view).map((row, index) => {
      let status: HTMLElement;
      if (row.state === 'signed' && row.signature !== null) {
        const time = i18n().formatDate(new Date(row.signature.signedAt));
        const remove = h('button', { type: 'button', class: 'link-button', 'data-testid': `decl-unsign-${row.signer.role}` }, t('decl-ui-clear-signature'));
        remove.addEventListener('click', () => void this.clearSignature(row.signer.role, row.signer.name));
        status = h('div', { class: 'decl-signer-status' },
          h('span', { class: 'chip chip-signed', 'data-testid': `decl-signed-${row.signer.role}` }, icon('check'), t('decl-ui-signer-signed', { time })),
          signatureSvg(row.signature.signature.strokes, t('decl-ui-signature-of', { name: row.signer.name })),
          remove);
      } else if (row.state === 'next') {
        status = h('span', { class: 'chip chip-next', 'data-testid': `decl-next-${row.signer.role}` }, t('decl-ui-signer-next'));
      } else {
        status = h('span', { class: 'chip' }, t('decl-ui-signer-waiting', { name: row.waitingFor ?? '' }));
      }
      return h('li', { class: `decl-signer decl-signer-${row.state}`, 'data-testid': `decl-signer-${row.signer.role}` },
        h('span', { class: 'decl-signer-num', 'aria-hidden': 'true' }, index + 1),
        h('div', { class: 'decl-signer-who' },
          h('p', { class: 'decl-signer-name' }, row.signer.name),
          h('p', { class: 'decl-signer-role' }, this.roleCaption(row.signer.role), row.signer.title !== '' && ` · ${row.signer.title}`)),
        status);
    });
    const next = nextSigner(view);
    let pad: HTMLElement;
    if (next === null) {
      pad = h('p', { class: 'decl-all-signed', 'data-testid': 'decl-all-signed' }, icon('check'), ' ', t('decl-ui-all-signed'));
    } else {
      const signing = createSigningPad({
        signerName: next.name,
        onSign: async (strokes) => {
          try {
            const updated = await this.api.sign(view.declaration.id, next.role, { strokes });
            this.deps.toast.show(t('decl-ui-signed-toast', { name: next.name }));
            await this.updated(updated);
            this.root.querySelector<HTMLElement>(`[data-testid="decl-signer-${next.role}"]`)?.setAttribute('tabindex', '-1');
            this.root.querySelector<HTMLElement>(`[data-testid="decl-signer-${next.role}"]`)?.focus();
          } catch (raw) {
            this.deps.toast.show(toApiError(raw).message, 'error');
          }
        },
      });
      pad = h('div', { class: 'decl-pad' },
        h('h3', { class: 'decl-pad-title', 'data-testid': 'decl-now-signing' }, t('decl-ui-now-signing', { name: next.name })),
        h('p', { class: 'decl-pad-role' }, this.roleCaption(next.role)),
        signing.element);
    }
    return h('section', { class: 'card decl-signers', 'aria-labelledby': 'decl-signers-title' },
      h('h2', { class: 'card-title', id: 'decl-signers-title' }, t('decl-ui-signers-title')),
      h('ol', { class: 'decl-signer-list' }, ...rows),
      pad);
  }

  private renderPreviewSection(): HTMLElement {
    const current = this.previewLanguage ?? defaultExportLanguage(i18n().locale);
    const tabs = EXPORT_LANGUAGES.map((language) => {
      const tab = h('button', {
        type: 'button', class: 'decl-tab', 'aria-pressed': language === current ? 'true' : 'false',
        'data-testid': `preview-lang-${language}`, lang: language === 'zh-CN' ? 'zh-CN' : null,
      }, t(exportLanguageLabel(language)));
      tab.addEventListener('click', () => {
        this.previewLanguage = language;
        for (const other of this.root.querySelectorAll('.decl-tab')) other.setAttribute('aria-pressed', other === tab ? 'true' : 'false');
        void this.loadPreview();
      });
      return tab;
    });
    return h('section', { class: 'card decl-preview', 'aria-labelledby': 'decl-preview-title' },
      h('div', { class: 'decl-preview-head' },
        h('h2', { class: 'card-title', id: 'decl-preview-title' }, t('decl-ui-preview-title')),
        h('div', { class: 'decl-tabs', role: 'group', 'aria-label': t('decl-ui-export-language') }, ...tabs)),
      h('p', { class: 'field-hint' }, t('decl-ui-preview-note')),
      h('div', { class: 'decl-preview-scroll', 'data-slot': 'preview' },
        this.preview === null ? h('p', { class: 'loading' }, t('app-loading')) : renderPreview(this.preview)),
    );
  }

  private renderExport(view: DeclarationView): HTMLElement {
    const choices = EXPORT_LANGUAGES.map((language) => {
      const id = `decl-export-${language}`;
      const input = h('input', { type: 'radio', name: 'decl-export-language', id, value: language, checked: language === this.exportLanguage, 'data-testid': `export-lang-${language}` });
      input.addEventListener('change', () => { if (input.checked) this.exportLanguage = language; });
      return h('div', { class: 'decl-radio' }, input, h('label', { for: id }, t(exportLanguageLabel(language))));
    });
    const sign = h('input', { type: 'checkbox', id: 'decl-sign-digitally', checked: this.signDigitally, 'data-testid': 'export-sign' });
    const signer = h('select', { class: 'input', id: 'decl-digital-signer', 'data-testid': 'export-signer', disabled: !this.signDigitally },
      h('option', { value: 'focal-point' }, t('decl-ui-digital-focal-point')),
      h('option', { value: 'representative' }, t('decl-ui-digital-representative')));
    signer.value = this.digitalSigner;
    sign.addEventListener('change', () => {
      this.signDigitally = sign.checked;
      signer.disabled = !sign.checked;
    });
    signer.addEventListener('change', () => { this.digitalSigner = signer.value === 'representative' ? 'representative' : 'focal-point'; });
    const blocked = view.formProblems.length > 0;
    const button = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'export-declaration', disabled: blocked }, t('decl-ui-export'));
    button.addEventListener('click', () => void this.exportPdf(button));
    return h('section', { class: 'card decl-export', 'aria-labelledby': 'decl-export-title' },
      h('h2', { class: 'card-title', id: 'decl-export-title' }, t('decl-ui-export-title')),
      h('fieldset', { class: 'decl-fieldset' }, h('legend', {}, t('decl-ui-export-language')), ...choices),
      h('div', { class: 'field-check' }, sign,
        h('div', {}, h('label', { for: 'decl-sign-digitally' }, t('decl-ui-sign-digitally')), h('p', { class: 'field-hint' }, t('decl-ui-sign-digitally-hint')))),
      h('div', { class: 'field' }, h('label', { for: 'decl-digital-signer' }, t('decl-ui-digital-signer')), signer),
      blocked && h('p', { class: 'field-error' }, t('decl-ui-form-problems', { count: view.formProblems.length })),
      h('div', { class: 'decl-actions' }, button));
  }

  private renderCertificate(): HTMLElement {
    const button = h('button', { type: 'button', class: 'button', 'data-testid': 'export-certificate' }, t('decl-ui-cert-export'));
    button.addEventListener('click', () => void this.exportCertificate(button));
    return h('section', { class: 'card decl-cert', 'aria-labelledby': 'decl-cert-title' },
      h('h2', { class: 'card-title', id: 'decl-cert-title' }, t('decl-ui-cert-title')),
      h('p', { class: 'decl-cert-body' }, t('decl-ui-cert-body')),
      h('p', { class: 'decl-cert-label' }, t('decl-ui-cert-fingerprint')),
      h('code', { class: 'decl-fingerprint', 'data-testid': 'cert-fingerprint' }, this.certificate?.fingerprint ?? t('decl-ui-cert-loading')),
      h('div', { class: 'decl-actions' }, button));
  }

  // ---- actions ---------------------------------------------------------------------------

  private async createMembership(): Promise<void> {
    try {
      const view = await this.api.createMembership();
      this.list = null;
      await this.open(view.declaration.id);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async newFromTemplate(): Promise<void> {
    try {
      const draft = await this.api.fromTemplate('circular-economy');
      this.openEditor({ declaration: draft, signatures: [], nextSigner: null, formProblems: [] });
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private openEditor(view: DeclarationView): void {
    const back = this.mode.kind === 'detail' ? this.mode.id : null;
    const editor = new DeclarationEditor(view.declaration, {
      api: this.api,
      toast: this.deps.toast,
      onSaved: (saved) => {
        this.list = null;
        this.current = saved;
        this.preview = null;
        this.mode = { kind: 'detail', id: saved.declaration.id };
        this.paint();
        this.focusHeading();
        void this.loadPreview();
        void this.loadCertificate();
      },
      onCancel: () => {
        this.mode = back === null ? { kind: 'list' } : { kind: 'detail', id: back };
        this.paint();
        if (back === null) void this.loadList();
        this.focusHeading();
      },
    });
    this.mode = { kind: 'editor', editor };
    this.paint();
    editor.focusFirst();
  }

  private async clearSignature(role: string, name: string): Promise<void> {
    if (this.current === null) return;
    try {
      const view = await this.api.clearSignature(this.current.declaration.id, role);
      this.deps.toast.show(t('decl-ui-cleared-toast', { name }));
      await this.updated(view);
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    }
  }

  private async exportPdf(button: HTMLButtonElement): Promise<void> {
    if (this.current === null) return;
    button.setAttribute('aria-busy', 'true');
    button.disabled = true;
    try {
      const signer = this.signDigitally ? this.digitalSigner : null;
      const result = await this.api.exportPdf(this.current.declaration.id, this.exportLanguage, signer);
      if (result !== null) {
        showExported(this.deps.toast, t(signer === null ? 'decl-ui-exported' : 'decl-ui-exported-signed', { path: result.path, pages: result.pages }), result.path);
      }
    } catch (raw) {
      const error = toApiError(raw);
      this.deps.toast.show(error.fields.length > 0 ? `${error.message} ${error.fields.map((f) => f.message).join('; ')}` : error.message, 'error');
    } finally {
      button.removeAttribute('aria-busy');
      button.disabled = false;
    }
  }

  private async exportCertificate(button: HTMLButtonElement): Promise<void> {
    button.setAttribute('aria-busy', 'true');
    try {
      const result = await this.api.exportCertificate();
      if (result !== null) {
        showExported(this.deps.toast, t('decl-ui-cert-exported', { path: result.path }), result.path);
        const slot = this.root.querySelector('[data-testid="cert-fingerprint"]');
        if (slot !== null) slot.textContent = result.fingerprint;
      }
    } catch (raw) {
      this.deps.toast.show(toApiError(raw).message, 'error');
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  private focusHeading(): void {
    this.root.querySelector<HTMLElement>('h1')?.focus();
  }
}
