// Browser tests in headless Chromium, with the time zone fixed (Europe/Paris) unless a test
// switches it with the `emulate-timezone` command.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.js';

const executablePath = findChrome();

/** Lets a test switch the browser's time zone: executeServerCommand('emulate-timezone', { zone }). */
function timezonePlugin() {
  return {
    name: 'emulate-timezone',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-timezone') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.zone || 'Europe/Paris');
      return true;
    },
  };
}

/**
 * Lets a test turn forced colours (Windows High Contrast) on or off:
 * executeServerCommand('emulate-forced-colors', { active: true }). The runner's emulateMedia leaves
 * `forcedColors` to Playwright and puppeteer refuses the feature, so it is set over CDP, on a session
 * kept for the page (the emulation ends with its session).
 */
function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const value = payload?.active ? 'active' : 'none';
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/** Feeds that misbehave, for the loader's tests: /__feeds/slow, /__feeds/status/500, /__feeds/huge. */
async function misbehavingFeeds(ctx, next) {
  if (ctx.path === '/__feeds/slow') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.body = '{"version":1}';
    return;
  }
  const status = /^\/__feeds\/status\/(\d+)$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = 'no feed here';
    return;
  }
  if (ctx.path === '/__feeds/huge') {
    ctx.type = 'application/json';
    ctx.body = `{"version":1,"padding":"${'x'.repeat(64 * 1024)}"}`;
    return;
  }
  if (ctx.path === '/__feeds/echo-cookie') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ version: 1, coalition: { name: ctx.get('cookie') ? 'with cookie' : 'no cookie' } });
    return;
  }
  return next();
}

export default {
  files: ['test/**/*.test.ts'],
  middleware: [misbehavingFeeds],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), timezonePlugin(), forcedColorsPlugin()],
  // One page at a time: a page in a background tab gets no animation frames and a hidden document.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        env: { ...process.env, TZ: 'Europe/Paris' },
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
