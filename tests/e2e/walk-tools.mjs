// What every feature walk does with the window: read the document's language, wait for a
// value, click a control clear of the sticky bars and the toasts, read a control's text and
// the toasts' texts.

export function tools(session, sleep) {
  const lang = () => session.script('return document.documentElement.lang');
  const waitFor = async (read, check, what, timeoutMs = 15000) => {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      last = await read();
      if (check(last)) return last;
      await sleep(100);
    }
    throw new Error(`${what}; last seen: ${JSON.stringify(last)}`);
  };
  // Into the middle of the view first, and the confirmations in the corner dismissed (a walk
  // is quicker than they fade).
  // A screen redraws when the backend answers: an element found just before may be replaced by
  // the time it is clicked. Find it again and retry.
  const click = async (testId) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const element = await session.find(testId);
        await session.script(
          `document.querySelectorAll('.toast-success .toast-close').forEach((b) => b.click());
           document.querySelector('[data-testid="${testId}"]')?.scrollIntoView({ block: 'center' });`,
        );
        return await element.click();
      } catch (error) {
        if (attempt >= 5 || !/stale/i.test(String(error?.message ?? error))) throw error;
        await sleep(200);
      }
    }
  };
  const text = (testId) => session.script(`return document.querySelector('[data-testid="${testId}"]')?.textContent ?? null;`);
  const toasts = () => session.script(
    "return [...document.querySelectorAll('[data-testid=\"toast\"]')].map((t) => t.textContent).join(' | ');",
  );
  return { lang, waitFor, click, text, toasts };
}
