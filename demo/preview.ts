// The feed preview: validates the feed being edited and shows the four elements rendered from it.
// Nothing is sent anywhere; a feed given by address is fetched by this page only.
import { validateFeedText, type ValidationProblem, type ValidationResult } from '../src/feed/validate.js';
import type { CoalitionElement } from '../src/base/coalition-element.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const text = $<HTMLTextAreaElement>('#preview-text');
const summary = $<HTMLParagraphElement>('#preview-summary');
const list = $<HTMLOListElement>('#preview-problems');
const lang = $<HTMLSelectElement>('#preview-lang');
const zone = $<HTMLSelectElement>('#preview-zone');
const file = $<HTMLInputElement>('#preview-file');
const urlForm = $<HTMLFormElement>('#preview-url-form');
const url = $<HTMLInputElement>('#preview-url');
const demo = $<HTMLButtonElement>('#preview-demo');
const elements = [...document.querySelectorAll<CoalitionElement>('.preview-elements > *[id^="preview-"]')];
const choices = {
  event: { select: $<HTMLSelectElement>('#preview-event'), targets: ['#preview-event-card'], none: 'The next one (default)' },
  day: { select: $<HTMLSelectElement>('#preview-day'), targets: ['#preview-countdown'], none: 'The next one (default)' },
  statement: { select: $<HTMLSelectElement>('#preview-statement'), targets: ['#preview-signatory-list'], none: 'The first one (default)' },
};
const params = new URLSearchParams(location.search);

const SEVERITY_LABEL: Record<ValidationProblem['severity'], string> = {
  error: 'Error',
  warning: 'Left out',
  notice: 'Notice',
};

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function describe(result: ValidationResult): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const p of result.problems) counts[p.severity]++;
  if (result.refused) {
    return `The feed is refused: visitors would see only the elements' “unavailable” message (${plural(counts.error, 'error')}).`;
  }
  if (!counts.warning && !counts.notice) return 'The feed is valid: no problems.';
  const parts: string[] = [];
  if (counts.warning) parts.push(`${counts.warning} ${counts.warning === 1 ? 'entry or link' : 'entries or links'} left out`);
  if (counts.notice) parts.push(plural(counts.notice, 'notice'));
  return `The feed can be used: ${parts.join(', ')}.`;
}

/** Selects the place of a problem in the text, and scrolls to it. */
function reveal(problem: ValidationProblem): void {
  const value = text.value;
  const lineEnd = value.indexOf('\n', problem.offset);
  const end = (lineEnd < 0 ? value.length : lineEnd) - (/,\s*$/.test(value.slice(problem.offset, lineEnd < 0 ? undefined : lineEnd)) ? 1 : 0);
  text.focus();
  text.setSelectionRange(problem.offset, Math.max(problem.offset, end));
  const lineHeight = parseFloat(getComputedStyle(text).lineHeight) || 20;
  text.scrollTop = Math.max(0, (problem.line - 1) * lineHeight - text.clientHeight / 3);
}

function renderProblems(result: ValidationResult): void {
  list.replaceChildren(
    ...result.problems.map((problem) => {
      const item = document.createElement('li');
      item.className = `preview-problem preview-problem--${problem.severity}`;
      const place = document.createElement('button');
      place.type = 'button';
      place.className = 'preview-place';
      place.textContent = `Line ${problem.line}, column ${problem.column}`;
      place.addEventListener('click', () => reveal(problem));
      const severity = document.createElement('span');
      severity.className = 'preview-severity';
      severity.textContent = SEVERITY_LABEL[problem.severity];
      const path = document.createElement('code');
      path.textContent = problem.path;
      const message = document.createElement('span');
      message.className = 'preview-message';
      message.textContent = problem.message;
      const head = document.createElement('span');
      head.className = 'preview-problem-head';
      head.append(severity, ' ', place);
      item.append(head, ' ', path, ': ', message);
      return item;
    }),
  );
  list.hidden = result.problems.length === 0;
}

function fillChoices(result: ValidationResult): void {
  const feed = result.feed;
  const ids = {
    event: feed?.events.map((e) => e.id) ?? [],
    day: feed?.awarenessDays.map((d) => d.id) ?? [],
    statement: feed?.statements.map((s) => s.id) ?? [],
  };
  for (const [attribute, { select, targets, none }] of Object.entries(choices)) {
    const chosen = select.value;
    const options = ids[attribute as keyof typeof ids];
    select.replaceChildren(new Option(none, ''), ...options.map((id) => new Option(id, id)));
    select.value = options.includes(chosen) ? chosen : '';
    for (const target of targets) {
      const el = $<HTMLElement>(target);
      if (select.value) el.setAttribute(attribute, select.value);
      else el.removeAttribute(attribute);
    }
  }
}

let lastText: string | undefined;
function update(): void {
  if (text.value === lastText) return;
  lastText = text.value;
  if (!text.value.trim()) {
    summary.textContent = 'Paste a feed to check it.';
    list.replaceChildren();
    list.hidden = true;
    for (const el of elements) el.feedData = undefined;
    return;
  }
  const result = validateFeedText(text.value);
  summary.textContent = describe(result);
  summary.dataset.state = result.refused ? 'refused' : result.problems.some((p) => p.severity === 'warning') ? 'warnings' : 'ok';
  renderProblems(result);
  fillChoices(result);
  // Text that is not JSON reaches the elements as it is, so they show what a visitor would see.
  const data = result.data ?? text.value;
  for (const el of elements) el.feedData = data;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function scheduleUpdate(): void {
  clearTimeout(timer);
  timer = setTimeout(update, 400);
}

function setText(value: string): void {
  text.value = value;
  clearTimeout(timer);
  update();
}

async function loadFrom(source: string, label: string): Promise<void> {
  summary.textContent = `Loading ${label}…`;
  try {
    const response = await fetch(source, { credentials: 'omit', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`the server answered HTTP ${response.status}`);
    lastText = undefined;
    setText(await response.text());
  } catch (e) {
    summary.textContent = `${label} could not be loaded: ${(e as Error)?.message ?? e}. A server that does not allow other sites to read its feeds (CORS) cannot be previewed here: paste the feed instead.`;
  }
}

async function openFile(f: File | undefined): Promise<void> {
  if (!f) return;
  setText(await f.text());
}

function applyLang(value: string): void {
  document.documentElement.lang = value;
  document.documentElement.dir = value === 'ar' ? 'rtl' : 'ltr';
  lang.value = value;
}

function applyZone(value: string): void {
  zone.value = value;
  for (const el of elements) {
    if (value) el.setAttribute('time-zone', value);
    else el.removeAttribute('time-zone');
  }
}

text.addEventListener('input', scheduleUpdate);
text.addEventListener('dragover', (event) => {
  if (event.dataTransfer?.types.includes('Files')) {
    event.preventDefault();
    text.classList.add('preview-text--drop');
  }
});
text.addEventListener('dragleave', () => text.classList.remove('preview-text--drop'));
text.addEventListener('drop', (event) => {
  text.classList.remove('preview-text--drop');
  const dropped = event.dataTransfer?.files[0];
  if (dropped) {
    event.preventDefault();
    void openFile(dropped);
  }
});
file.addEventListener('change', () => void openFile(file.files?.[0]));
urlForm.addEventListener('submit', (event) => {
  event.preventDefault();
  if (url.value) void loadFrom(url.value, url.value);
});
demo.addEventListener('click', () => void loadFrom(new URL('./feed.json', location.href).href, 'The demo feed'));
for (const [attribute, { select, targets }] of Object.entries(choices)) {
  select.addEventListener('change', () => {
    for (const target of targets) {
      if (select.value) $(target).setAttribute(attribute, select.value);
      else $(target).removeAttribute(attribute);
    }
  });
}
lang.addEventListener('change', () => applyLang(lang.value));
zone.addEventListener('change', () => applyZone(zone.value));

applyLang(params.get('lang') ?? 'en');
applyZone(params.get('tz') ?? '');
const fromParam = params.get('feed');
if (fromParam) {
  url.value = fromParam;
  void loadFrom(new URL(fromParam, location.href).href, fromParam);
} else {
  void loadFrom(new URL('./feed.json', location.href).href, 'The demo feed');
}
