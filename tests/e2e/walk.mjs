// End-to-end walk through the real Concord window: tauri-driver drives WebKitWebDriver, which
// starts the real app binary under Xvfb. Screenshots of the X display go to target/e2e/.
//
// Usage (see `make e2e`): xvfb-run -a -s "-screen 0 1366x768x24" node tests/e2e/walk.mjs APP_BINARY

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import assert from 'node:assert/strict';
import { Session, sleep } from './webdriver.mjs';

const app = resolve(process.argv[2] ?? 'target/debug/concord-app');
// `--only-new` runs just the new dialogue's walk (quicker while working on it).
const ONLY_NEW = process.argv.includes('--only-new');
// `--walks=walk-bau,…` runs the demo's start and only those feature walks.
const ONLY_WALKS = process.argv.find((a) => a.startsWith('--walks='))?.slice('--walks='.length).split(',');
const shots = resolve('target/e2e');
mkdirSync(shots, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'concord-e2e-'));
const port = 4444 + Math.floor(Math.random() * 400) * 2;
const results = { passed: 0, failed: 0 };

// Everything the app needs to start clean, with its own database and an English desktop.
function envFor(dir) {
  return {
    ...process.env,
    CONCORD_DB: join(dir, 'concord.db'),
    CONCORD_EXPORT_DIR: dir,
    LANG: 'C.UTF-8',
    CONCORD_LANG: 'en',
    WEBKIT_DISABLE_DMABUF_RENDERER: '1',
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
  };
}

// tauri-driver hands its environment to the app, so each database has a driver of its own.
function startDriver(driverPort, dir) {
  return spawn(
    'tauri-driver',
    ['--port', String(driverPort), '--native-port', String(driverPort + 1), '--native-driver', '/usr/bin/WebKitWebDriver'],
    { env: envFor(dir), detached: true, stdio: ['ignore', 'inherit', 'inherit'] },
  );
}

let driver = startDriver(port, dataDir);

function stopDriver() {
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopDriver();
    process.exit(130);
  });
}

function screenshot(name) {
  const file = join(shots, `${name}.png`);
  execFileSync('import', ['-window', 'root', file]);
  return file;
}

async function step(name, body) {
  try {
    await body();
    results.passed += 1;
    console.log(`ok   ${name}`);
  } catch (error) {
    results.failed += 1;
    console.log(`FAIL ${name}: ${error.message}`);
    try {
      screenshot(`fail-${name.replace(/\W+/g, '-')}`);
    } catch {
      // A screenshot is a help, not a requirement.
    }
    throw error;
  }
}

async function waitForDriver(driverPort = port) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${driverPort}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error('tauri-driver did not start');
}

async function openApp(driverPort = port) {
  return Session.start(`http://127.0.0.1:${driverPort}`, { 'tauri:options': { application: app } }, 90000);
}

const STAGES = ['dialogue', 'stakeholders', 'meetings', 'vision', 'deficits', 'bau', 'targets', 'measures', 'documents'];

async function main() {
  await waitForDriver();
  const launched = Date.now();
  let session = await openApp();
  try {
    await step('first start offers the demo and a new dialogue', async () => {
      await session.find('welcome', 30000);
      // From asking for the app to a screen that answers: the cold start a person waits through.
      console.log(`cold start to interactive window: ${Date.now() - launched} ms`);
      await session.find('start-new');
      const demo = await session.find('open-demo');
      screenshot('01-first-start');
      await demo.click();
    });

    await step('the demo dialogue shows 渭南', async () => {
      const city = await session.waitForText('dialogue-city', (t) => t.includes('渭南'));
      assert.match(city, /Weinan/);
      await session.find('dialogue-summary');
      screenshot('02-dialogue-en');
    });

    await step('every stage opens', async () => {
      for (const key of STAGES.slice(1)) {
        await (await session.find(`nav-${key}`)).click();
        await session.find(`stage-${key}`);
      }
      screenshot('03-empty-stage-en');
      await (await session.find('nav-dialogue')).click();
      await session.find('dialogue-summary');
    });

    await step('switching to Chinese changes the labels', async () => {
      assert.match(await (await session.find('nav-dialogue')).text(), /Dialogue$/);
      await (await session.find('lang-toggle')).click();
      await session.waitForText('nav-dialogue', (t) => t.includes('对话'));
      const lang = await session.script('return document.documentElement.lang');
      assert.equal(lang, 'zh-CN');
      screenshot('04-dialogue-zh');
    });

    await step('a wrong e-mail is refused with a Chinese message and nothing is saved', async () => {
      await (await session.find('edit-dialogue')).click();
      const email = await session.find('field-focalPoint.email');
      await email.clear();
      await email.type('li.jianguo@');
      await (await session.find('save-dialogue')).click();
      const message = await session.waitForText('error-focalPoint.email', (t) => t.length > 0);
      assert.match(message, /电子邮箱/);
      screenshot('05-validation-zh');
      await (await session.find('cancel-dialogue')).click();
      await session.waitForText('card-focal-point', (t) => t.includes('li.jianguo@weinan.gov.cn'));
    });

    await step('an edit is saved', async () => {
      await (await session.find('edit-dialogue')).click();
      const fax = await session.find('field-focalPoint.fax');
      await fax.clear();
      await fax.type('+86 913 212 9999');
      await (await session.find('save-dialogue')).click();
      await session.find('toast');
      await session.waitForText('card-focal-point', (t) => t.includes('+86 913 212 9999'));
    });
  } finally {
    await session.end().catch(() => {});
  }

  // A second start of the same database remembers the language and the dialogue.
  await sleep(500);
  session = await openApp();
  try {
    await step('the language and the edit are remembered after a restart', async () => {
      await session.waitForText('nav-dialogue', (t) => t.includes('对话'), 30000);
      await session.waitForText('card-focal-point', (t) => t.includes('+86 913 212 9999'));
      await session.waitForText('card-focal-point', (t) => t.includes('li.jianguo@weinan.gov.cn'));
      await (await session.find('nav-stakeholders')).click();
      await session.find('stage-stakeholders');
      screenshot('06-stakeholders-after-restart-zh');
    });
  } finally {
    await session.end().catch(() => {});
  }

  // ---- Stakeholder register: the demo's forty people, a new one with a Chinese name found
  // by pinyin, and the inclusiveness panel losing its gap. The app starts in Chinese here.
  await sleep(500);
  session = await openApp();
  const setValue = setValueIn(session);
  // The rows of the virtual list, as the page has them (WebDriver reads absolutely placed rows as empty).
  const listText = () => session.script(
    "return document.querySelector('[data-testid=\"register-list\"]')?.textContent ?? '';",
  );
  const waitForRow = async (text) => {
    const deadline = Date.now() + 15000;
    let last = '';
    while (Date.now() < deadline) {
      last = await listText();
      if (last.includes(text)) return;
      await sleep(150);
    }
    throw new Error(`no row with ${text} in the list; it holds ${JSON.stringify(last.slice(0, 200))}`);
  };
  try {
    await step('register: the demo lists its people and the panel says investors are missing', async () => {
      await session.waitForText('nav-stakeholders', (t) => t.includes('利益相关方'), 30000);
      await (await session.find('nav-stakeholders')).click();
      await session.find('register-list');
      await session.waitForText('register-count', (t) => t.includes('40'));
      await session.waitForText('inclusion-missing-sectors', (t) => t.includes('投资方'));
      screenshot('07-register-zh');
      await (await session.find('lang-toggle')).click();
      await session.waitForText('inclusion-missing-sectors', (t) => t.includes('Investor'));
      screenshot('08-register-en');
    });

    await step('register: the form refuses a person without a name or sector', async () => {
      await (await session.find('register-add')).click();
      await session.find('stakeholder-form');
      await (await session.find('sh-save')).click();
      await session.waitForText('error-nameZh', (t) => t.includes('Chinese or in English'));
      await session.waitForText('error-sector', (t) => t.length > 0);
      screenshot('09-register-form-errors-en');
    });

    await step('register: 欧阳明, an investor, is added', async () => {
      await setValue('sh-field-nameZh', '欧阳明');
      await setValue('sh-field-organisationZh', '陕西绿色发展投资基金');
      await setValue('sh-field-sector', 'investor', 'change');
      await setValue('sh-field-email', 'ouyang.ming@example.cn');
      await (await session.find('sh-save')).click();
      await session.waitForText('toast', (t) => t.includes('欧阳明'));
      await session.waitForText('register-count', (t) => t.includes('41'));
    });

    await step('register: pinyin initials find 欧阳明 and the panel has no gap left', async () => {
      const search = await session.find('register-search');
      await search.click();
      await search.type('oym');
      await session.waitForText('register-count', (t) => t.startsWith('1 of'));
      await waitForRow('欧阳明');
      await session.waitForText('inclusion-missing-sectors', (t) => t.includes('Every Pact group'));
      screenshot('10-register-found-en');
      await search.clear();
      await search.type('ouyang');
      await waitForRow('欧阳明');
      await (await session.find('lang-toggle')).click();
      await session.waitForText('inclusion-missing-sectors', (t) => t.includes('每个公约群体'));
      screenshot('11-register-found-zh');
    });
  } finally {
    await session.end().catch(() => {});
  }

  // ---- Feature walks, each in its own file, in the order of the cycle. Each starts its own
  // session on the same database, so it sees what the walks before it left.
  for (const name of SCENARIOS) {
    const { walk } = await import(`./${name}.mjs`);
    await sleep(500);
    const scenario = await openApp();
    try {
      await walk({ session: scenario, step, screenshot, assert, sleep, setValue: setValueIn(scenario) });
    } finally {
      await scenario.end().catch(() => {});
    }
  }
}

// A new focal point's path, on an empty database of its own (not the demo): its own driver,
// because the driver gives the app its environment.
async function newDialogue() {
  const newDir = mkdtempSync(join(tmpdir(), 'concord-e2e-new-'));
  const newPort = port + 1000;
  stopDriver();
  await sleep(500);
  driver = startDriver(newPort, newDir);
  try {
    await waitForDriver(newPort);
    const { walk } = await import('./walk-new-dialogue.mjs');
    const session = await openApp(newPort);
    try {
      await walk({ session, step, screenshot, assert, sleep, setValue: setValueIn(session) });
    } finally {
      await session.end().catch(() => {});
    }
  } finally {
    rmSync(newDir, { recursive: true, force: true });
  }
}

// The feature walks run after the register walk, in this order.
const SCENARIOS = ['walk-meetings', 'walk-questions', 'walk-declarations', 'walk-deficits', 'walk-vision', 'walk-bau', 'walk-targets', 'walk-measures'].filter((name) => (ONLY_WALKS === undefined || ONLY_WALKS.includes(name)) &&
  existsSync(new URL(`./${name}.mjs`, import.meta.url)),
);

/** Sets a field the way typing would (Chinese text does not go through WebDriver's keys). */
function setValueIn(session) {
  return (testId, value, event = 'input') => session.script(
    `const el = document.querySelector('[data-testid="${testId}"]');
     el.value = arguments[0]; el.dispatchEvent(new Event(arguments[1], { bubbles: true })); return el.value;`,
    [value, event],
  );
}

const started = Date.now();
let exitCode = 0;
try {
  if (!ONLY_NEW) await main();
  await newDialogue();
} catch (error) {
  console.error(error.stack ?? String(error));
  exitCode = 1;
} finally {
  stopDriver();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(`e2e: ${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${shots})`);
process.exit(exitCode);
