// The 21 APEC economies as APEC names them in English and in Chinese (the same table as
// `crates/domain/src/economy.rs`), so the Chinese window says 中国 where the dialogue holds "China".

const ECONOMIES: readonly (readonly [en: string, zh: string])[] = [
  ['Australia', '澳大利亚'], ['Brunei Darussalam', '文莱'], ['Canada', '加拿大'], ['Chile', '智利'],
  ['China', '中国'], ['Hong Kong, China', '中国香港'], ['Indonesia', '印度尼西亚'], ['Japan', '日本'],
  ['Republic of Korea', '韩国'], ['Malaysia', '马来西亚'], ['Mexico', '墨西哥'], ['New Zealand', '新西兰'],
  ['Papua New Guinea', '巴布亚新几内亚'], ['Peru', '秘鲁'], ['The Philippines', '菲律宾'], ['Russia', '俄罗斯'],
  ['Singapore', '新加坡'], ['Chinese Taipei', '中国台北'], ['Thailand', '泰国'], ['United States', '美国'],
  ['Viet Nam', '越南'],
];

/** An APEC economy in the window's language, found by either name; any other name as entered. */
export function economyIn(name: string, locale: string): string {
  const wanted = name.trim();
  const found = ECONOMIES.find(([en, zh]) => en.toLowerCase() === wanted.toLowerCase() || zh === wanted);
  if (found === undefined) return wanted;
  return locale === 'zh-CN' ? found[1] : found[0];
}
