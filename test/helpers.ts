/** Helpers shared by the element tests. */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { setNow } from '../src/controllers/clock.js';
import { clearFeedCache } from '../src/feed/loader.js';

export const shadow = (el: Element) => el.shadowRoot!;

/** Text with its runs of white space made single spaces, and trimmed. */
export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The squashed text of the first match of `selector` in the element's shadow root. */
export const textOf = (el: Element, selector: string) => squash(shadow(el).querySelector(selector)?.textContent);

/** Sets the page's clock to an ISO date-time. */
export const at = (iso: string) => setNow(() => Date.parse(iso));

type Wait = (predicate: () => unknown, message: string, options?: { timeout?: number }) => Promise<void>;

/**
 * Waits, frame by frame, until `predicate` holds. (open-wc's waitUntil leaves a timer behind, which
 * would fire inside a later test's fake clock.)
 */
export async function waitForFrames(predicate: () => unknown, message: string, { timeout = 4000 } = {}) {
  const end = performance.now() + timeout;
  while (!predicate()) {
    if (performance.now() > end) throw new Error(`Timeout: ${message}`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

export interface SetLocaleOptions {
  /** The text in which `expected` must appear; the whole shadow root by default. */
  read?: (el: Element) => string | null | undefined;
  /** How to wait; open-wc's waitUntil by default. */
  wait?: Wait;
}

/** Sets <html lang> (and dir) and waits until `expected` shows in `el`. */
export async function setLocale(lang: string, el: Element, expected: string, { read = (e) => shadow(e).textContent, wait = waitUntil }: SetLocaleOptions = {}) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  await wait(() => squash(read(el)).includes(expected), `"${expected}" never appeared`, { timeout: 4000 });
}

/** Puts <html lang="en" dir="ltr"> back. */
export function englishPage() {
  document.documentElement.lang = 'en';
  document.documentElement.dir = 'ltr';
}

/** Before each test: no cached feeds, an English page. */
export function resetPage() {
  clearFeedCache();
  englishPage();
}

/**
 * After each test: sinon restored and an English page; with `clock`, also the real clock and the
 * runner's time zone.
 */
export async function restorePage({ clock = false } = {}) {
  sinon.restore();
  if (clock) setNow();
  englishPage();
  if (clock) await executeServerCommand('emulate-timezone', { zone: '' });
}
