/**
 * The embed snippet: the HTML a webmaster pastes into a page to show one element. Pure functions,
 * shared by the embed builder page (which also sets the same attributes on its live preview) and
 * its tests.
 */

/** The elements a snippet can show, and the attributes each one takes besides `feed` and `time-zone`. */
export const SNIPPET_ELEMENTS = {
  'coalition-event-card': ['event'],
  'coalition-countdown': ['day', 'event'],
  'coalition-member-map': ['country'],
  'coalition-signatory-list': ['statement', 'sort', 'page-size'],
} as const satisfies Record<string, readonly string[]>;

export type SnippetTag = keyof typeof SNIPPET_ELEMENTS;

/** Theme colours and corner radius; each becomes a `--coalition-*` custom property when set. */
export interface SnippetTheme {
  accent?: string;
  accentText?: string;
  text?: string;
  surface?: string;
  muted?: string;
  border?: string;
  focus?: string;
  /** A CSS length such as `0`, `4px` or `1rem`. */
  radius?: string;
}

/** Which script a snippet loads: the element's own file, or `coalition-widgets.js` with every element. */
export type SnippetLoad = 'element' | 'all';

export interface SnippetOptions {
  tag: SnippetTag;
  /** Where the page loads `coalition-widgets.js` from. */
  scriptUrl: string;
  /**
   * `'element'`: the snippet loads the element's own file, found beside `scriptUrl` (see
   * {@link elementScriptUrl}), or `scriptUrl` itself when it does not end in `coalition-widgets.js`.
   * `'all'` (default): `scriptUrl`, which defines every element.
   */
  load?: SnippetLoad;
  /** The feed's address (or `#id` of an inline feed). */
  feed: string;
  event?: string;
  day?: string;
  statement?: string;
  country?: string;
  sort?: string;
  pageSize?: number | string;
  /** An IANA time zone; without it each visitor sees times in their own zone. */
  timeZone?: string;
  theme?: SnippetTheme;
}

/** The custom property each theme option sets, in the order they are written. */
export const THEME_PROPERTIES: Readonly<Record<keyof SnippetTheme, string>> = {
  accent: '--coalition-accent',
  accentText: '--coalition-accent-text',
  text: '--coalition-text',
  surface: '--coalition-surface',
  muted: '--coalition-muted',
  border: '--coalition-border',
  focus: '--coalition-focus',
  radius: '--coalition-radius',
};

/** Each element's own file, relative to the folder of `coalition-widgets.js`. */
export const ELEMENT_FILES: Readonly<Record<SnippetTag, string>> = {
  'coalition-event-card': 'elements/event-card.js',
  'coalition-countdown': 'elements/countdown.js',
  'coalition-member-map': 'elements/member-map.js',
  'coalition-signatory-list': 'elements/signatory-list.js',
};

const BUNDLE_FILE = 'coalition-widgets.js';

const COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const LENGTH = /^(?:0|\d{1,4}(?:\.\d{1,4})?(?:px|rem|em|%))$/;

/** Escapes text for a double-quoted HTML attribute value (or for element content). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function isSnippetTag(tag: string): tag is SnippetTag {
  return Object.prototype.hasOwnProperty.call(SNIPPET_ELEMENTS, tag);
}

/**
 * The address of the element's own file, from that of `coalition-widgets.js`: the same folder's
 * `elements/<name>.js`. The address keeps its form (absolute, path-only or relative) and any query
 * string or fragment, such as a version (`?v=2`). Undefined when the address's path does not end in
 * `/coalition-widgets.js` (or is not `coalition-widgets.js` itself), when it is a URL other than http
 * or https, or when the tag is not one of the elements.
 */
export function elementScriptUrl(scriptUrl: string, tag: SnippetTag): string | undefined {
  if (!isSnippetTag(tag)) return undefined;
  const [, path, rest] = /^([^?#]*)(.*)$/s.exec(scriptUrl.trim())!;
  if (!path.endsWith(BUNDLE_FILE)) return undefined;
  const folder = path.slice(0, -BUNDLE_FILE.length);
  if (folder !== '' && !folder.endsWith('/')) return undefined;
  // `https://coalition-widgets.js` names a host, not a file.
  if (/^(?:[a-z][a-z\d+.-]*:)?\/\/$/i.test(folder)) return undefined;
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(folder)?.[1];
  if (scheme && !/^https?$/i.test(scheme)) return undefined;
  return `${folder}${ELEMENT_FILES[tag]}${rest}`;
}

/**
 * The address the snippet's script tag loads: the element's own file when `load` is `'element'` and
 * it can be found from `scriptUrl`, else `scriptUrl`.
 */
export function snippetScriptUrl(options: Pick<SnippetOptions, 'tag' | 'scriptUrl' | 'load'>): string {
  return (options.load === 'element' && elementScriptUrl(options.scriptUrl, options.tag)) || options.scriptUrl;
}

/**
 * The element's attributes, in the order they are written: `feed`, the element's own options that
 * are set (empty values are left out), then `time-zone`. Options the element does not take are left out.
 */
export function snippetAttributes(options: SnippetOptions): [name: string, value: string][] {
  if (!isSnippetTag(options.tag)) throw new RangeError(`${String(options.tag)} is not an element of Coalition Widgets`);
  const values: Record<string, string | number | undefined> = {
    event: options.event,
    day: options.day,
    statement: options.statement,
    country: options.country,
    sort: options.sort,
    'page-size': options.pageSize,
  };
  const attributes: [string, string][] = [['feed', options.feed]];
  for (const name of SNIPPET_ELEMENTS[options.tag]) {
    const value = values[name];
    if (value !== undefined && String(value).trim() !== '') attributes.push([name, String(value).trim()]);
  }
  if (options.timeZone?.trim()) attributes.push(['time-zone', options.timeZone.trim()]);
  return attributes;
}

/**
 * The theme's custom properties that are set and valid: colours as `#rgb`, `#rrggbb` (with or
 * without alpha), the radius as `0` or a number with `px`, `rem`, `em` or `%`. Anything else is left
 * out, so nothing but a colour or a length reaches the style rule.
 */
export function themeDeclarations(theme: SnippetTheme = {}): [property: string, value: string][] {
  const declarations: [string, string][] = [];
  for (const [key, property] of Object.entries(THEME_PROPERTIES) as [keyof SnippetTheme, string][]) {
    const value = theme[key]?.trim();
    if (!value) continue;
    if (key === 'radius' ? LENGTH.test(value) : COLOUR.test(value)) declarations.push([property, value.toLowerCase()]);
  }
  return declarations;
}

/**
 * The HTML to paste: the script tag (see {@link snippetScriptUrl}), a `<style>` rule for the element
 * when theme options are set, then the element with its attributes. Lines end with `\n`; no
 * trailing newline.
 */
export function embedSnippet(options: SnippetOptions): string {
  const attributes = snippetAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const lines = [`<script type="module" src="${escapeAttribute(snippetScriptUrl(options))}"></script>`];
  const declarations = themeDeclarations(options.theme);
  if (declarations.length) {
    lines.push('<style>', `  ${options.tag} {`);
    for (const [property, value] of declarations) lines.push(`    ${property}: ${value};`);
    lines.push('  }', '</style>');
  }
  lines.push(`<${options.tag}${attributes}></${options.tag}>`);
  return lines.join('\n');
}
