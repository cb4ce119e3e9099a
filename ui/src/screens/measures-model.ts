// What the Measures stage computes without the DOM: the text a search looks in (built once per
// load, so filtering thousands of measures is one pass of `includes`), the filter by status and
// words, the grouping by key project, and the form's values for a new or an edited measure.

import type { ApiError, MeasureForm, MeasureItem, MeasuresStage, KeyProjectItem } from '../bindings';

export const STATUSES = ['not-started', 'on-time', 'late', 'completed', 'postponed', 'cancelled'] as const;
export type StatusKey = (typeof STATUSES)[number];

/** More rows than this are not drawn at once; the search narrows them. */
export const ROW_LIMIT = 200;

/** Lower-cased, with full-width forms folded, so "M-01", "ｍ－01" and "m-01" meet. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Everything a person may search a measure by, in both languages. */
export function searchText(m: MeasureItem): string {
  return fold([
    m.code, m.project, m.titleZh, m.titleEn, m.ownerWords, m.ownerDepartment, m.ownerDepartmentEn,
    m.statusWords, m.termWords,
    ...m.targets.flatMap((t) => [t.subject, t.name]),
  ].join('\u0000'));
}

export interface Filter {
  query: string;
  status: StatusKey | '';
}

export interface Filtered {
  rows: MeasureItem[];
  /** How many match, drawn or not. */
  matched: number;
}

/** The measures that match every word of the query and the status, at most `limit` of them. */
export function filterMeasures(items: readonly MeasureItem[], texts: readonly string[], filter: Filter, limit = ROW_LIMIT): Filtered {
  const words = fold(filter.query).split(/\s+/).filter((w) => w !== '');
  const rows: MeasureItem[] = [];
  let matched = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    if (filter.status !== '' && item.status !== filter.status) continue;
    const text = texts[i] ?? '';
    if (!words.every((w) => text.includes(w))) continue;
    matched += 1;
    if (rows.length < limit) rows.push(item);
  }
  return { rows, matched };
}

export interface Group {
  project: KeyProjectItem;
  rows: MeasureItem[];
}

/** The rows by key project, in the projects' order; a project without rows is left out. */
export function groupByProject(projects: readonly KeyProjectItem[], rows: readonly MeasureItem[]): Group[] {
  const byCode = new Map<string, MeasureItem[]>();
  for (const row of rows) {
    const list = byCode.get(row.project);
    if (list === undefined) byCode.set(row.project, [row]);
    else list.push(row);
  }
  const known = new Set(projects.map((p) => p.code));
  const groups = projects.flatMap((project) => {
    const list = byCode.get(project.code);
    return list === undefined ? [] : [{ project, rows: list }];
  });
  // A row whose project the list does not name still shows, under its code.
  for (const [code, list] of byCode) {
    if (!known.has(code)) groups.push({ project: { code, title: code, titleZh: code, titleEn: code }, rows: list });
  }
  return groups;
}

/** A new measure's form: the next free code like the others, today's date as its start. */
export function emptyForm(stage: MeasuresStage, today: string): MeasureForm {
  return {
    editing: null, code: nextCode(stage.measures.map((m) => m.code)),
    projectCode: stage.projects[0]?.code ?? '', projectTitleZh: '', projectTitleEn: '',
    titleZh: '', titleEn: '', descriptionZh: '', descriptionEn: '', term: 'short',
    ownerStakeholder: null, ownerDepartment: '', ownerDepartmentEn: '', budget: '', start: today, end: '', status: 'not-started', targets: [],
  };
}

/** "M-12" after "M-01" … "M-11"; "M-01" when there are none. */
export function nextCode(codes: readonly string[]): string {
  let best: { prefix: string; n: number; width: number } | null = null;
  for (const code of codes) {
    const match = /^(.*?)(\d+)$/.exec(code);
    if (match === null) continue;
    const n = Number(match[2]);
    if (best === null || n > best.n) best = { prefix: match[1] ?? '', n, width: (match[2] ?? '').length };
  }
  if (best === null) return 'M-01';
  let next = `${best.prefix}${String(best.n + 1).padStart(best.width, '0')}`;
  for (let k = 2; codes.includes(next); k++) next = `${best.prefix}${String(best.n + k).padStart(best.width, '0')}`;
  return next;
}

export function formFromItem(m: MeasureItem): MeasureForm {
  return {
    editing: m.code, code: m.code, projectCode: m.project, projectTitleZh: '', projectTitleEn: '',
    titleZh: m.titleZh, titleEn: m.titleEn, descriptionZh: m.descriptionZh, descriptionEn: m.descriptionEn,
    term: m.term, ownerStakeholder: m.ownerStakeholder, ownerDepartment: m.ownerDepartment, ownerDepartmentEn: m.ownerDepartmentEn,
    budget: m.budget === null ? '' : String(m.budget), start: m.start, end: m.end, status: m.status,
    targets: m.targets.map((t) => ({ subject: t.subject, effect: t.effectValue === null ? '' : String(t.effectValue), unit: t.effectUnit })),
  };
}

/** A refusal's messages by field; the general message under `''` when no field is named. */
export function fieldErrors(error: ApiError): Map<string, string> {
  const map = new Map<string, string>();
  for (const f of error.fields) if (!map.has(f.field)) map.set(f.field, f.message);
  if (map.size === 0) map.set('', error.message);
  return map;
}

/** A date as the date field takes it: 2026-12-04, in local time. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
