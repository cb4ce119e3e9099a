// An in-memory stand-in for the backend, used only when the UI runs in a plain
// browser (`npx vite`), to look at the screens. Not used inside Tauri.
//
// URL options: ?lang=zh-CN starts in Chinese; ?demo=1 starts with the demo dialogue.

import type { Api } from './api';
import type {
  ApiError, Dialogue, DocumentStyle, FieldMessage, ImportPreview, Inclusiveness, PreviewRow, Sector, Stakeholder, StakeholderDraft,
  StakeholderQuery,
} from './bindings';
import { createI18n, normalizeLocale, type Locale } from './i18n';
import { FIELDS, isVisible, message, toFormValues, validateClient } from './dialogue-form';
import { GROUPS, HELIX, SECTORS, usualHelix, validateDraft } from './register-model';

export function emptyDialogue(): Dialogue {
  return {
    id: 0,
    cityZh: '', cityEn: '', economy: '', partnerCityZh: '', partnerCityEn: '',
    focalPoint: {
      familyNameZh: '', firstNameZh: '', familyNameEn: '', firstNameEn: '', titleZh: '', titleEn: '',
      administrationZh: '', administrationEn: '', economy: '', postalAddressZh: '', postalAddressEn: '',
      email: '', mobile: '', fax: '', assistantNameZh: '', assistantNameEn: '', assistantEmail: '',
    },
    highLevelRep: { nameZh: '', nameEn: '', titleZh: '', titleEn: '' },
    rule: {
      quorumPercent: 50, kind: 'unanimity', allowedObjections: 1,
      supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
    },
  };
}

export function demoDialogue(): Dialogue {
  return {
    id: 1,
    cityZh: '渭南', cityEn: 'Weinan', economy: '中国 China',
    partnerCityZh: '雷焦艾米利亚', partnerCityEn: 'Reggio Emilia',
    focalPoint: {
      familyNameZh: '王', firstNameZh: '立新', familyNameEn: 'Wang', firstNameEn: 'Lixin', titleZh: '主任', titleEn: 'Director',
      administrationZh: '渭南市生态环境局', administrationEn: 'Weinan Municipal Bureau of Ecology and Environment',
      economy: '中国 China', postalAddressZh: '陕西省渭南市临渭区朝阳大街 1 号\n714000',
      postalAddressEn: '1 Chaoyang Street, Linwei District, Weinan, Shaanxi 714000',
      email: 'wang.lixin@example.cn', mobile: '+86 138 0000 0000', fax: '+86 913 000 0000',
      assistantNameZh: '李娜', assistantNameEn: 'Li Na', assistantEmail: 'li.na@example.cn',
    },
    highLevelRep: { nameZh: '张华', nameEn: 'Zhang Hua', titleZh: '副市长', titleEn: 'Vice Mayor' },
    rule: {
      quorumPercent: 50, kind: 'consensusMinus', allowedObjections: 2,
      supermajorityNum: 2, supermajorityDen: 3, maxFailedRounds: 3, anonymous: false,
    },
  };
}

export function createMockApi(params: URLSearchParams = new URLSearchParams()): Api {
  let locale: Locale = normalizeLocale(params.get('lang') ?? navigator.language);
  let stored: Dialogue | null = params.has('demo') ? demoDialogue() : null;
  // The demo has a database of its own: what was there before comes back when it is left.
  let demo = params.has('demo');
  let documentStyle: DocumentStyle = 'modern';
  let home: { dialogue: Dialogue | null; people: MockPerson[] } = { dialogue: null, people: [] };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 150));
  // ?people=N adds N made-up people, to feel the list at ten thousand rows.
  const extra = Number(params.get('people') ?? '0');
  let people: MockPerson[] = stored === null ? [] : demoPeople(extra);
  let nextId = people.length + 1;
  const fail = (code: string, id: string): never => {
    const error: ApiError = { code, message: createI18n(locale).t(id), fields: [] };
    throw error;
  };

  return {
    async appInfo() {
      return { locale, hasDialogue: stored !== null, demo, dataPath: '(in memory)', version: '0.0.0-preview' };
    },
    async setLocale(next) {
      locale = next;
      return null;
    },
    async defaultDialogue() {
      return emptyDialogue();
    },
    async getDialogue() {
      return stored === null ? null : structuredClone(stored);
    },
    async openDemo() {
      await pause();
      if (!demo) home = { dialogue: stored, people };
      demo = true;
      stored = demoDialogue();
      people = demoPeople(extra);
      nextId = people.length + 1;
      return structuredClone(stored);
    },
    async closeDemo() {
      await pause();
      demo = false;
      stored = home.dialogue;
      people = home.people;
      nextId = people.length + 1;
      return { locale, hasDialogue: stored !== null, demo, dataPath: '(in memory)', version: '0.0.0-preview' };
    },
    async documentStyle() {
      return documentStyle;
    },
    async setDocumentStyle(style) {
      await pause();
      documentStyle = style;
      return style;
    },
    async saveDialogue(dialogue) {
      await pause();
      const fields = mockValidate(dialogue, locale);
      if (fields.length > 0) {
        const error: ApiError = { code: 'validation', message: createI18n(locale).t('dialogue-save-failed'), fields };
        throw error;
      }
      stored = { ...structuredClone(dialogue), id: dialogue.id || 1 };
      return structuredClone(stored);
    },
    async listStakeholders() {
      return people.map((p) => structuredClone(p.person));
    },
    async searchStakeholders(query) {
      return mockSearch(people, query);
    },
    async stakeholderInclusiveness() {
      return mockInclusiveness(people.map((p) => p.person));
    },
    async saveStakeholder(draft) {
      const messages = createI18n(locale);
      const fields = validateDraft(draft, messages);
      if (fields.length > 0) {
        const error: ApiError = { code: 'validation', message: messages.t('error-validation', { count: fields.length }), fields };
        throw error;
      }
      const person = fromDraft(draft, draft.id === 0 ? nextId++ : draft.id);
      const index = people.findIndex((p) => p.person.id === person.id);
      if (index >= 0) people[index] = mockPerson(person);
      else people.push(mockPerson(person));
      return structuredClone(person);
    },
    async withdrawStakeholder(id) {
      const found = people.find((p) => p.person.id === id) ?? fail('not-found', 'register-error-not-found');
      found.person.status = 'withdrawn';
      return structuredClone(found.person);
    },
    async eraseStakeholder(id) {
      const found = people.find((p) => p.person.id === id) ?? fail('not-found', 'register-error-not-found');
      const erased: Stakeholder = {
        ...found.person, nameZh: '', nameEn: `P-${String(id).padStart(5, '0')}`, organisationZh: '', organisationEn: '',
        otherGroup: '', email: '', mobile: '', consentDate: null, consentNotice: '', note: '', status: 'withdrawn',
        erasedOn: '2026-11-23',
      };
      Object.assign(found, mockPerson(erased));
      return structuredClone(erased);
    },
    async previewStakeholderImport(bytes, onDuplicate) {
      return mockPreview(bytes, people, onDuplicate, locale);
    },
    async importStakeholders(bytes, onDuplicate) {
      const { preview, added } = mockParse(bytes, people, onDuplicate, locale);
      if (preview.errorCount > 0) fail('import', 'csv-import-failed');
      for (const person of added) people.push(mockPerson({ ...person, id: nextId++ }));
      return { added: added.length, updated: 0 };
    },
  };
}

// ---- the register, in memory ------------------------------------------------------------

interface MockPerson {
  person: Stakeholder;
  /** Lowercase text the search looks in: names, organisation, e-mail, pinyin and initials. */
  haystack: string;
}

/** Pinyin of the characters in the mock's names, enough to try `wang` and `wzl`. */
const PINYIN: Record<string, string> = {
  王: 'wang', 志: 'zhi', 立: 'li', 李: 'li', 建: 'jian', 国: 'guo', 张: 'zhang', 丽: 'li', 𠮷: 'ji', 祥: 'xiang',
  云: 'yun', 刘: 'liu', 洋: 'yang', 陈: 'chen', 淑: 'shu', 芬: 'fen', 韩: 'han', 磊: 'lei', 彭: 'peng', 娟: 'juan',
  谢: 'xie', 春: 'chun', 燕: 'yan', 欧: 'ou', 阳: 'yang', 明: 'ming', 孙: 'sun', 平: 'ping', 黄: 'huang', 蕾: 'lei',
};

function mockPerson(person: Stakeholder): MockPerson {
  const syllables = [...person.nameZh].map((c) => PINYIN[c]).filter((s): s is string => s !== undefined);
  const haystack = [
    person.nameZh, person.nameEn, person.organisationZh, person.organisationEn, person.email, person.mobile.replace(/\D/g, ''),
    syllables.join(''), syllables.map((s) => s[0]).join(''),
  ].join('\u0001').toLowerCase();
  return { person, haystack };
}

function fromDraft(d: StakeholderDraft, id: number): Stakeholder {
  const sector = d.sector ?? 'citizen';
  const groups = GROUPS.filter((g) => d.groups.includes(g) || (g === 'other' && d.otherGroup.trim() !== ''));
  return {
    id, nameZh: d.nameZh.trim(), nameEn: d.nameEn.trim(), organisationZh: d.organisationZh.trim(), organisationEn: d.organisationEn.trim(),
    sector, helix: d.helix ?? usualHelix(sector), role: d.role, groups, otherGroup: d.otherGroup.trim(), email: d.email.trim(),
    mobile: d.mobile.trim(), consentDate: d.consentDate, consentNotice: d.consentNotice.trim(), status: d.status, note: d.note.trim(),
    erasedOn: null,
  };
}

const DEMO_PEOPLE: [string, string, string, string, Sector, StakeholderDraft['groups']][] = [
  ['王志立', 'Wang Zhili', '渭南市人民政府', "Weinan Municipal People's Government", 'local-authority', []],
  ['李建国', 'Li Jianguo', '渭南市人民政府办公室', 'Weinan Municipal Government Office', 'local-authority', []],
  ['张丽', 'Zhang Li', '渭南市妇女联合会', "Weinan Women's Federation", 'civil-society', ['women']],
  ['𠮷祥云', 'Ji Xiangyun', '渭南市残疾人联合会', "Weinan Disabled Persons' Federation", 'civil-society', ['disabilities']],
  ['刘洋', 'Liu Yang', '秦东青年志愿者协会', 'Qindong Youth Volunteers Association', 'civil-society', ['youth']],
  ['陈淑芬', 'Chen Shufen', '华州区老年人协会', 'Huazhou District Elderly Association', 'civil-society', ['elderly']],
  ['孙建平', 'Sun Jianping', '国网渭南供电公司', 'State Grid Weinan Power Supply Company', 'public-company', []],
  ['黄蕾', 'Huang Lei', '秦东光伏科技有限公司', 'Qindong Photovoltaic Technology Co.', 'private-company', []],
  ['韩磊', 'Han Lei', '渭南师范学院', 'Weinan Normal University', 'research', []],
  ['彭丽娟', 'Peng Lijuan', '渭南职业技术学院', 'Weinan Vocational and Technical College', 'education', []],
  ['谢春燕', 'Xie Chunyan', '朝阳街道居民', 'Resident, Chaoyang Subdistrict', 'citizen', ['low-income']],
  ['阿依古丽', 'Ayguli', '渭南市外来务工人员服务中心', 'Weinan Migrant Workers Service Centre', 'civil-society', ['migrants', 'women']],
];

function demoPeople(extra: number): MockPerson[] {
  const out: MockPerson[] = DEMO_PEOPLE.map(([zh, en, orgZh, orgEn, sector, groups], i) => mockPerson({
    id: i + 1, nameZh: zh, nameEn: en, organisationZh: orgZh, organisationEn: orgEn, sector, helix: usualHelix(sector),
    role: 'voting-member', groups, otherGroup: '', email: `${en.toLowerCase().replace(/ /g, '.')}@example.cn`, mobile: '',
    consentDate: zh === '谢春燕' ? null : '2026-09-15', consentNotice: zh === '谢春燕' ? '' : 'Concord privacy notice v1',
    status: 'active', note: '', erasedOn: null,
  }));
  for (let i = 0; i < extra; i++) {
    const sector = SECTORS[i % SECTORS.length] ?? 'citizen';
    out.push(mockPerson({
      id: out.length + 1, nameZh: '', nameEn: `Person ${i + 1}`, organisationZh: '', organisationEn: `Organisation ${i % 97}`,
      sector, helix: usualHelix(sector), role: 'voting-member', groups: [], otherGroup: '', email: `person${i}@example.cn`,
      mobile: '', consentDate: '2026-09-15', consentNotice: 'v1', status: 'active', note: '', erasedOn: null,
    }));
  }
  return out;
}

function mockSearch(people: MockPerson[], q: StakeholderQuery): number[] {
  const tokens = q.text.toLowerCase().split(/\s+/).filter((s) => s !== '');
  const hits = people.filter(({ person: p, haystack }) =>
    (q.sector === null || p.sector === q.sector) && (q.helix === null || p.helix === q.helix)
    && (q.role === null || p.role === q.role) && (q.status === null || p.status === q.status)
    && (q.group === null || p.groups.includes(q.group)) && tokens.every((t) => haystack.includes(t)));
  const key = (p: Stakeholder) => (q.sort === 'organisation' ? p.organisationEn || p.organisationZh : p.nameEn || p.nameZh).toLowerCase();
  if (q.sort === 'recent') return hits.map((h) => h.person.id).sort((a, b) => b - a);
  if (q.sort === 'sector') hits.sort((a, b) => SECTORS.indexOf(a.person.sector) - SECTORS.indexOf(b.person.sector) || key(a.person).localeCompare(key(b.person)));
  else hits.sort((a, b) => key(a.person).localeCompare(key(b.person)));
  return hits.map((h) => h.person.id);
}

/** What the backend's `Inclusiveness::of` computes, for the preview. */
export function mockInclusiveness(all: Stakeholder[]): Inclusiveness {
  const current = all.filter((p) => p.status !== 'withdrawn');
  const counts = SECTORS.map((s) => HELIX.map((hx) => current.filter((p) => p.sector === s && p.helix === hx).length));
  const sectorTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const helixTotals = HELIX.map((_, i) => counts.reduce((a, row) => a + (row[i] ?? 0), 0));
  const voting = current.filter((p) => p.role === 'voting-member');
  const helixVotes = HELIX.map((helix) => {
    const n = voting.filter((p) => p.helix === helix).length;
    return { helix, voting: n, percent: voting.length === 0 ? 0 : Math.round((n * 1000) / voting.length) / 10 };
  });
  const groups = GROUPS.map((group) => ({
    group, people: current.filter((p) => p.groups.includes(group)).length, voting: voting.filter((p) => p.groups.includes(group)).length,
  }));
  return {
    total: current.length, votingMembers: voting.length, counts, sectorTotals, helixTotals,
    missingSectors: SECTORS.filter((_, i) => sectorTotals[i] === 0),
    missingHelix: HELIX.filter((_, i) => helixTotals[i] === 0),
    missingGroups: groups.filter((g) => g.people === 0 && g.group !== 'other').map((g) => g.group),
    groups, helixVotes, dominantHelix: helixVotes.find((v) => v.voting * 2 > voting.length)?.helix ?? null,
  };
}

/** A small CSV reader (comma, UTF-8, columns name/姓名, sector/领域, email/邮箱), enough for the preview. */
function mockParse(bytes: number[], people: MockPerson[], onDuplicate: string, locale: Locale): { preview: ImportPreview; added: Stakeholder[] } {
  const messages = createI18n(locale);
  const text = new TextDecoder().decode(new Uint8Array(bytes)).replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((c) => c.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((c) => names.includes(c));
  const [nameAt, sectorAt, emailAt] = [col('name', '姓名'), col('sector', '领域', '领域/部门'), col('email', 'e-mail', '邮箱')];
  const rows: PreviewRow[] = [];
  const added: Stakeholder[] = [];
  const sectorOf = (value: string) => SECTORS.find((s) => s === value || messages.t(`sector-${s}`) === value || createI18n(locale === 'en' ? 'zh-CN' : 'en').t(`sector-${s}`) === value);
  lines.slice(1).forEach((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    const [name, sectorText, email] = [cells[nameAt] ?? '', cells[sectorAt] ?? '', cells[emailAt] ?? ''];
    const sector = sectorOf(sectorText);
    const problems: string[] = [];
    const at = (column: number, reason: string) => messages.t('csv-error-at-cell', { row: i + 2, column: String.fromCharCode(65 + column), header: header[column] ?? '', reason });
    if (name === '') problems.push(at(nameAt, messages.t('register-error-name-required')));
    if (sector === undefined) problems.push(at(sectorAt, messages.t('csv-error-unknown-value', { value: sectorText, allowed: SECTORS.map((s) => messages.t(`sector-${s}`)).join(', ') })));
    const duplicate = people.find((p) => email !== '' && p.person.email === email);
    if (duplicate !== undefined && onDuplicate === 'ask') problems.push(at(emailAt, messages.t('csv-error-duplicate', { name: duplicate.person.nameZh || duplicate.person.nameEn, by: 'email' })));
    const action = problems.length > 0 ? 'invalid' : duplicate !== undefined ? 'skip' : 'add';
    rows.push({ row: i + 2, action, name, organisation: '', email, duplicateOf: duplicate?.person.nameZh ?? null, problems });
    if (action === 'add' && sector !== undefined) {
      added.push(fromDraft({ id: 0, nameZh: /[\u4e00-\u9fff]/.test(name) ? name : '', nameEn: /[\u4e00-\u9fff]/.test(name) ? '' : name,
        organisationZh: '', organisationEn: '', sector, helix: null, role: 'voting-member', groups: [], otherGroup: '', email,
        mobile: '', consentDate: null, consentNotice: '', status: 'active', note: '' }, 0));
    }
  });
  const errorCount = rows.reduce((n, r) => n + r.problems.length, 0);
  const fileErrors = nameAt < 0 ? [messages.t('csv-error-no-name-column')] : sectorAt < 0 ? [messages.t('csv-error-no-sector-column')] : [];
  return {
    preview: {
      encoding: 'UTF-8', totalRows: rows.length, add: added.length, update: 0, skip: rows.filter((r) => r.action === 'skip').length,
      duplicates: rows.filter((r) => r.duplicateOf !== null).length, errorCount: errorCount + fileErrors.length, fileErrors,
      ignoredColumns: [], rows: fileErrors.length > 0 ? [] : rows,
    },
    added: fileErrors.length > 0 ? [] : added,
  };
}

function mockPreview(bytes: number[], people: MockPerson[], onDuplicate: string, locale: Locale): ImportPreview {
  return mockParse(bytes, people, onDuplicate, locale).preview;
}

/** Roughly what the backend checks, so the error display can be seen without it. */
function mockValidate(dialogue: Dialogue, locale: Locale): FieldMessage[] {
  const messages = createI18n(locale);
  const values = toFormValues(dialogue);
  const fields = validateClient(values, messages);
  const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
  const add = (field: string, id: string) => fields.push({ field, message: messages.t(id) });
  const addEmail = (field: string) => fields.push({ field, message: message(messages, 'error-field-email', 'field-error-email') });
  const { focalPoint: fp, rule } = dialogue;
  if (fp.email !== '' && !email.test(fp.email)) addEmail('focalPoint.email');
  if (fp.assistantEmail !== '' && !email.test(fp.assistantEmail)) addEmail('focalPoint.assistantEmail');
  if (rule.quorumPercent < 1 || rule.quorumPercent > 100) add('rule.quorumPercent', 'field-error-quorum');
  if (rule.maxFailedRounds < 1) add('rule.maxFailedRounds', 'field-error-min-one');
  const supermajority = FIELDS.find((f) => f.path === 'rule.supermajority');
  if (supermajority && isVisible(supermajority, values)) {
    const { supermajorityNum: num, supermajorityDen: den } = rule;
    if (!(den > 0 && num * 2 > den && num <= den)) add('rule.supermajority', 'field-error-fraction');
  }
  return fields;
}
