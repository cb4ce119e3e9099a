// A box to sign in with a mouse, a finger or a pen (Pointer Events on a <canvas>), with Clear
// and Sign buttons. Strokes are kept normalised to 0..1 in a box three times wider than high,
// so they redraw at any size and are what the backend stores. Keyboard: Tab reaches the box
// and the buttons; Delete or Backspace in the box clears it.

import { addPoint, hasRoom, normalizePoint, SIGNATURE_ASPECT, type Strokes } from '../declarations-model';
import { h } from '../dom';
import { t } from '../i18n';

export interface SigningPadOptions {
  /** Who signs: named in the box's accessible label. */
  signerName: string;
  /** Called with the strokes when Sign is pressed; the pad is busy until it settles. */
  onSign(strokes: Strokes): Promise<void>;
}

export interface SigningPad {
  readonly element: HTMLElement;
  strokes(): Strokes;
  clear(): void;
}

const INK = '#10233f';

export function createSigningPad(options: SigningPadOptions): SigningPad {
  let strokes: Strokes = [];
  let drawing: number | null = null;
  const canvas = h('canvas', {
    class: 'signing-pad-canvas', tabindex: 0, role: 'img', 'data-testid': 'signing-pad',
    'aria-label': t('decl-ui-pad-label', { name: options.signerName }), 'aria-describedby': 'signing-pad-hint',
  });
  const hint = h('p', { class: 'field-hint', id: 'signing-pad-hint' }, t('decl-ui-pad-hint'));
  const status = h('p', { class: 'signing-pad-status', role: 'status', 'data-testid': 'signing-pad-status' });
  const clearButton = h('button', { type: 'button', class: 'button', 'data-testid': 'signing-pad-clear' }, t('decl-ui-pad-clear'));
  const signButton = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'signing-pad-sign', disabled: true }, t('decl-ui-pad-sign'));

  const context = (): CanvasRenderingContext2D | null => {
    try {
      return canvas.getContext('2d');
    } catch {
      return null; // No canvas in the test DOM: the strokes are still kept.
    }
  };

  /** Matches the canvas's pixels to its size on screen, then redraws. */
  function fit(): void {
    const rect = canvas.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(rect.width * ratio);
    const height = Math.round((rect.width / SIGNATURE_ASPECT) * ratio);
    if (width > 0 && (canvas.width !== width || canvas.height !== height)) {
      canvas.width = width;
      canvas.height = height;
    }
    redraw();
  }

  function redraw(): void {
    const ctx = context();
    if (ctx === null) return;
    const { width, height } = canvas;
    ctx.clearRect(0, 0, width, height);
    // The line to sign on, as on paper.
    ctx.strokeStyle = '#a9b4ae';
    ctx.lineWidth = Math.max(1, height / 120);
    ctx.beginPath();
    ctx.moveTo(width * 0.04, height * 0.82);
    ctx.lineTo(width * 0.96, height * 0.82);
    ctx.stroke();
    ctx.strokeStyle = INK;
    ctx.lineWidth = Math.max(1.5, height / 55);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const stroke of strokes) {
      const [first, ...rest] = stroke;
      if (first === undefined) continue;
      ctx.beginPath();
      ctx.moveTo(first[0] * width, first[1] * height);
      for (const [x, y] of rest.length === 0 ? [first] : rest) ctx.lineTo(x * width, y * height);
      ctx.stroke();
    }
  }

  function update(): void {
    const empty = strokes.every((s) => s.length === 0);
    signButton.disabled = empty;
    status.textContent = hasRoom(strokes) ? '' : t('decl-ui-pad-full');
  }

  const pointFrom = (event: PointerEvent): [number, number] => {
    const rect = canvas.getBoundingClientRect();
    return normalizePoint(event.clientX - rect.left, event.clientY - rect.top, rect.width, rect.width / SIGNATURE_ASPECT);
  };

  canvas.addEventListener('pointerdown', (event) => {
    if (event.button !== 0 || !hasRoom(strokes, true)) return;
    event.preventDefault();
    canvas.focus();
    fit();
    drawing = event.pointerId;
    try {
      canvas.setPointerCapture(event.pointerId);
    } catch {
      // Some test drivers send no capturable pointer; drawing still works inside the box.
    }
    strokes.push([pointFrom(event)]);
    redraw();
    update();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (drawing !== event.pointerId) return;
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const e of events.length > 0 ? events : [event]) addPoint(strokes, pointFrom(e));
    redraw();
    update();
  });
  const end = (event: PointerEvent) => {
    if (drawing !== event.pointerId) return;
    drawing = null;
    update();
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      clear();
    }
  });

  function clear(): void {
    strokes = [];
    drawing = null;
    redraw();
    update();
  }

  clearButton.addEventListener('click', () => {
    clear();
    canvas.focus();
  });
  signButton.addEventListener('click', () => {
    if (strokes.every((s) => s.length === 0)) {
      status.textContent = t('decl-ui-pad-empty');
      return;
    }
    signButton.setAttribute('aria-busy', 'true');
    signButton.disabled = true;
    void options.onSign(strokes.map((s) => [...s])).finally(() => {
      signButton.removeAttribute('aria-busy');
      update();
    });
  });

  if (typeof ResizeObserver !== 'undefined') new ResizeObserver(() => fit()).observe(canvas);

  const element = h('div', { class: 'signing-pad', 'data-testid': 'signing-pad-box' },
    h('div', { class: 'signing-pad-frame' }, canvas),
    hint,
    status,
    h('div', { class: 'signing-pad-actions' }, clearButton, signButton),
  );
  return { element, strokes: () => strokes.map((s) => [...s]), clear };
}
