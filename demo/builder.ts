// The embed builder: choose an element and its options, see it live, copy the snippet.
// The preview element is made with createElement and setAttribute, from the same attributes and
// theme as the snippet, so what is shown is what the snippet makes.
import { parseFeed } from '../src/feed/parse.js';
import type { Feed } from '../src/feed/types.js';
import { textOf } from '../src/feed/text.js';
import {
  elementScriptUrl,
  embedSnippet,
  isSnippetTag,
  snippetAttributes,
  themeDeclarations,
  type SnippetLoad,
  type SnippetOptions,
  type SnippetTag,
  type SnippetTheme,
} from '../src/builder/snippet.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const form = $<HTMLFormElement>('#builder-form');
const feedInput = $<HTMLInputElement>('#builder-feed');
const feedStatus = $<HTMLParagraphElement>('#builder-feed-status');
const scriptInput = $<HTMLInputElement>('#builder-script');
const loadNote = $<HTMLParagraphElement>('#builder-load-note');
const eventSelect = $<HTMLSelectElement>('#builder-event');
const countdownSelect = $<HTMLSelectElement>('#builder-countdown-to');
const countrySelect = $<HTMLSelectElement>('#builder-country');
const statementSelect = $<HTMLSelectElement>('#builder-statement');
const sortSelect = $<HTMLSelectElement>('#builder-sort');
const pageSizeSelect = $<HTMLSelectElement>('#builder-page-size');
const zoneSelect = $<HTMLSelectElement>('#builder-zone');
const radiusSelect = $<HTMLSelectElement>('#builder-radius');
const colours = [...document.querySelectorAll<HTMLInputElement>('input[type="color"][data-theme]')];
const resetTheme = $<HTMLButtonElement>('#builder-reset-theme');
const langSelect = $<HTMLSelectElement>('#builder-lang');
const snippetBox = $<HTMLTextAreaElement>('#builder-snippet');
const copyButton = $<HTMLButtonElement>('#builder-copy');
const copyStatus = $<HTMLSpanElement>('#builder-copy-status');
const previewBox = $<HTMLDivElement>('#builder-preview');

const params = new URLSearchParams(location.search);
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide', 'Pacific/Kiritimati'];
const DEFAULT_SCRIPT = 'https://your-coalition.example/widgets/coalition-widgets.js';

/** Options the user picked, per select, kept while the feed is reloaded. */
function fill(select: HTMLSelectElement, groups: [label: string, options: [value: string, text: string][]][]): void {
  const chosen = select.value;
  const none = new Option(select.dataset.none ?? '', '');
  const children: HTMLElement[] = [none];
  for (const [label, options] of groups) {
    const items = options.map(([value, text]) => new Option(text, value));
    if (!label) children.push(...items);
    else if (items.length) {
      const group = document.createElement('optgroup');
      group.label = label;
      group.append(...items);
      children.push(group);
    }
  }
  select.replaceChildren(...children);
  select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
}

function labelled(id: string, title: string): string {
  return title && title !== id ? `${title} (${id})` : id;
}

function fillFromFeed(feed: Feed | undefined): void {
  const en = (text: Parameters<typeof textOf>[0]) => textOf(text, 'en', feed?.defaultLocale);
  const events = (feed?.events ?? []).map((e): [string, string] => [e.id, labelled(e.id, en(e.title))]);
  const days = (feed?.awarenessDays ?? []).map((d): [string, string] => [d.id, labelled(d.id, en(d.name))]);
  fill(eventSelect, [['', events]]);
  fill(countdownSelect, [
    ['Awareness days', days.map(([id, text]) => [`day:${id}`, text])],
    ['Events', events.map(([id, text]) => [`event:${id}`, text])],
  ]);
  fill(statementSelect, [['', (feed?.statements ?? []).map((s) => [s.id, labelled(s.id, en(s.title))])]]);
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const countries = [...new Set((feed?.members ?? []).map((m) => m.country))]
    .map((code): [string, string] => [code, `${names.of(code) ?? code} (${code})`])
    .sort((a, b) => a[1].localeCompare(b[1], 'en'));
  fill(countrySelect, [['', countries]]);
  const zones = new Set([...ZONES, ...(feed?.events ?? []).map((e) => e.timeZone).filter((z): z is string => !!z)]);
  fill(zoneSelect, [['', [...zones].sort().map((z) => [z, z])]]);
}

let feedRequest = 0;
async function loadOptions(): Promise<void> {
  const request = ++feedRequest;
  const address = feedInput.value.trim();
  if (!address) {
    feedStatus.textContent = 'Give the address of your coalition’s feed.';
    fillFromFeed(undefined);
    return;
  }
  feedStatus.textContent = 'Loading the feed’s events, days, statements and countries…';
  try {
    const response = await fetch(new URL(address, location.href), { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    const { feed } = parseFeed(JSON.parse(await response.text()));
    if (request !== feedRequest) return;
    fillFromFeed(feed);
    feedStatus.textContent = `Options loaded from the feed: ${count(feed.events.length, 'event', 'events')}, ${count(feed.awarenessDays.length, 'awareness day', 'awareness days')}, ${count(feed.statements.length, 'statement', 'statements')}, ${count(feed.members.length, 'member', 'members')}.`;
  } catch (e) {
    if (request !== feedRequest) return;
    fillFromFeed(undefined);
    feedStatus.textContent = `The feed could not be read here (${(e as Error)?.message ?? e}); you can still copy the snippet. A feed on another site must allow this page to read it (CORS).`;
  }
  update();
}

function chosenTag(): SnippetTag {
  const value = new FormData(form).get('tag');
  return typeof value === 'string' && isSnippetTag(value) ? value : 'coalition-event-card';
}

function chosenLoad(): SnippetLoad {
  return new FormData(form).get('load') === 'all' ? 'all' : 'element';
}

function theme(): SnippetTheme {
  const chosen: SnippetTheme = {};
  for (const input of colours) {
    if (input.dataset.chosen) chosen[input.dataset.theme as keyof SnippetTheme] = input.value;
  }
  if (radiusSelect.value) chosen.radius = radiusSelect.value;
  return chosen;
}

function options(): SnippetOptions {
  const [kind, id] = countdownSelect.value ? countdownSelect.value.split(/:(.*)/) : [];
  return {
    tag: chosenTag(),
    scriptUrl: scriptInput.value.trim() || DEFAULT_SCRIPT,
    load: chosenLoad(),
    feed: feedInput.value.trim() ? new URL(feedInput.value.trim(), location.href).href : '',
    event: chosenTag() === 'coalition-countdown' ? (kind === 'event' ? id : undefined) : eventSelect.value,
    day: kind === 'day' ? id : undefined,
    statement: statementSelect.value,
    country: countrySelect.value,
    sort: sortSelect.value,
    pageSize: pageSizeSelect.value,
    timeZone: zoneSelect.value,
    theme: theme(),
  };
}

let preview: HTMLElement | undefined;
function update(): void {
  const chosen = options();
  for (const field of document.querySelectorAll<HTMLElement>('[data-for]')) field.hidden = field.dataset.for !== chosen.tag;

  if (preview?.localName !== chosen.tag) {
    preview = document.createElement(chosen.tag);
    previewBox.replaceChildren(preview);
  }
  const attributes = new Map(snippetAttributes(chosen));
  for (const name of preview.getAttributeNames()) if (name !== 'style' && !attributes.has(name)) preview.removeAttribute(name);
  for (const [name, value] of attributes) if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
  const declarations = new Map(themeDeclarations(chosen.theme));
  for (const property of [...preview.style]) if (!declarations.has(property)) preview.style.removeProperty(property);
  for (const [property, value] of declarations) preview.style.setProperty(property, value);

  const snippet = embedSnippet(chosen);
  if (snippetBox.value !== snippet) {
    snippetBox.value = snippet;
    copyStatus.textContent = '';
  }
  fitSnippet();
  // Only this element's file is wanted but cannot be found from the script's address: say why.
  if (chosen.load === 'element' && !elementScriptUrl(chosen.scriptUrl, chosen.tag)) {
    if (!loadNote.hasChildNodes()) {
      const file = document.createElement('code');
      file.textContent = 'coalition-widgets.js';
      loadNote.replaceChildren(
        'This script’s address does not end in ',
        file,
        ', so the element’s own file cannot be found from it: the snippet loads the address as given.',
      );
    }
  } else loadNote.replaceChildren();
  const url = new URL(location.href);
  url.searchParams.set('element', chosen.tag.replace(/^coalition-/, ''));
  url.searchParams.set('load', chosenLoad());
  history.replaceState(null, '', url);
}

/** Grows the snippet's box to show all of it. */
function fitSnippet(): void {
  snippetBox.style.blockSize = 'auto';
  snippetBox.style.blockSize = `${snippetBox.scrollHeight + 2}px`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

async function copy(): Promise<void> {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    copyStatus.textContent = 'Copied';
  } catch {
    // Without clipboard access, select the snippet so that the keyboard's copy takes it.
    snippetBox.focus();
    snippetBox.select();
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C on a Mac) to copy';
  }
}

function applyLang(value: string): void {
  // The elements follow the document's language, as they would on a member's site.
  document.documentElement.lang = value;
  document.documentElement.dir = value === 'ar' ? 'rtl' : 'ltr';
  langSelect.value = value;
}

form.addEventListener('submit', (event) => event.preventDefault());
form.addEventListener('change', (event) => {
  if (event.target === feedInput) {
    update();
    void loadOptions();
  }
  else if (event.target === langSelect) applyLang(langSelect.value);
  else update();
});
for (const input of colours) {
  input.addEventListener('input', () => {
    input.dataset.chosen = 'true';
    update();
  });
}
resetTheme.addEventListener('click', () => {
  for (const input of colours) {
    input.value = input.defaultValue;
    delete input.dataset.chosen;
  }
  radiusSelect.value = '';
  update();
});
scriptInput.addEventListener('input', update);
copyButton.addEventListener('click', () => void copy());
addEventListener('resize', fitSnippet);

const element = params.get('element');
if (element && isSnippetTag(`coalition-${element}`)) {
  form.querySelector<HTMLInputElement>(`input[name="tag"][value="coalition-${element}"]`)!.checked = true;
}
form.querySelector<HTMLInputElement>(`input[name="load"][value="${params.get('load') === 'all' ? 'all' : 'element'}"]`)!.checked = true;
applyLang(params.get('lang') ?? 'en');
feedInput.value = new URL(params.get('feed') ?? './feed.json', location.href).href;
scriptInput.value = DEFAULT_SCRIPT;
fillFromFeed(undefined);
update();
void loadOptions();
