// Small formatting rules for names, independent of the UI language.

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Economies whose romanized names are written family name first ("Li Jianguo"). */
const FAMILY_FIRST = /china|中国|hong kong|香港|chinese taipei|中华台北|viet ?nam|越南|korea|韩国/i;

/**
 * "王立新" for a Chinese name (family name first, no space); "Li Jianguo" for a romanized name
 * from an economy that writes the family name first; "Chiara Rossi" otherwise.
 */
export function personName(familyName: string, firstName: string, economy = ''): string {
  const family = familyName.trim();
  const first = firstName.trim();
  if (CJK.test(family) || CJK.test(first)) return `${family}${first}`;
  const parts = FAMILY_FIRST.test(economy) ? [family, first] : [first, family];
  return parts.filter(Boolean).join(' ');
}

/** "渭南 · Weinan": both names of a city, Chinese first, either may be missing. */
export function bilingualName(zh: string, en: string): string {
  return [zh.trim(), en.trim()].filter(Boolean).join(' · ');
}
