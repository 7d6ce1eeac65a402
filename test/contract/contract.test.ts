/**
 * The public contract (v1) that users' pages depend on: tags, attributes, the feedData property,
 * DOM events and their details, theme variables. Changing any of these breaks member sites, so a
 * change here must be additive; this file fails when it is not.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/feed/loader.js';
import '../../src/coalition-widgets.js';

const CONTRACT = {
  'coalition-event-card': ['feed', 'event'],
  'coalition-countdown': ['feed', 'day', 'event'],
  'coalition-member-map': ['feed', 'country'],
  'coalition-signatory-list': ['feed', 'statement'],
} as const;

const THEME = ['--coalition-accent', '--coalition-text', '--coalition-surface', '--coalition-muted', '--coalition-radius', '--coalition-font'];

const feed = {
  version: 1,
  events: [
    {
      id: 'example-webinar',
      title: 'Example: a webinar',
      start: '2099-07-27T14:00:00+02:00',
      timeZone: 'Europe/Paris',
      online: true,
      registration: { url: 'https://zoom.us/webinar/register/WN_example' },
    },
  ],
};

interface ManifestField {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  default?: string;
  attribute?: string;
  reflects?: boolean;
}

interface Manifest {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      cssProperties?: { name: string }[];
      events?: { name: string }[];
      members?: ManifestField[];
    }[];
  }[];
}

/** A default as the manifest writes it (source text: `'feed'`, `100`, `false`), as a value. */
function defaultValue(text: string): unknown {
  return /^'.*'$/.test(text) ? text.slice(1, -1) : JSON.parse(text);
}

describe('the public contract, v1', () => {
  beforeEach(() => clearFeedCache());

  for (const [tag, attributes] of Object.entries(CONTRACT)) {
    it(`<${tag}> is defined, observes ${attributes.join(', ')} and takes feedData`, async () => {
      const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes: string[] }) | undefined;
      expect(ctor, `${tag} is defined by the bundle`).to.exist;
      for (const a of attributes) expect(ctor!.observedAttributes).to.include(a);
      const el = document.createElement(tag) as HTMLElement & { feedData?: unknown };
      expect('feedData' in el).to.equal(true);
    });

    it(`<${tag}> fires coalition-feed-load and coalition-feed-error, bubbling out of shadow roots`, async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('feed', '#contract-feed');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.id = 'contract-feed';
      script.textContent = JSON.stringify(feed);
      host.append(script);
      const loaded = oneEvent(host, 'coalition-feed-load');
      host.append(el);
      const load = await loaded;
      expect(load.bubbles && load.composed).to.equal(true);
      expect(load.detail.feed).to.equal('#contract-feed');

      const failed = oneEvent(host, 'coalition-feed-error');
      el.setAttribute('feed', '/__feeds/status/404');
      const error = await failed;
      expect(error.bubbles && error.composed).to.equal(true);
      expect(error.detail.feed).to.match(/\/__feeds\/status\/404$/);
      expect(error.detail.error).to.be.instanceOf(Error);
    });
  }

  it('a click on Register fires coalition-register with { event, url }', async () => {
    const card = await fixture<HTMLElement>(html`<coalition-event-card .feedData=${feed} no-json-ld></coalition-event-card>`);
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="https://zoom.us/webinar/register/WN_example"]')!;
    expect(link, 'the Register link').to.exist;
    // Keep the test page where it is.
    link.addEventListener('click', (e) => e.preventDefault());
    const fired = oneEvent(card, 'coalition-register');
    link.click();
    const event = await fired;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.event).to.equal('example-webinar');
    expect(event.detail.url).to.equal('https://zoom.us/webinar/register/WN_example');
  });

  it('custom-elements.json documents every tag, attribute, event and theme variable of the contract', async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const [tag, attributes] of Object.entries(CONTRACT)) {
      const d = declarations.find((x) => x.tagName === tag);
      expect(d, `${tag} in custom-elements.json`).to.exist;
      const names = (d!.attributes ?? []).map((a) => a.name);
      for (const a of attributes) expect(names, `${tag} attributes`).to.include(a);
      const events = (d!.events ?? []).map((e) => e.name);
      expect(events).to.include.members(['coalition-feed-load', 'coalition-feed-error']);
      const props = (d!.cssProperties ?? []).map((p) => p.name);
      expect(props).to.include.members(THEME);
    }
    const card = declarations.find((x) => x.tagName === 'coalition-event-card')!;
    expect((card.events ?? []).map((e) => e.name)).to.include('coalition-register');
  });

  it("each element's reactive properties are those custom-elements.json documents: attributes, reflection, defaults", async () => {
    const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const tag of Object.keys(CONTRACT)) {
      const d = declarations.find((x) => x.tagName === tag)!;
      const ctor = customElements.get(tag) as CustomElementConstructor & {
        observedAttributes: string[];
        elementProperties: Map<string, { attribute?: string | boolean; reflect?: boolean; state?: boolean }>;
      };
      // Every attribute the element observes is documented, and no other (private state has none).
      expect([...ctor.observedAttributes].sort(), `${tag} observed attributes`).to.deep.equal((d.attributes ?? []).map((a) => a.name).sort());
      const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy);
      for (const [name, options] of ctor.elementProperties) {
        if (options.state) continue;
        const field = fields.find((f) => f.name === name);
        expect(field, `${tag}.${name} in custom-elements.json`).to.exist;
        const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        expect(field!.attribute, `${tag}.${name} attribute`).to.equal(attribute);
        expect(!!field!.reflects, `${tag}.${name} reflects`).to.equal(!!options.reflect);
        expect(el[name], `${tag}.${name} default`).to.deep.equal(field!.default === undefined ? undefined : defaultValue(field!.default));
      }
    }
  });
});
