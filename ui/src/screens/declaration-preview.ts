// The preview of a declaration: the blocks the PDF is laid out from, shown as a page of HTML
// (WebKitGTK shows no PDF inline). Drawn signatures are SVG paths over the signature line.

import type { DeclarationPreview, PreviewBlock, PreviewSigner } from '../bindings';
import { strokesPath, SIGNATURE_ASPECT } from '../declarations-model';
import { h, svg } from '../dom';
import { t } from '../i18n';

/** Lines of a text with hard breaks, as the PDF breaks them. */
function lines(text: string): (string | HTMLElement)[] {
  return text.split('\n').flatMap((line, i) => (i === 0 ? [line] : [h('br'), line]));
}

export function signatureSvg(strokes: readonly (readonly (readonly [number, number])[])[], label: string): SVGElement {
  const width = 300;
  const height = width / SIGNATURE_ASPECT;
  const drawing = svg('svg', {
    class: 'signature-ink', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label,
  }, svg('path', { d: strokesPath(strokes, width, height) }));
  drawing.setAttribute('data-testid', 'signature-ink');
  return drawing;
}

function signerBox(signer: PreviewSigner): HTMLElement {
  return h('div', { class: 'preview-signer', 'data-testid': 'preview-signer' },
    h('p', { class: 'preview-signer-caption' }, ...lines(signer.caption)),
    h('div', { class: 'preview-signer-line' },
      signer.strokes !== null && signatureSvg(signer.strokes, t('decl-ui-signature-of', { name: signer.name }))),
    h('p', { class: 'preview-signer-name' }, signer.name),
    signer.title !== '' && h('p', { class: 'preview-signer-title' }, signer.title),
  );
}

function block(b: PreviewBlock): HTMLElement {
  switch (b.kind) {
    case 'heading': {
      const tag = b.level <= 1 ? 'h2' : b.level === 2 ? 'h3' : 'h4';
      return h('div', { class: `preview-heading preview-h${b.level}` },
        h(tag, {}, b.text),
        b.secondary !== null && h('p', { class: 'preview-secondary', lang: 'en' }, b.secondary));
    }
    case 'paragraph':
      return h('p', {
        class: `preview-p preview-align-${b.align}${b.secondary ? ' preview-secondary' : ''}`,
        lang: b.secondary ? 'en' : null,
      }, ...lines(b.text));
    case 'fields':
      return h('dl', { class: 'preview-fields', 'data-testid': 'preview-fields' },
        ...b.rows.flatMap((row) => [h('dt', {}, row.label), h('dd', {}, ...lines(row.value))]));
    case 'table':
      return h('table', { class: 'preview-table' },
        h('thead', {}, h('tr', {}, ...b.columns.map((c) => h('th', {}, c)))),
        h('tbody', {}, ...b.rows.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))));
    case 'signatures':
      return h('div', { class: 'preview-signers' }, ...b.signers.map(signerBox));
    case 'break':
      return h('hr', { class: 'preview-break' });
  }
}

export function renderPreview(preview: DeclarationPreview): HTMLElement {
  return h('article', { class: 'preview-page', lang: preview.lang, 'data-testid': 'declaration-preview' },
    preview.header !== '' && h('p', { class: 'preview-header' }, preview.header),
    h('h2', { class: 'preview-title' }, preview.title),
    preview.subtitle !== '' && h('p', { class: 'preview-subtitle' }, ...lines(preview.subtitle)),
    ...preview.blocks.map(block),
  );
}
