// The Documents walk: the demo's membership declaration (signed by the focal point already) is
// previewed in English and Chinese, the high-level representative draws a signature on the pad
// with real pointer input, the bilingual PDF is exported and signed digitally, and the file is
// checked with poppler (pdfsig: the signature is valid; pdftotext: the focal point's e-mail).
// Runs after the meetings and questions walks, on the same database.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const EMAIL = 'li.jianguo@weinan.gov.cn';

export async function walk({ session, step, screenshot, assert, sleep }) {
  const lang = () => session.script('return document.documentElement.lang');
  const toasts = () => session.script(
    "return [...document.querySelectorAll('[data-testid=\"toast\"]')].map((t) => t.textContent).join(' | ');",
  );
  const previewOf = () => session.script(
    `const p = document.querySelector('[data-testid="declaration-preview"]');
     return p === null ? null : { lang: p.getAttribute('lang'), text: p.textContent };`,
  );
  const waitFor = async (read, check, what, timeoutMs = 15000) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await sleep(150);
    }
    throw new Error(`${what}; last seen: ${JSON.stringify(last)}`);
  };
  const click = async (testId) => {
    const element = await session.find(testId);
    await session.script(
      `document.querySelectorAll('.toast-success .toast-close').forEach((b) => b.click());
       document.querySelector('[data-testid="${testId}"]')?.scrollIntoView({ block: 'center' });`,
    );
    return element.click();
  };
  const scrollTo = (testId, block = 'start') => session.script(
    `document.querySelector('[data-testid="${testId}"]')?.scrollIntoView({ block: '${block}' });`,
  );
  const toLanguage = async (wanted) => {
    if ((await lang()) !== wanted) {
      await click('lang-toggle');
      await waitFor(lang, (l) => l === wanted, `the app did not switch to ${wanted}`);
    }
  };

  await step('documents: the demo membership declaration is half signed', async () => {
    await click('nav-documents');
    await session.find('stage-documents', 30000);
    await toLanguage('en');
    await session.find('decl-open-membership');
    const cards = await session.script(
      "return [...document.querySelectorAll('.decl-card')].map((c) => c.textContent);",
    );
    assert.ok(cards.some((c) => c.includes('Membership declaration') && c.includes('Signed by 1 of 2')), `cards: ${cards}`);
    assert.ok(cards.some((c) => c.includes('Circular')), `cards: ${cards}`);
  });

  await step('documents: the preview in English shows the filled form', async () => {
    await click('decl-open-membership');
    await session.find('decl-form-ok');
    const preview = await waitFor(previewOf, (p) => p?.lang === 'en', 'no English preview');
    assert.ok(preview.text.includes(EMAIL), 'the focal point e-mail is not in the preview');
    assert.ok(preview.text.includes('Membership Declaration'), 'no title in the preview');
    await session.find('decl-next-high-level-rep');
    await scrollTo('declaration-preview');
    screenshot('40-declaration-en');
  });

  await step('documents: the preview in Chinese', async () => {
    await click('preview-lang-zh-CN');
    const preview = await waitFor(previewOf, (p) => p?.lang === 'zh-CN', 'no Chinese preview');
    assert.ok(preview.text.includes('渭南'), 'no 渭南 in the Chinese preview');
    assert.ok(preview.text.includes(EMAIL), 'the focal point e-mail is not in the Chinese preview');
    await scrollTo('declaration-preview');
    screenshot('41-declaration-preview-zh');
  });

  await step('documents: the representative signs on the pad with the pointer', async () => {
    await toLanguage('zh-CN');
    await session.waitForText('decl-now-signing', (t) => t.includes('王志立'));
    await scrollTo('signing-pad', 'center');
    await session.find('signing-pad');
    const box = await session.script(
      "const r = document.querySelector('[data-testid=\"signing-pad\"]').getBoundingClientRect(); return [r.left, r.top, r.width, r.height];",
    );
    const [left, top, w, h] = box;
    assert.ok(w > 200 && h > 60, `the pad is too small: ${box}`);
    // Offsets from the pad's centre, in half its width and height; sent in viewport pixels.
    const at = (x, y) => ({
      type: 'pointerMove', duration: 10, origin: 'viewport',
      x: Math.round(left + w / 2 + (x * w) / 2), y: Math.round(top + h / 2 + (y * h) / 2),
    });
    // A looped stroke across the box, then a short underline.
    const loop = [];
    for (let i = 0; i <= 40; i++) {
      const t = i / 40;
      loop.push(at(-0.8 + 1.6 * t, 0.15 - 0.5 * Math.abs(Math.sin(t * Math.PI * 4)) * (1 - 0.4 * t)));
    }
    await session.pointer([at(-0.8, 0.15), { type: 'pointerDown', button: 0 }, ...loop, { type: 'pointerUp', button: 0 }]);
    await session.pointer([at(-0.7, 0.55), { type: 'pointerDown', button: 0 }, at(-0.2, 0.5), at(0.5, 0.45), { type: 'pointerUp', button: 0 }]);
    const enabled = await session.script("return !document.querySelector('[data-testid=\"signing-pad-sign\"]').disabled;");
    assert.ok(enabled, 'Sign stays disabled after drawing');
    screenshot('42-signing-pad-zh');
    await click('signing-pad-sign');
    await session.find('decl-all-signed');
    await session.find('decl-signed-high-level-rep');
    await waitFor(toasts, (t) => t.includes('王志立'), 'no toast for the signature');
    const inks = await session.script(
      "return document.querySelectorAll('[data-testid=\"declaration-preview\"] [data-testid=\"signature-ink\"]').length;",
    );
    assert.equal(inks, 2, 'the preview does not carry both drawn signatures');
    await scrollTo('decl-signers-title');
    screenshot('43-signed-zh');
  });

  let pdf;
  await step('documents: export bilingual, signed digitally', async () => {
    await click('export-lang-bilingual');
    await click('export-sign');
    await click('export-declaration');
    const text = await waitFor(toasts, (t) => /\.pdf/.test(t), 'no toast with the exported file', 60000);
    pdf = /(\/[^\s（(]+\.pdf)/.exec(text)?.[1];
    assert.ok(pdf !== undefined && existsSync(pdf), `no file at the path in the toast: ${text}`);
    const fingerprint = await session.waitForText('cert-fingerprint', (t) => /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/.test(t));
    assert.ok(fingerprint.length === 95);
    screenshot('44-exported-zh');
  });

  await step('documents: poppler finds a valid signature and the form in the PDF', async () => {
    let report;
    try {
      report = execFileSync('pdfsig', [pdf], { encoding: 'utf8' });
    } catch (error) {
      // pdfsig exits non-zero when it cannot trust the certificate; the report is still printed.
      report = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    }
    assert.ok(report.includes('Signature Validation: Signature is Valid'), `pdfsig said: ${report}`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.ok(text.includes(EMAIL), 'pdftotext does not find the focal point e-mail');
    assert.ok(text.includes('渭南'), 'pdftotext does not find 渭南');
  });

  await step('documents: the city certificate is exported for partners', async () => {
    await click('export-certificate');
    const text = await waitFor(toasts, (t) => /\.pem/.test(t), 'no toast with the certificate file');
    const pem = /(\/[^\s（(]+\.pem)/.exec(text)?.[1];
    assert.ok(pem !== undefined && existsSync(pem), `no file at the path in the toast: ${text}`);
    assert.ok(readFileSync(pem, 'utf8').startsWith('-----BEGIN CERTIFICATE-----'), 'not a PEM certificate');
  });
}
