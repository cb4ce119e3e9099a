// The Vision stage's bars: the versions with their states; how the version shown was adopted or
// why it no longer changes; a new draft; for a draft, the neutrality year, Save draft, Save as
// version N and adoption by a decided question that adopted (after a confirmation); the
// declaration's export in a language, signed digitally on request.

import type { DigitalSigner, ExportLanguage, VisionStage } from '../bindings';
import { h } from '../dom';
import { t } from '../i18n';
import { EXPORT_LANGUAGES, label } from '../meetings-model';
import { icon } from '../widgets/icons';

export interface ToolbarHost {
  isDraft: boolean;
  dirty: boolean;
  latest: number;
  neutralityYear: number | null;
  exportLanguage: ExportLanguage;
  /** `null`: not signed digitally. */
  signer: DigitalSigner | null;
  status: HTMLElement;
  show(number: number): void;
  setYear(year: number | null): void;
  setExportLanguage(language: ExportLanguage): void;
  setSigner(signer: DigitalSigner | null): void;
  startDraft(): void;
  saveDraft(): void;
  saveAsVersion(): void;
  adopt(question: number, label: string): void;
  exportDeclaration(): void;
}

export function renderVersions(stage: VisionStage, host: ToolbarHost): HTMLElement {
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
      button.addEventListener('click', () => host.show(v.number));
      return button;
    }));
}

export function renderToolbar(stage: VisionStage, host: ToolbarHost): HTMLElement {
  const version = stage.version;
  const parts: (HTMLElement | false)[] = [];
  if (version?.adopted != null) parts.push(h('p', { class: 'vision-adopted', 'data-testid': 'vision-adopted' }, version.adopted));
  if (version != null && !host.isDraft) {
    parts.push(h('p', { class: 'vision-frozen', 'data-testid': 'vision-frozen' }, t('vision-ui-frozen', { state: version.state })));
  }
  const newDraft = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-new-draft', title: t('vision-ui-new-draft-note') },
    t('vision-ui-new-draft', { number: host.latest }));
  newDraft.addEventListener('click', () => host.startDraft());
  const tools: HTMLElement[] = [newDraft];
  if (host.isDraft) {
    const year = h('input', {
      type: 'number', class: 'input vision-year', id: 'vision-neutrality-year', 'data-testid': 'vision-neutrality-year',
      min: 2030, max: 2100, value: host.neutralityYear === null ? '' : String(host.neutralityYear),
    });
    year.addEventListener('input', () => {
      const value = Number.parseInt(year.value, 10);
      host.setYear(Number.isNaN(value) ? null : value);
    });
    const save = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'vision-save-draft' }, t('vision-ui-save-draft'));
    save.addEventListener('click', () => host.saveDraft());
    const saveAs = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-save-as' }, t('vision-ui-save-as', { number: host.latest + 1 }));
    saveAs.addEventListener('click', () => host.saveAsVersion());
    tools.push(h('label', { class: 'vision-tool-label', for: 'vision-neutrality-year' }, t('vision-ui-neutrality-year')), year, save, saveAs);
  }
  return h('div', { class: 'vision-bar' }, ...parts,
    h('div', { class: 'vision-toolbar' }, ...tools, host.status),
    host.isDraft && version != null && renderAdopt(stage, version.number, host),
    renderExport(host));
}

function renderAdopt(stage: VisionStage, number: number, host: ToolbarHost): HTMLElement {
  const questions = stage.adoptingQuestions;
  if (questions.length === 0) {
    return h('p', { class: 'vision-note', 'data-testid': 'vision-adopt-none' }, t('vision-ui-adopt-none'));
  }
  const select = h('select', { class: 'input vision-question', id: 'vision-adopt-question', 'data-testid': 'vision-adopt-question' },
    ...questions.map((q) => h('option', { value: q.id }, q.label)));
  const adopt = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-adopt', disabled: host.dirty, 'aria-describedby': 'vision-adopt-unsaved' },
    t('vision-ui-adopt', { number }));
  adopt.addEventListener('click', () => {
    const chosen = questions.find((q) => String(q.id) === select.value);
    if (chosen !== undefined) host.adopt(chosen.id, chosen.label);
  });
  return h('div', { class: 'vision-toolbar vision-adopt-row' },
    h('label', { class: 'vision-tool-label', for: 'vision-adopt-question' }, t('vision-ui-adopt-by')), select, adopt,
    h('span', { class: 'vision-note', id: 'vision-adopt-unsaved', 'data-testid': 'vision-adopt-unsaved', hidden: !host.dirty }, t('vision-ui-adopt-unsaved')));
}

function renderExport(host: ToolbarHost): HTMLElement {
  const language = h('select', { class: 'input', id: 'vision-export-language', 'data-testid': 'vision-export-language', 'aria-label': t('meetings-export-language') },
    ...EXPORT_LANGUAGES.map((l) => h('option', { value: l, selected: l === host.exportLanguage }, t(label.language(l)))));
  language.addEventListener('change', () => host.setExportLanguage(language.value as ExportLanguage));
  const sign = h('input', { type: 'checkbox', id: 'vision-sign', 'data-testid': 'vision-sign', checked: host.signer !== null });
  const signer = h('select', { class: 'input', id: 'vision-signer', 'data-testid': 'vision-signer', 'aria-label': t('decl-ui-digital-signer'), disabled: host.signer === null },
    h('option', { value: 'focal-point', selected: host.signer !== 'representative' }, t('decl-ui-digital-focal-point')),
    h('option', { value: 'representative', selected: host.signer === 'representative' }, t('decl-ui-digital-representative')));
  const chosen = (): DigitalSigner => (signer.value === 'representative' ? 'representative' : 'focal-point');
  sign.addEventListener('change', () => {
    signer.disabled = !sign.checked;
    host.setSigner(sign.checked ? chosen() : null);
  });
  signer.addEventListener('change', () => host.setSigner(sign.checked ? chosen() : null));
  const exportButton = h('button', { type: 'button', class: 'button', 'data-testid': 'vision-export' }, icon('documents'), t('vision-ui-export'));
  exportButton.addEventListener('click', () => host.exportDeclaration());
  return h('div', { class: 'vision-toolbar vision-export-row' },
    h('label', { class: 'vision-tool-label', for: 'vision-export-language' }, t('vision-ui-export-language')), language,
    h('label', { class: 'vision-check-label', for: 'vision-sign' }, sign, ' ', t('decl-ui-sign-digitally')), signer,
    exportButton);
}
