/**
 * Elements removed from the page stop their timers and observers, and start them again when they are
 * put back: a page that swaps widgets in and out (a single-page site, a CMS preview) does not leak.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clockRunning, setNow } from '../../src/controllers/clock.js';
import { clearFeedCache } from '../../src/feed/loader.js';
import '../../src/coalition-widgets.js';

const NOW = Date.parse('2026-07-20T10:00:00+02:00');

const feed = {
  version: 1,
  events: [
    {
      id: 'example-webinar',
      title: 'Example: a webinar of the coalition',
      start: '2026-07-27T14:00:00+02:00',
      end: '2026-07-27T15:30:00+02:00',
      timeZone: 'Europe/Paris',
      online: true,
      registration: { url: 'https://example.org/register' },
    },
  ],
  awarenessDays: [{ id: 'world-day-against-trafficking', name: 'World Day against Trafficking in Persons', date: '--07-30' }],
  members: [{ id: 'ruhama', name: 'Ruhama', country: 'IE' }],
  statements: [{ id: 'letter', title: 'Letter', signatories: [{ name: 'Ruhama', country: 'IE' }] }],
};

describe('elements removed from the page', () => {
  let observe: sinon.SinonSpy;
  let disconnect: sinon.SinonSpy;
  let added: sinon.SinonSpy;
  let removed: sinon.SinonSpy;

  beforeEach(() => {
    setNow(() => NOW);
    clearFeedCache();
    observe = sinon.spy(IntersectionObserver.prototype, 'observe');
    disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
    added = sinon.spy(document, 'addEventListener');
    removed = sinon.spy(document, 'removeEventListener');
  });
  afterEach(() => {
    sinon.restore();
    setNow();
  });

  const listeners = (spy: sinon.SinonSpy, type: string) => spy.getCalls().filter((c) => c.args[0] === type).length;

  it('stop their clock, observers and listeners, and start them again when put back', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <coalition-event-card .feedData=${feed}></coalition-event-card>
        <coalition-countdown .feedData=${feed}></coalition-countdown>
      </div>
    `);
    const card = page.querySelector('coalition-event-card')!;
    const countdown = page.querySelector('coalition-countdown')!;
    await card.updateComplete;
    await countdown.updateComplete;
    await waitUntil(() => clockRunning(), 'the clock never started for time-dependent elements');
    expect(observe.callCount).to.be.greaterThan(0);

    page.remove();
    expect(clockRunning(), 'the clock still runs with no element on the page').to.equal(false);
    expect(disconnect.callCount, 'every IntersectionObserver disconnected').to.equal(observe.callCount);
    expect(listeners(removed, 'visibilitychange')).to.equal(listeners(added, 'visibilitychange'));

    document.body.append(page);
    await waitUntil(() => clockRunning(), 'the clock did not start again when the elements came back');
    expect(countdown.shadowRoot!.textContent).to.match(/World Day against Trafficking in Persons/);
    page.remove();
    expect(clockRunning()).to.equal(false);
  });

  it('stop listening to the feed they named', async () => {
    const fetches = sinon.spy(window, 'fetch');
    const el = await fixture<HTMLElement>(html`<coalition-countdown feed="/__feeds/status/503"></coalition-countdown>`);
    await waitUntil(() => fetches.callCount === 1);
    el.remove();
    // A feed that failed is retried when the browser comes back online, but only for elements on the page.
    window.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 50));
    expect(fetches.callCount, 'a removed element asked for its feed again').to.equal(1);
  });
});
