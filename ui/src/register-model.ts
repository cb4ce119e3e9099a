// The stakeholder register as data: the choices of each list, the form's draft, client-side
// checks that mirror the backend's, and names in the reader's language. Pure: no DOM.

import type {
  DisadvantagedGroup, FieldMessage, HelixGroup, Role, Sector, Stakeholder, StakeholderDraft, StakeholderQuery,
  StakeholderSort, Status,
} from './bindings';
import type { Messages } from './dialogue-form';
import type { Locale } from './i18n';

export const SECTORS: readonly Sector[] = [
  'local-authority', 'civil-society', 'public-company', 'private-company', 'investor', 'research', 'education', 'citizen',
];
export const HELIX: readonly HelixGroup[] = ['government', 'industry', 'academia', 'civil-society'];
export const ROLES: readonly Role[] = ['voting-member', 'observer', 'expert'];
export const GROUPS: readonly DisadvantagedGroup[] = [
  'women', 'youth', 'elderly', 'disabilities', 'migrants', 'low-income', 'ethnic-minorities', 'other',
];
export const STATUSES: readonly Status[] = ['active', 'invited', 'withdrawn'];
export const SORTS: readonly StakeholderSort[] = ['name', 'organisation', 'sector', 'recent'];

/** The Fluent id of each choice's name. */
export const label = {
  sector: (s: Sector) => `sector-${s}`,
  helix: (h: HelixGroup) => `helix-${h}`,
  role: (r: Role) => `role-${r}`,
  group: (g: DisadvantagedGroup) => `group-${g}`,
  status: (s: Status) => `register-status-${s}`,
  sort: (s: StakeholderSort) => `register-sort-${s}`,
};

/** The triple-helix group a sector usually belongs to (the backend's `usual_helix`). */
export function usualHelix(sector: Sector): HelixGroup {
  switch (sector) {
    case 'local-authority': return 'government';
    case 'public-company': case 'private-company': case 'investor': return 'industry';
    case 'research': case 'education': return 'academia';
    default: return 'civil-society';
  }
}

export function emptyQuery(): StakeholderQuery {
  return { text: '', sector: null, helix: null, group: null, role: null, status: null, sort: 'name' };
}

export function hasFilters(query: StakeholderQuery): boolean {
  return query.sector !== null || query.helix !== null || query.group !== null || query.role !== null || query.status !== null;
}

export function emptyDraft(): StakeholderDraft {
  return {
    id: 0, nameZh: '', nameEn: '', organisationZh: '', organisationEn: '', sector: null, helix: null,
    role: 'voting-member', groups: [], otherGroup: '', email: '', mobile: '', consentDate: null, consentNotice: '',
    status: 'active', note: '',
  };
}

export function toDraft(p: Stakeholder): StakeholderDraft {
  return {
    id: p.id, nameZh: p.nameZh, nameEn: p.nameEn, organisationZh: p.organisationZh, organisationEn: p.organisationEn,
    sector: p.sector, helix: p.helix, role: p.role, groups: [...p.groups], otherGroup: p.otherGroup, email: p.email,
    mobile: p.mobile, consentDate: p.consentDate, consentNotice: p.consentNotice, status: p.status, note: p.note,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+(\.[^\s@.]+)*$/;
const PHONE = /^\+?[0-9 ()./-]*$/;

/** What the form checks before it asks the backend, worded like the backend's messages. */
export function validateDraft(d: StakeholderDraft, messages: Messages): FieldMessage[] {
  const out: FieldMessage[] = [];
  const add = (field: string, id: string) => out.push({ field, message: messages.t(id) });
  if (d.nameZh.trim() === '' && d.nameEn.trim() === '') add('nameZh', 'register-error-name-required');
  if (d.sector === null) add('sector', 'error-field-required');
  if ((d.groups.includes('other') || false) && d.otherGroup.trim() === '') add('otherGroup', 'register-error-other-group');
  const email = d.email.trim();
  if (email !== '' && !EMAIL.test(email)) add('email', 'error-field-email');
  const mobile = d.mobile.trim();
  if (mobile !== '' && (!PHONE.test(mobile) || (mobile.match(/[0-9]/g) ?? []).length < 6)) add('mobile', 'error-field-phone');
  const notice = d.consentNotice.trim();
  if (d.consentDate !== null && notice === '') add('consentNotice', 'register-error-consent-notice');
  if (d.consentDate === null && notice !== '') add('consentDate', 'error-field-required');
  return out;
}

/** The person's name for the reader: Chinese first in Chinese, English first in English. */
export function primaryName(p: Pick<Stakeholder, 'nameZh' | 'nameEn'>, locale: Locale): string {
  const [first, second] = locale === 'zh-CN' ? [p.nameZh, p.nameEn] : [p.nameEn, p.nameZh];
  return first.trim() !== '' ? first : second;
}

/** The other name, when there is one and it differs. */
export function secondaryName(p: Pick<Stakeholder, 'nameZh' | 'nameEn'>, locale: Locale): string {
  const primary = primaryName(p, locale);
  const other = primary === p.nameZh ? p.nameEn : p.nameZh;
  return other.trim() !== '' && other !== primary ? other : '';
}

export function organisation(p: Pick<Stakeholder, 'organisationZh' | 'organisationEn'>, locale: Locale): string {
  const [first, second] = locale === 'zh-CN' ? [p.organisationZh, p.organisationEn] : [p.organisationEn, p.organisationZh];
  return first.trim() !== '' ? first : second;
}

export function pseudonym(id: number): string {
  return `P-${String(id).padStart(5, '0')}`;
}
