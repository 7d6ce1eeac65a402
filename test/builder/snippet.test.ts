import { expect, waitUntil } from '@open-wc/testing';
import {
  elementScriptUrl,
  embedSnippet,
  snippetAttributes,
  themeDeclarations,
  type SnippetOptions,
  type SnippetTag,
} from '../../src/builder/snippet.js';

const SCRIPT = 'https://your-coalition.example/widgets/coalition-widgets.js';
const FEED = 'https://coalition.example/feed.json';
const SCRIPT_TAG = `<script type="module" src="${SCRIPT}"></script>`;

describe('embedSnippet', () => {
  it('writes the script tag and an event card with its event and time zone', () => {
    expect(embedSnippet({ tag: 'coalition-event-card', scriptUrl: SCRIPT, feed: FEED, event: 'hrc47-side-event', timeZone: 'Europe/Paris' })).to.equal(
      `${SCRIPT_TAG}\n<coalition-event-card feed="${FEED}" event="hrc47-side-event" time-zone="Europe/Paris"></coalition-event-card>`,
    );
  });

  it('writes a countdown to a day or to an event', () => {
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED, day: 'world-day-against-trafficking' })).to.equal(
      `${SCRIPT_TAG}\n<coalition-countdown feed="${FEED}" day="world-day-against-trafficking"></coalition-countdown>`,
    );
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED, event: 'hrc47-side-event' })).to.equal(
      `${SCRIPT_TAG}\n<coalition-countdown feed="${FEED}" event="hrc47-side-event"></coalition-countdown>`,
    );
  });

  it('writes a member map narrowed to a country, and one with every country', () => {
    expect(embedSnippet({ tag: 'coalition-member-map', scriptUrl: SCRIPT, feed: FEED, country: 'IN' })).to.equal(
      `${SCRIPT_TAG}\n<coalition-member-map feed="${FEED}" country="IN"></coalition-member-map>`,
    );
    expect(embedSnippet({ tag: 'coalition-member-map', scriptUrl: SCRIPT, feed: FEED, country: '' })).to.equal(
      `${SCRIPT_TAG}\n<coalition-member-map feed="${FEED}"></coalition-member-map>`,
    );
  });

  it('writes a signatory list with its statement, order and page size', () => {
    expect(
      embedSnippet({ tag: 'coalition-signatory-list', scriptUrl: SCRIPT, feed: FEED, statement: 'ilo-letter-2018', sort: 'country', pageSize: 0 }),
    ).to.equal(`${SCRIPT_TAG}\n<coalition-signatory-list feed="${FEED}" statement="ilo-letter-2018" sort="country" page-size="0"></coalition-signatory-list>`);
  });

  it('leaves out the options the element does not take', () => {
    const all: Omit<SnippetOptions, 'tag'> = {
      scriptUrl: SCRIPT,
      feed: FEED,
      event: 'e',
      day: 'd',
      statement: 's',
      country: 'FR',
      sort: 'name',
      pageSize: 20,
    };
    expect(snippetAttributes({ tag: 'coalition-event-card', ...all })).to.deep.equal([['feed', FEED], ['event', 'e']]);
    expect(snippetAttributes({ tag: 'coalition-countdown', ...all })).to.deep.equal([['feed', FEED], ['day', 'd'], ['event', 'e']]);
    expect(snippetAttributes({ tag: 'coalition-member-map', ...all })).to.deep.equal([['feed', FEED], ['country', 'FR']]);
    expect(snippetAttributes({ tag: 'coalition-signatory-list', ...all })).to.deep.equal([
      ['feed', FEED],
      ['statement', 's'],
      ['sort', 'name'],
      ['page-size', '20'],
    ]);
  });

  it('refuses a tag that is not one of the four elements', () => {
    expect(() => embedSnippet({ tag: 'script' as never, scriptUrl: SCRIPT, feed: FEED })).to.throw(RangeError);
  });

  it('adds a style rule for the element with the theme colours and radius', () => {
    expect(
      embedSnippet({
        tag: 'coalition-event-card',
        scriptUrl: SCRIPT,
        feed: FEED,
        theme: { accent: '#B3261E', text: '#202124', surface: '#fffbf0', radius: '0' },
      }),
    ).to.equal(
      [
        SCRIPT_TAG,
        '<style>',
        '  coalition-event-card {',
        '    --coalition-accent: #b3261e;',
        '    --coalition-text: #202124;',
        '    --coalition-surface: #fffbf0;',
        '    --coalition-radius: 0;',
        '  }',
        '</style>',
        `<coalition-event-card feed="${FEED}"></coalition-event-card>`,
      ].join('\n'),
    );
  });

  it('leaves out theme values that are not a colour or a length, so nothing else reaches the style rule', () => {
    expect(
      themeDeclarations({ accent: 'red;}</style><script>alert(1)</script>', muted: 'url(x)', border: '#12', radius: '1rem; color: red', text: '#abc' }),
    ).to.deep.equal([['--coalition-text', '#abc']]);
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED, theme: { accent: 'expression(1)' } })).not.to.contain('<style>');
  });

  it('escapes hostile attribute values: the pasted HTML has one script and one element with the exact values', () => {
    const feed = 'https://evil.example/feed.json?a="><script>alert(1)</script>&b=\'1\'';
    const scriptUrl = 'https://cdn.example/w.js"></script><img src=x onerror=alert(2)>';
    const snippet = embedSnippet({ tag: 'coalition-event-card', scriptUrl, feed, event: 'a"<b>&c' });
    expect(snippet).to.equal(
      '<script type="module" src="https://cdn.example/w.js&quot;&gt;&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"></script>\n' +
        '<coalition-event-card feed="https://evil.example/feed.json?a=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;b=\'1\'" event="a&quot;&lt;b&gt;&amp;c"></coalition-event-card>',
    );
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('img')).to.have.length(0);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(scriptUrl);
    const element = doc.querySelector('coalition-event-card')!;
    expect(element.getAttribute('feed')).to.equal(feed);
    expect(element.getAttribute('event')).to.equal('a"<b>&c');
    expect(doc.body.children).to.have.length(2);
  });
});

describe('elementScriptUrl', () => {
  const files: [SnippetTag, string][] = [
    ['coalition-event-card', 'event-card.js'],
    ['coalition-countdown', 'countdown.js'],
    ['coalition-member-map', 'member-map.js'],
    ['coalition-signatory-list', 'signatory-list.js'],
  ];

  it('finds each element’s own file in the elements folder beside an absolute coalition-widgets.js', () => {
    for (const [tag, file] of files) {
      expect(elementScriptUrl(SCRIPT, tag), tag).to.equal(`https://your-coalition.example/widgets/elements/${file}`);
    }
    expect(elementScriptUrl('https://cdn.example/coalition-widgets.js', 'coalition-member-map')).to.equal('https://cdn.example/elements/member-map.js');
    expect(elementScriptUrl('HTTP://cdn.example:8080/a/b/coalition-widgets.js', 'coalition-countdown')).to.equal('HTTP://cdn.example:8080/a/b/elements/countdown.js');
    expect(elementScriptUrl('//cdn.example/w/coalition-widgets.js', 'coalition-event-card')).to.equal('//cdn.example/w/elements/event-card.js');
    expect(elementScriptUrl('  https://cdn.example/w/coalition-widgets.js\n', 'coalition-event-card')).to.equal('https://cdn.example/w/elements/event-card.js');
  });

  it('keeps a path-only or relative address in its form', () => {
    expect(elementScriptUrl('/widgets/coalition-widgets.js', 'coalition-signatory-list')).to.equal('/widgets/elements/signatory-list.js');
    expect(elementScriptUrl('/coalition-widgets.js', 'coalition-event-card')).to.equal('/elements/event-card.js');
    expect(elementScriptUrl('coalition-widgets.js', 'coalition-countdown')).to.equal('elements/countdown.js');
    expect(elementScriptUrl('./coalition-widgets.js', 'coalition-member-map')).to.equal('./elements/member-map.js');
    expect(elementScriptUrl('../assets/widgets/coalition-widgets.js', 'coalition-event-card')).to.equal('../assets/widgets/elements/event-card.js');
  });

  it('keeps a query string and a fragment after the file’s name', () => {
    expect(elementScriptUrl(`${SCRIPT}?v=2.1.0`, 'coalition-event-card')).to.equal('https://your-coalition.example/widgets/elements/event-card.js?v=2.1.0');
    expect(elementScriptUrl('/w/coalition-widgets.js?v=2#top', 'coalition-countdown')).to.equal('/w/elements/countdown.js?v=2#top');
    expect(elementScriptUrl('coalition-widgets.js#x', 'coalition-member-map')).to.equal('elements/member-map.js#x');
    // Only the path counts: a query that names the file is not the file.
    expect(elementScriptUrl('https://cdn.example/load?file=coalition-widgets.js', 'coalition-event-card')).to.equal(undefined);
    expect(elementScriptUrl('https://cdn.example/w/coalition-widgets.js?next=/coalition-widgets.js', 'coalition-event-card')).to.equal(
      'https://cdn.example/w/elements/event-card.js?next=/coalition-widgets.js',
    );
  });

  it('gives undefined for an address that is not coalition-widgets.js', () => {
    for (const url of [
      '',
      '/src/coalition-widgets.ts',
      'https://unpkg.com/coalition-widgets',
      'https://cdn.example/w/my-coalition-widgets.js',
      'https://cdn.example/w/coalition-widgets.min.js',
      'https://cdn.example/w/Coalition-Widgets.js',
      'https://cdn.example/w/coalition-widgets.js/',
      'https://cdn.example/w/elements/event-card.js',
      'https://coalition-widgets.js',
      '//coalition-widgets.js',
      'javascript:/coalition-widgets.js',
      'data:text/javascript,/coalition-widgets.js',
    ]) {
      expect(elementScriptUrl(url, 'coalition-event-card'), url).to.equal(undefined);
    }
    expect(elementScriptUrl(SCRIPT, 'script' as never)).to.equal(undefined);
  });
});

describe('embedSnippet load option', () => {
  const element = `<coalition-countdown feed="${FEED}"></coalition-countdown>`;

  it('loads coalition-widgets.js as given by default and with load: all', () => {
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED })).to.equal(`${SCRIPT_TAG}\n${element}`);
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED, load: 'all' })).to.equal(`${SCRIPT_TAG}\n${element}`);
  });

  it('loads the element’s own file with load: element', () => {
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: SCRIPT, feed: FEED, load: 'element' })).to.equal(
      `<script type="module" src="https://your-coalition.example/widgets/elements/countdown.js"></script>\n${element}`,
    );
    expect(
      embedSnippet({ tag: 'coalition-signatory-list', scriptUrl: '/w/coalition-widgets.js', feed: FEED, load: 'element', theme: { radius: '0' } }).split('\n'),
    ).to.deep.equal([
      '<script type="module" src="/w/elements/signatory-list.js"></script>',
      '<style>',
      '  coalition-signatory-list {',
      '    --coalition-radius: 0;',
      '  }',
      '</style>',
      `<coalition-signatory-list feed="${FEED}"></coalition-signatory-list>`,
    ]);
  });

  it('loads the address as given with load: element when the element’s file cannot be found from it', () => {
    expect(embedSnippet({ tag: 'coalition-countdown', scriptUrl: 'https://cdn.example/bundle.js', feed: FEED, load: 'element' })).to.equal(
      `<script type="module" src="https://cdn.example/bundle.js"></script>\n${element}`,
    );
  });

  it('escapes a hostile query string kept on the element’s file', () => {
    const scriptUrl = '/w/coalition-widgets.js?"></script><script>alert(1)</script>';
    const snippet = embedSnippet({ tag: 'coalition-event-card', scriptUrl, feed: FEED, load: 'element' });
    expect(snippet.split('\n')[0]).to.equal(
      '<script type="module" src="/w/elements/event-card.js?&quot;&gt;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></script>',
    );
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal('/w/elements/event-card.js?"></script><script>alert(1)</script>');
  });
});

// The builder page itself, in a frame: the snippet it shows, pasted into a blank page, makes the
// same element as its live preview.
describe('the embed builder page', function () {
  this.timeout(30000);

  let frame: HTMLIFrameElement;
  let pasted: HTMLIFrameElement | undefined;

  const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const shadowText = (el: Element | null | undefined) => normalise(el?.shadowRoot?.textContent);

  async function openBuilder(element: string, query = ''): Promise<Document> {
    frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1280px; block-size: 900px';
    frame.src = `/demo/builder.html?feed=${encodeURIComponent('/test/builder/feed.json')}&element=${element}${query}`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() => doc.querySelector('#builder-feed-status')?.textContent?.startsWith('Options loaded'), 'the builder loads the feed', {
      timeout: 10000,
    });
    return doc;
  }

  function choose(doc: Document, selector: string, value: string, type = 'change'): void {
    const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
    field.value = value;
    expect(field.value, `${selector} offers ${value}`).to.equal(value);
    field.dispatchEvent(new Event(type, { bubbles: true }));
  }

  async function paste(snippet: string): Promise<Document> {
    pasted = document.createElement('iframe');
    pasted.style.cssText = 'inline-size: 1280px; block-size: 900px';
    pasted.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank page</title></head><body>${snippet}</body></html>`;
    document.body.append(pasted);
    await new Promise((resolve) => pasted!.addEventListener('load', resolve, { once: true }));
    return pasted.contentDocument!;
  }

  afterEach(() => {
    frame?.remove();
    pasted?.remove();
    pasted = undefined;
  });

  const cases: { element: string; choices: [string, string][]; expected: string }[] = [
    {
      element: 'event-card',
      choices: [['#builder-event', 'brussels-conference-2023'], ['#builder-zone', 'Asia/Kolkata']],
      expected: 'Conference in Brussels',
    },
    { element: 'countdown', choices: [['#builder-countdown-to', 'day:world-day-against-trafficking']], expected: 'World Day against Trafficking in Persons' },
    { element: 'member-map', choices: [['#builder-country', 'LB']], expected: 'KAFA' },
    {
      element: 'signatory-list',
      choices: [['#builder-statement', 'ilo-letter-2018'], ['#builder-sort', 'name'], ['#builder-page-size', '0']],
      expected: 'Letter from 85 NGOs to the ILO Standard Setting Committee',
    },
  ];

  for (const { element, choices, expected } of cases) {
    it(`makes the same ${element} when its snippet is pasted into a blank page, themed`, async () => {
      const doc = await openBuilder(element);
      for (const [selector, value] of choices) choose(doc, selector, value);
      choose(doc, '#builder-script', '/src/coalition-widgets.ts', 'input');
      choose(doc, 'input[data-theme="accent"]', '#b3261e', 'input');
      choose(doc, '#builder-radius', '0');

      const tag = `coalition-${element}`;
      const preview = doc.querySelector(`#builder-preview > ${tag}`);
      expect(preview, 'the live preview').to.exist;
      const snippet = doc.querySelector<HTMLTextAreaElement>('#builder-snippet')!.value;
      expect(snippet).to.match(/^<script type="module" src="\/src\/coalition-widgets\.ts"><\/script>\n<style>\n/);
      expect(snippet).to.contain(`feed="${new URL('/test/builder/feed.json', location.href).href}"`);
      for (const [, value] of choices) expect(snippet).to.contain(`="${value.replace(/^day:/, '')}"`);

      const page = await paste(snippet);
      await waitUntil(() => shadowText(page.querySelector(tag)).includes(expected), `the pasted ${tag} shows “${expected}”`, { timeout: 10000 });
      await waitUntil(() => shadowText(preview).includes(expected), `the preview shows “${expected}”`, { timeout: 10000 });
      // Same text (retried: a countdown may tick between the two reads).
      await waitUntil(() => shadowText(page.querySelector(tag)) === shadowText(preview), 'the pasted element shows what the preview shows', {
        timeout: 5000,
      });

      const placed = page.querySelector(tag)!;
      const style = page.defaultView!.getComputedStyle(placed);
      expect(style.getPropertyValue('--coalition-accent').trim()).to.equal('#b3261e');
      expect(style.getPropertyValue('--coalition-radius').trim()).to.equal('0');
      expect(getComputedStyle(preview!).getPropertyValue('--coalition-accent').trim()).to.equal('#b3261e');
      for (const [name, value] of snippetAttributesOf(preview!)) expect(placed.getAttribute(name), name).to.equal(value);
      expect(snippetAttributesOf(placed)).to.deep.equal(snippetAttributesOf(preview!));
    });
  }

  const scriptLine = (doc: Document) => doc.querySelector<HTMLTextAreaElement>('#builder-snippet')!.value.split('\n')[0];
  const shown = (el: Element) => el.getClientRects().length > 0;

  const loadChoice = (doc: Document) => doc.querySelector<HTMLInputElement>('input[name="load"]:checked')?.value;
  function chooseLoad(doc: Document, value: string): void {
    doc.querySelector<HTMLInputElement>(`input[name="load"][value="${value}"]`)!.click();
    expect(loadChoice(doc)).to.equal(value);
  }

  it('loads only the chosen element’s file by default, or coalition-widgets.js when asked, and keeps the choice in the address', async () => {
    const doc = await openBuilder('event-card');
    const group = doc.querySelector('input[name="load"]')!.closest('fieldset')!;
    const note = doc.querySelector('#builder-load-note')!;
    expect(group.querySelector('legend')!.textContent!.trim()).to.equal('Script the snippet loads');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[name="load"]')];
    expect(radios.map((input) => [input.type, input.value, normalise(input.labels![0].textContent)])).to.deep.equal([
      ['radio', 'element', 'Only this element (lighter and faster, for a page with just this one)'],
      ['radio', 'all', 'Every element (coalition-widgets.js, for a page with two or more)'],
    ]);
    // Where each element's file is, and when to load coalition-widgets.js instead.
    const hint = doc.querySelector('#builder-load-hint')!;
    expect(hint.closest('fieldset')).to.equal(group);
    expect(shown(hint), 'the hint').to.equal(true);
    expect(normalise(hint.textContent)).to.equal(
      'Each element’s own file is in the elements/ folder beside coalition-widgets.js. On a page with two or more elements, ' +
        'load coalition-widgets.js once instead: each element’s file carries its own copy of the common code.',
    );
    expect(loadChoice(doc)).to.equal('element');
    expect(group.getAttribute('aria-describedby')!.split(' ')).to.include.members(['builder-load-note', 'builder-load-hint']);
    expect(scriptLine(doc)).to.equal('<script type="module" src="https://your-coalition.example/widgets/elements/event-card.js"></script>');
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('load')).to.equal('element');

    for (const element of ['countdown', 'member-map', 'signatory-list', 'event-card']) {
      doc.querySelector<HTMLInputElement>(`input[name="tag"][value="coalition-${element}"]`)!.click();
      expect(scriptLine(doc), element).to.equal(`<script type="module" src="https://your-coalition.example/widgets/elements/${element}.js"></script>`);
      expect(doc.querySelector(`#builder-preview > coalition-${element}`), `the ${element} preview`).to.exist;
      expect(shown(note), 'no note').to.equal(false);
    }

    chooseLoad(doc, 'all');
    expect(scriptLine(doc)).to.equal(SCRIPT_TAG);
    expect(new URL(frame.contentWindow!.location.href).searchParams.get('load')).to.equal('all');
    expect(doc.querySelector('#builder-preview > coalition-event-card'), 'the preview stays').to.exist;
    expect(shown(note), 'no note').to.equal(false);
  });

  it('opens with the script the address asks for', async () => {
    const doc = await openBuilder('signatory-list', '&load=all');
    expect(loadChoice(doc)).to.equal('all');
    expect(scriptLine(doc)).to.equal(SCRIPT_TAG);
    frame.remove();
    const other = await openBuilder('signatory-list', '&load=nonsense');
    expect(loadChoice(other)).to.equal('element');
    expect(scriptLine(other)).to.equal('<script type="module" src="https://your-coalition.example/widgets/elements/signatory-list.js"></script>');
  });

  it('says why the snippet loads the address as given when the element’s own file cannot be found from it', async () => {
    const doc = await openBuilder('member-map');
    const note = doc.querySelector('#builder-load-note')!;
    expect(doc.querySelector('#builder-script')!.getAttribute('aria-describedby')!.split(' ')).to.include('builder-load-note');

    choose(doc, '#builder-script', 'https://cdn.example/widgets.js', 'input');
    expect(scriptLine(doc)).to.equal('<script type="module" src="https://cdn.example/widgets.js"></script>');
    expect(shown(note), 'the note').to.equal(true);
    expect(note.textContent).to.contain('does not end in coalition-widgets.js');

    chooseLoad(doc, 'all');
    expect(scriptLine(doc)).to.equal('<script type="module" src="https://cdn.example/widgets.js"></script>');
    expect(shown(note), 'no note with every element').to.equal(false);

    chooseLoad(doc, 'element');
    expect(shown(note), 'the note again').to.equal(true);
    choose(doc, '#builder-script', 'coalition-widgets.js?v=3', 'input');
    expect(scriptLine(doc)).to.equal('<script type="module" src="elements/member-map.js?v=3"></script>');
    expect(shown(note), 'no note once it can be found').to.equal(false);
    expect(note.textContent).to.equal('');
  });

  it('copies the snippet, or selects it when the clipboard is refused, and says so', async () => {
    const doc = await openBuilder('event-card');
    const win = frame.contentWindow as Window & typeof globalThis;
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const box = doc.querySelector<HTMLTextAreaElement>('#builder-snippet')!;
    const status = doc.querySelector('#builder-copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    doc.querySelector<HTMLButtonElement>('#builder-copy')!.click();
    await waitUntil(() => status.textContent === 'Copied', 'says Copied');
    expect(copied).to.deep.equal([box.value]);

    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    doc.querySelector<HTMLButtonElement>('#builder-copy')!.click();
    await waitUntil(() => status.textContent?.startsWith('Selected'), 'says the snippet is selected');
    expect(doc.activeElement).to.equal(box);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
  });

  it('puts a hostile feed address in the snippet escaped, and in the preview as an attribute only', async () => {
    const doc = await openBuilder('event-card');
    const hostile = '/test/builder/missing.json?a=1&b="><script>parent.hacked=1</script>';
    choose(doc, '#builder-feed', hostile);
    const snippet = doc.querySelector<HTMLTextAreaElement>('#builder-snippet')!.value;
    // The address is made absolute, which encodes what cannot be in a URL.
    const absolute = new URL(hostile, location.href).href;
    expect(absolute).to.contain('&b=%22%3E%3Cscript%3E');
    expect(snippet).to.contain(`feed="${absolute.replace(/&/g, '&amp;')}"`);
    expect(snippet.match(/<script/g)).to.have.length(1);
    expect(doc.querySelector('#builder-preview coalition-event-card')!.getAttribute('feed')).to.equal(absolute);
    expect(doc.querySelectorAll('#builder-preview script:not([type="application/ld+json"])')).to.have.length(0);
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
  });
});

function snippetAttributesOf(el: Element): [string, string][] {
  return el
    .getAttributeNames()
    .filter((name) => name !== 'style')
    .sort()
    .map((name) => [name, el.getAttribute(name)!]);
}
