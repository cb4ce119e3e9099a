// The Dialogue stage, read-only: summary cards with an Edit button, and the documents' style,
// chosen here for the whole dialogue and saved at once.

import type { Api } from '../api';
import { toApiError } from '../api';
import type { Dialogue, DocumentStyle } from '../bindings';
import { h, type Child } from '../dom';
import { economyIn } from '../economies';
import { personName } from '../format';
import { i18n, t } from '../i18n';
import { bilingualNameNode } from '../widgets/bilingual';
import { icon } from '../widgets/icons';
import type { Toaster } from '../widgets/toast';

export interface DocumentStyleDeps {
  api: Pick<Api, 'documentStyle' | 'setDocumentStyle'>;
  toast: Toaster;
}

const STYLES: DocumentStyle[] = ['modern', 'official'];

/** The documents' style as a radio group; the stored choice is read, then each change saved. */
export function renderDocumentStyleCard(deps: DocumentStyleDeps): HTMLElement {
  const radios = STYLES.map((style) => {
    const input = h('input', {
      type: 'radio', name: 'document-style', value: style, disabled: true, 'data-testid': `document-style-${style}`,
    }) as HTMLInputElement;
    input.addEventListener('change', () => {
      if (!input.checked) return;
      for (const r of radios) r.disabled = true;
      deps.api.setDocumentStyle(style)
        .then(() => deps.toast.show(t('dialogue-style-saved', { style: t(`dialogue-style-${style}`) }), 'success'))
        .catch((raw: unknown) => {
          deps.toast.show(toApiError(raw).message, 'error');
          void load();
        })
        .finally(() => { for (const r of radios) r.disabled = false; });
    });
    return input;
  });
  const options = STYLES.map((style, i) => h('label', { class: 'style-option' },
    radios[i],
    h('span', {}, h('strong', {}, t(`dialogue-style-${style}`)), h('span', { class: 'card-sub' }, t(`dialogue-style-${style}-hint`)))));
  const load = async (): Promise<void> => {
    try {
      const current = await deps.api.documentStyle();
      for (const r of radios) {
        r.checked = r.value === current;
        r.disabled = false;
      }
    } catch (raw) {
      deps.toast.show(toApiError(raw).message, 'error');
    }
  };
  void load();
  return card('card-document-style', 'dialogue-section-style',
    h('fieldset', { class: 'style-choice' }, h('legend', { class: 'visually-hidden' }, t('dialogue-section-style')), ...options),
    h('p', { class: 'card-note' }, t('dialogue-style-note')));
}

function value(content: string | HTMLElement): HTMLElement {
  const empty = typeof content === 'string' ? content.trim() === '' : content.textContent === '';
  if (empty) return h('dd', { class: 'muted' }, t('dialogue-not-set'));
  return h('dd', {}, typeof content === 'string' ? content.trim() : content);
}

function facts(rows: [label: string, content: string | HTMLElement][]): HTMLElement {
  const list = h('dl', { class: 'facts' });
  for (const [label, text] of rows) list.append(h('div', { class: 'fact' }, h('dt', {}, t(label)), value(text)));
  return list;
}

function card(testid: string, title: string, ...children: Child[]): HTMLElement {
  return h('article', { class: 'card', 'data-testid': testid }, h('h2', { class: 'card-title' }, t(title)), ...children);
}

/** The name in the UI's language, or the other one if that is missing. */
function pick(zh: string, en: string): string {
  return i18n().locale === 'zh-CN' ? zh || en : en || zh;
}

export function ruleSentence(dialogue: Dialogue): string {
  const { rule } = dialogue;
  switch (rule.kind) {
    case 'unanimity': return t('dialogue-rule-unanimity');
    case 'consensusMinus': return t('dialogue-rule-consensus-minus', { objections: rule.allowedObjections });
    case 'supermajority': return t('dialogue-rule-supermajority', { num: rule.supermajorityNum, den: rule.supermajorityDen });
    case 'simpleMajority': return t('dialogue-rule-simple-majority');
  }
}

export function renderDialogueSummary(dialogue: Dialogue, onEdit: () => void, style?: DocumentStyleDeps): HTMLElement {
  const { focalPoint: fp, highLevelRep: rep, rule } = dialogue;
  const city = bilingualNameNode(dialogue.cityZh, dialogue.cityEn);
  const partner = bilingualNameNode(dialogue.partnerCityZh, dialogue.partnerCityEn);
  const hasPartner = partner.textContent !== '';
  const fpName = bilingualNameNode(personName(fp.familyNameZh, fp.firstNameZh), personName(fp.familyNameEn, fp.firstNameEn, fp.economy));
  const repName = bilingualNameNode(rep.nameZh, rep.nameEn);

  const edit = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'edit-dialogue' }, icon('edit'), t('action-edit'));
  edit.addEventListener('click', onEdit);

  const cityCard = card('card-city', 'dialogue-section-city',
    h('p', { class: 'card-headline' }, city.textContent === '' ? t('dialogue-not-set') : city),
    hasPartner && h('p', { class: 'card-pair' }, icon('dialogue'), t('dialogue-city-pair', {
      city: pick(dialogue.cityZh, dialogue.cityEn),
      partner: pick(dialogue.partnerCityZh, dialogue.partnerCityEn),
    })),
    facts([
      ['field-economy', economyIn(dialogue.economy, i18n().locale)],
      ['dialogue-partner-city', partner],
    ]),
  );

  const ruleCard = card('card-rule', 'dialogue-section-rule',
    h('p', { class: 'card-headline card-headline-small' }, ruleSentence(dialogue)),
    h('ul', { class: 'rule-points' },
      h('li', {}, t('dialogue-rule-quorum', { percent: rule.quorumPercent })),
      h('li', {}, t('dialogue-rule-fallback', { rounds: rule.maxFailedRounds })),
      h('li', {}, t(rule.anonymous ? 'dialogue-rule-anonymous' : 'dialogue-rule-named')),
    ),
  );

  const focalPointCard = card('card-focal-point', 'dialogue-section-focal-point',
    h('p', { class: 'card-headline' }, fpName.textContent === '' ? t('dialogue-not-set') : fpName),
    pick(fp.titleZh, fp.titleEn) !== '' && h('p', { class: 'card-sub' }, pick(fp.titleZh, fp.titleEn)),
    pick(fp.administrationZh, fp.administrationEn) !== '' && h('p', { class: 'card-sub' }, pick(fp.administrationZh, fp.administrationEn)),
    facts([
      ['field-email', fp.email],
      ['field-mobile', fp.mobile],
      ['field-fax', fp.fax],
      ['field-economy', economyIn(fp.economy, i18n().locale)],
      ['field-postal-address', pick(fp.postalAddressZh, fp.postalAddressEn)],
      ['field-assistant-name', bilingualNameNode(fp.assistantNameZh, fp.assistantNameEn)],
      ['field-assistant-email', fp.assistantEmail],
    ]),
  );

  const representativeCard = card('card-high-level-rep', 'dialogue-section-high-level-rep',
    h('p', { class: 'card-headline' }, repName.textContent === '' ? t('dialogue-not-set') : repName),
    pick(rep.titleZh, rep.titleEn) !== '' && h('p', { class: 'card-sub' }, pick(rep.titleZh, rep.titleEn)),
    h('p', { class: 'card-note' }, t('dialogue-section-high-level-rep-intro')),
  );

  return h('section', { class: 'page', 'data-testid': 'dialogue-summary' },
    h('header', { class: 'page-header' },
      h('div', {},
        h('h1', { class: 'page-title', tabindex: -1 }, t('dialogue-title')),
        h('p', { class: 'page-lead' }, t('dialogue-intro')),
      ),
      edit,
    ),
    // Two columns that stack independently, so a long card leaves no gap beside it.
    h('div', { class: 'cards' },
      h('div', { class: 'cards-column' }, cityCard, focalPointCard),
      h('div', { class: 'cards-column' }, ruleCard, representativeCard, style && renderDocumentStyleCard(style)),
    ),
  );
}
