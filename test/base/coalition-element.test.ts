import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import { clearFeedCache, configureFeeds } from '../../src/feed/loader.js';
import { setupLocalization } from '../../src/i18n/locale.js';
import type { FeedErrorEvent, FeedLoadEvent } from '../../src/events.js';
import { validFeed } from '../fixtures/feeds.js';
import type { TestFeedElement } from '../fixtures/feed-element.js';
import '../fixtures/feed-element.js';

setupLocalization();

const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

async function settled(el: TestFeedElement, text: string) {
  await waitUntil(() => shadowText(el).includes(text), `"${text}" never appeared; saw "${shadowText(el)}"`, { timeout: 4000 });
}

describe('the shared base, through a minimal element', () => {
  let warn: sinon.SinonStub;
  let error: sinon.SinonStub;

  beforeEach(() => {
    clearFeedCache();
    configureFeeds({ timeout: 15_000, maxBytes: 5 * 1024 * 1024 });
    warn = sinon.stub(console, 'warn');
    error = sinon.stub(console, 'error');
    document.documentElement.lang = 'en';
  });

  afterEach(async () => {
    sinon.restore();
    document.documentElement.lang = 'en';
    await executeServerCommand('emulate-timezone', { zone: '' });
  });

  it('loads a feed from a URL relative to the page and fires coalition-feed-load', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/test/fixtures/small-feed.json"></test-feed-element>`);
    const { detail } = (await oneEvent(el, 'coalition-feed-load')) as FeedLoadEvent;
    expect(detail.feed).to.equal(new URL('/test/fixtures/small-feed.json', location.href).href);
    expect(detail.data.members[0].name).to.equal('KAFA');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('CAP International');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://kafa.org.lb');
  });

  it('prepares once while the feed is on its way, and a failure there stays quiet', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/slow"></test-feed-element>`);
    el.failToPrepare = true;
    await waitUntil(() => el.prepareCalls === 1, 'never prepared', { timeout: 2000 });
    document.documentElement.lang = 'fr'; // renders the loading state again
    await aTimeout(200);
    expect(el.prepareCalls).to.equal(1);
    expect(el.shadowRoot!.querySelector('.loading')).to.exist;
    expect(error.called).to.equal(false);
  });

  it('does not prepare when the feed is already there', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${validFeed()}></test-feed-element>`);
    await aTimeout(1100);
    expect(el.prepareCalls).to.equal(0);
    expect(shadowText(el)).to.include('CAP International');
  });

  it('reads an inline <script type="application/json"> named by #id', async () => {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.id = 'inline-feed';
    script.textContent = JSON.stringify(validFeed());
    document.body.append(script);
    try {
      const el = await fixture<TestFeedElement>(html`<test-feed-element feed="#inline-feed"></test-feed-element>`);
      await settled(el, 'Championing the elimination');
    } finally {
      script.remove();
    }
  });

  it('takes a feed object through the feedData property', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${validFeed()}></test-feed-element>`);
    expect(shadowText(el)).to.contain('Championing the elimination');
  });

  it('makes one request and one parse for every element naming the same feed', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const parent = await fixture(html`<div>
      <test-feed-element feed="/test/fixtures/small-feed.json"></test-feed-element>
      <test-feed-element feed="../test/fixtures/small-feed.json"></test-feed-element>
      <test-feed-element feed="/test/fixtures/small-feed.json"></test-feed-element>
    </div>`);
    const els = [...parent.querySelectorAll('test-feed-element')];
    for (const el of els) await settled(el, 'KAFA');
    expect(fetchSpy.callCount).to.equal(1);
    // One parse: the elements share the very same parsed object.
    const feeds = els.map((el) => (el as unknown as { feedController: { state: { feed: object } } }).feedController.state.feed);
    expect(feeds[0]).to.equal(feeds[1]);
    expect(feeds[0]).to.equal(feeds[2]);
  });

  it('sends no credentials', async () => {
    document.cookie = 'session=secret; path=/';
    const fetchSpy = sinon.spy(window, 'fetch');
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/echo-cookie"></test-feed-element>`);
    await settled(el, 'no cookie');
    expect(fetchSpy.firstCall.args[1]).to.include({ credentials: 'omit' });
    document.cookie = 'session=; max-age=0; path=/';
  });

  it('shows a translated message and the fallback content when the feed is unreachable', async () => {
    const el = await fixture<TestFeedElement>(
      html`<test-feed-element feed="/__feeds/status/404"><a href="https://example.org/register">Register</a></test-feed-element>`,
    );
    const { detail } = (await oneEvent(el, 'coalition-feed-error')) as FeedErrorEvent;
    expect(detail.error.reason).to.equal('http');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=message]')!.textContent).to.equal('The content could not be loaded.');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Register');
    expect(error.callCount).to.equal(1);
    expect(error.firstCall.args[0]).to.contain('answered HTTP 404');
  });

  it('gives up on a slow feed after the time-out', async () => {
    configureFeeds({ timeout: 300 });
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/slow"></test-feed-element>`);
    const { detail } = (await oneEvent(el, 'coalition-feed-error')) as FeedErrorEvent;
    expect(detail.error.reason).to.equal('timeout');
    await settled(el, 'could not be loaded');
  });

  it('refuses a feed larger than the limit', async () => {
    configureFeeds({ maxBytes: 10_000 });
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/huge"></test-feed-element>`);
    const { detail } = (await oneEvent(el, 'coalition-feed-error')) as FeedErrorEvent;
    expect(detail.error.reason).to.equal('too-large');
  });

  for (const [file, reason, message] of [
    ['not-json.txt', 'not-json', 'The content could not be read.'],
    ['array-feed.json', 'not-object', 'The content could not be read.'],
    ['version2-feed.json', 'version', 'The content could not be read.'],
  ]) {
    it(`refuses a feed that is ${reason}, without throwing into the page`, async () => {
      const uncaught = sinon.spy();
      window.addEventListener('error', uncaught);
      window.addEventListener('unhandledrejection', uncaught);
      const el = await fixture<TestFeedElement>(html`<test-feed-element feed=${`/test/fixtures/${file}`}>Fallback text</test-feed-element>`);
      const { detail } = (await oneEvent(el, 'coalition-feed-error')) as FeedErrorEvent;
      expect(detail.error.reason).to.equal(reason);
      await settled(el, message);
      await aTimeout(50);
      window.removeEventListener('error', uncaught);
      window.removeEventListener('unhandledrejection', uncaught);
      expect(uncaught.called).to.equal(false);
    });
  }

  it('shows an inline feed that is missing as an error', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="#no-such-script">Fallback</test-feed-element>`);
    await settled(el, 'could not be loaded');
    expect(error.firstCall.args[0]).to.contain('no <script type="application/json" id="no-such-script">');
  });

  it('replaces the message when a later load succeeds', async () => {
    const realFetch = window.fetch.bind(window);
    const fetchStub = sinon.stub(window, 'fetch');
    fetchStub.onFirstCall().rejects(new TypeError('Failed to fetch'));
    fetchStub.callsFake((...args) => realFetch(...args));
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/test/fixtures/small-feed.json"></test-feed-element>`);
    await settled(el, 'could not be loaded');
    const loaded = oneEvent(el, 'coalition-feed-load');
    window.dispatchEvent(new Event('online'));
    await loaded;
    await settled(el, 'KAFA');
    expect(el.shadowRoot!.querySelector('[part=message]')).to.equal(null);
  });

  it('keeps the last good content when a refresh fails', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/test/fixtures/small-feed.json"></test-feed-element>`);
    await settled(el, 'KAFA');
    sinon.stub(window, 'fetch').rejects(new TypeError('Failed to fetch'));
    await el.reload();
    await el.updateComplete;
    expect(shadowText(el)).to.contain('KAFA');
  });

  it('leaves out an invalid entry with a console warning naming its path, and renders the rest', async () => {
    const feed = validFeed();
    feed.members[0].url = 'javascript:alert(1)';
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${feed}></test-feed-element>`);
    expect(warn.calledWithMatch('members[0].url')).to.equal(true);
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Apne Aap', 'Ruhama']);
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(1);
  });

  it('shows text containing HTML as text, never as markup', async () => {
    const feed = validFeed();
    feed.coalition.name = { en: '<img src=x onerror="window.pwned=1">CAP', fr: 'x' };
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${feed}></test-feed-element>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.pwned=1">CAP');
  });

  it('follows <html lang> live, for UI strings and feed text', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/status/500"></test-feed-element>`);
    await settled(el, 'The content could not be loaded.');
    document.documentElement.lang = 'fr';
    await settled(el, 'Le contenu n’a pas pu être chargé.');
    document.documentElement.lang = 'ar';
    await settled(el, 'تعذّر تحميل المحتوى.');

    const card = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${validFeed()}></test-feed-element>`);
    document.documentElement.lang = 'fr-CA';
    await settled(card, 'Promouvoir l');
    document.documentElement.lang = 'de';
    // No German title in the feed: the defaultLocale text, marked with its own language.
    await settled(card, 'Championing the elimination');
    expect(card.shadowRoot!.querySelector('.events span')!.getAttribute('lang')).to.equal('en');
  });

  it('speaks the language <html lang> took while no element was on the page', async () => {
    document.documentElement.lang = 'fr';
    const first = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/status/500"></test-feed-element>`);
    await settled(first, 'Le contenu n’a pas pu être chargé.');
    first.remove();
    document.documentElement.lang = 'es';
    const later = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/status/500"></test-feed-element>`);
    await settled(later, 'No se ha podido cargar el contenido.');
  });

  it('ends in the language <html lang> went back to while another one was loading', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/status/500"></test-feed-element>`);
    await settled(el, 'The content could not be loaded.');
    document.documentElement.lang = 'de';
    // Let the page notice German and start loading it, then go back before it arrives.
    await new Promise((r) => setTimeout(r, 0));
    document.documentElement.lang = 'en';
    await new Promise((r) => setTimeout(r, 300));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('The content could not be loaded.');
  });

  it("falls back to the feed's defaultLocale when <html lang> is not translated", async () => {
    document.documentElement.lang = 'lv';
    const feed = { ...validFeed(), defaultLocale: 'fr' };
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${feed}></test-feed-element>`);
    await settled(el, 'Promouvoir l');
  });

  it('shows times in the visitor’s time zone, switchable per test', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${validFeed()}></test-feed-element>`);
    expect(el.shadowRoot!.querySelector('.start')!.textContent!.trim()).to.equal('12:00');
    await executeServerCommand('emulate-timezone', { zone: 'America/New_York' });
    const other = await fixture<TestFeedElement>(html`<test-feed-element .feedData=${validFeed()}></test-feed-element>`);
    expect(other.shadowRoot!.querySelector('.start')!.textContent!.trim()).to.equal('06:00');
    const kolkata = await fixture<TestFeedElement>(
      html`<test-feed-element time-zone="Asia/Kolkata" .feedData=${validFeed()}></test-feed-element>`,
    );
    expect(kolkata.shadowRoot!.querySelector('.start')!.textContent!.trim()).to.equal('15:30');
  });

  it('shows the page content when no feed is named', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element><p>Static text</p></test-feed-element>`);
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Static text');
  });

  it('is accessible while loading and in the error state', async () => {
    const el = await fixture<TestFeedElement>(html`<test-feed-element feed="/__feeds/status/503">Fallback</test-feed-element>`);
    await expect(el).to.be.accessible();
    await settled(el, 'could not be loaded');
    await expect(el).to.be.accessible();
  });
});
