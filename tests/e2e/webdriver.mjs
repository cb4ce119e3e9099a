// A minimal W3C WebDriver client over fetch: just what the end-to-end walk needs.

const ELEMENT = 'element-6066-11e4-a52e-4cbf4a77b1b9';

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, capabilities, timeoutMs = 60000) {
    const body = { capabilities: { alwaysMatch: capabilities } };
    const value = await call(base, 'POST', '/session', body, timeoutMs);
    return new Session(base, value.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async find(testId, timeoutMs = 15000) {
    const selector = `[data-testid="${testId}"]`;
    const deadline = Date.now() + timeoutMs;
    let lastError;
    while (Date.now() < deadline) {
      try {
        const value = await this.cmd('POST', '/element', { using: 'css selector', value: selector });
        return new Element(this, value[ELEMENT] ?? Object.values(value)[0]);
      } catch (error) {
        lastError = error;
        await sleep(150);
      }
    }
    throw new Error(`no element ${selector} within ${timeoutMs} ms: ${lastError?.message}`);
  }

  async waitForText(testId, predicate, timeoutMs = 15000) {
    const deadline = Date.now() + timeoutMs;
    let text = '';
    while (Date.now() < deadline) {
      try {
        text = await (await this.find(testId, 2000)).text();
        if (predicate(text)) return text;
      } catch {
        // The element may be re-rendered between find and read; look again.
      }
      await sleep(150);
    }
    throw new Error(`[data-testid="${testId}"] never satisfied the check; last text: ${JSON.stringify(text)}`);
  }

  script(source, args = []) {
    return this.cmd('POST', '/execute/sync', { script: source, args });
  }

  end() {
    return this.cmd('DELETE', '');
  }

  /** The handles of every open window of the app (the main window, the projector…). */
  windowHandles() {
    return this.cmd('GET', '/window/handles');
  }

  currentWindow() {
    return this.cmd('GET', '/window');
  }

  switchToWindow(handle) {
    return this.cmd('POST', '/window', { handle });
  }

  /** Performs one pointer's W3C actions (pointerMove with origin 'viewport', pointerDown, pointerUp, pause), then releases it. */
  async pointer(actions, pointerType = 'mouse') {
    await this.cmd('POST', '/actions', { actions: [{ type: 'pointer', id: 'pointer1', parameters: { pointerType }, actions }] });
    await this.cmd('DELETE', '/actions');
  }
}

export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }

  click() {
    return this.session.cmd('POST', `/element/${this.id}/click`, {});
  }

  text() {
    return this.session.cmd('GET', `/element/${this.id}/text`);
  }

  clear() {
    return this.session.cmd('POST', `/element/${this.id}/clear`, {});
  }

  type(text) {
    return this.session.cmd('POST', `/element/${this.id}/value`, { text });
  }

  attribute(name) {
    return this.session.cmd('GET', `/element/${this.id}/attribute/${name}`);
  }
}

async function call(base, method, path, body, timeoutMs = 20000) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json = await response.json().catch(() => ({}));
  if (!response.ok || json.value?.error) {
    throw new Error(`${method} ${path}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`);
  }
  return json.value;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
