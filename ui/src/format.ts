// Small formatting rules for names, independent of the UI language.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** "王立新" for a Chinese name (family name first, no space), "Chiara Rossi" otherwise. */
export function personName(familyName: string, firstName: string): string {
  const family = familyName.trim();
  const first = firstName.trim();
  if (CJK.test(family) || CJK.test(first)) return `${family}${first}`;
  return [first, family].filter(Boolean).join(' ');
}

/** "渭南 · Weinan": both names of a city, Chinese first, either may be missing. */
export function bilingualName(zh: string, en: string): string {
  return [zh.trim(), en.trim()].filter(Boolean).join(' · ');
}
