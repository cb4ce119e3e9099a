# Characters the shipped subsets cover: GB 2312 (all 7445 characters: 6763 hanzi and its
# symbols), ASCII, Latin-1, general punctuation, CJK symbols and punctuation, full-width
# forms, and every character of the locales and the sources (demo data, document texts).
import pathlib, sys
root = pathlib.Path(sys.argv[1])
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x2070, 0x209F), (0x20AC, 0x20AC),
          (0x2100, 0x215F), (0x2190, 0x21FF), (0x2212, 0x2212), (0x2460, 0x24FF), (0x25A0, 0x25FF),
          (0x3000, 0x303F), (0xFF00, 0xFFEF), (0xFFFD, 0xFFFD)]
for a, b in ranges:
    chars.update(chr(c) for c in range(a, b + 1))
for pattern in ['locales/**/*.ftl', 'crates/**/*.rs', 'src-tauri/src/**/*.rs']:
    for p in root.glob(pattern):
        chars.update(p.read_text(encoding='utf-8', errors='ignore'))
chars = {c for c in chars if c.isprintable() or c == '\u3000'}
print(','.join('U+%04X' % ord(c) for c in sorted(chars)))
