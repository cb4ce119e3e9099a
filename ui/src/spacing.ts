// The one rule for the space between Chinese and Western text, the same as the documents'
// (crates/i18n/src/spacing.rs, after W3C clreq §3.2.1): one word space at every border
// between a Han character and a Western letter or digit, so a message that joins a Latin name,
// a number or a date to Chinese reads the same in the window as in the PDF.

const HAN = /[\u3005\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}]/u;
// Letters and digits below the CJK blocks, and the signs that belong to a number.
const WESTERN = /[\p{L}\p{N}%‰°]/u;

function isWestern(c: string): boolean {
  return WESTERN.test(c) && (c.codePointAt(0) ?? 0) < 0x2e80;
}

function isBorder(before: string, after: string): boolean {
  return (HAN.test(before) && isWestern(after)) || (isWestern(before) && HAN.test(after));
}

export function spaceMixedScripts(text: string): string {
  if (!HAN.test(text)) return text;
  const chars = Array.from(text);
  let out = '';
  chars.forEach((c, i) => {
    out += c;
    const next = chars[i + 1];
    if (next !== undefined && isBorder(c, next)) out += ' ';
  });
  return out;
}
