// Minifies the static text of Lit's css`…` and html`…` templates in our sources, for the bundles a
// page loads (`vite build` and `vite build --mode demo`, see vite.config.ts). The JavaScript minifier
// keeps template text as it is, so without this the bundle carries the CSS comments and every
// template's indentation.
//
// - css`…`: comments dropped, whitespace collapsed, and removed around `{ } ; ,` and after `:` (never
//   before `:`: `a :hover` is not `a:hover`); strings kept; `;}` becomes `}`; `--on: ;` keeps its space.
// - html`…`: each whitespace run with a newline in it becomes one space (never nothing: between
//   inline elements it shows); runs without a newline are left alone.
// - Only the text between `${…}` changes; the expressions are copied byte for byte, except that the
//   css`…`/html`…` templates nested in them are minified the same way.
// - Left alone: svg`…` (whitespace in <text> shows), str`…` and msg(html`…`) (lit-localize hashes
//   the text of a message without an id), html`…` with a <pre> or <textarea> in it, and a css`…`
//   whose string or comment runs across a `${…}`.

const TAGS = { css: minifyCss, html: minifyHtml };
const KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const WORD = /[\w$\u0080-\uffff]/;

/** `code` with the css`…` and html`…` templates minified. */
export function minifyTemplates(code) {
  return applyEdits(code, templateEdits(code));
}

/**
 * The changes minifyTemplates makes, as `{ start, end, text }` (replace code.slice(start, end) with
 * text), sorted by start. Throws on code it cannot follow (an unclosed string, template or `${`).
 */
export function templateEdits(code) {
  const edits = [];
  scanCode(code, 0, edits, false);
  return edits.sort((a, b) => a.start - b.start);
}

/** The Vite plugin: minifies the templates in src/**\/*.ts, with a source map. */
export function minifyTemplatesPlugin() {
  let src;
  return {
    name: 'coalition-minify-templates',
    apply: 'build',
    configResolved(config) {
      src = `${config.root}/src/`;
    },
    transform(code, id) {
      if (!id.startsWith(src) || !id.endsWith('.ts')) return null;
      const edits = templateEdits(code);
      if (!edits.length) return null;
      return { code: applyEdits(code, edits), map: sourceMap(code, edits, id) };
    },
  };
}

/**
 * Walks JavaScript (or TypeScript) from `i` to the end, or, inside `${…}`, to its closing brace
 * (returns its index). Skips comments, strings and regular expressions; hands templates to scanTemplate.
 */
function scanCode(code, i, edits, inExpression) {
  let depth = 0;
  let prev = ''; // the last token: a word, a punctuator, or '"' for a string, template or regex
  while (i < code.length) {
    const c = code[i];
    if (/\s/.test(c)) {
      i++;
    } else if (code.startsWith('//', i)) {
      i = code.indexOf('\n', i);
      if (i < 0) i = code.length;
    } else if (code.startsWith('/*', i)) {
      i = code.indexOf('*/', i + 2);
      if (i < 0) throw new Error('unclosed comment');
      i += 2;
    } else if (c === '"' || c === "'") {
      i = skipString(code, i);
      prev = '"';
    } else if (c === '`') {
      i = scanTemplate(code, i, edits);
      prev = '"';
    } else if (c === '/' && regexCanStart(prev) && skipRegex(code, i) > 0) {
      i = skipRegex(code, i);
      prev = '"';
    } else if (WORD.test(c)) {
      const start = i;
      while (i < code.length && WORD.test(code[i])) i++;
      prev = code.slice(start, i);
    } else {
      if (c === '{') depth++;
      if (c === '}' && depth-- === 0 && inExpression) return i;
      prev = c;
      i++;
    }
  }
  if (inExpression) throw new Error('unclosed ${');
  return i;
}

/** A `/` starts a regular expression after a punctuator other than `) ] }`, or after a keyword. */
function regexCanStart(prev) {
  if (prev === '"') return false;
  if (prev === '') return true;
  if (WORD.test(prev[0])) return KEYWORDS.has(prev);
  return !')]}'.includes(prev);
}

/** The end of the regular expression at `i`, or -1 if there is none on this line (then it divides). */
function skipRegex(code, i) {
  let inClass = false;
  for (i++; i < code.length && code[i] !== '\n'; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === '[') inClass = true;
    else if (code[i] === ']') inClass = false;
    else if (code[i] === '/' && !inClass) {
      i++;
      while (WORD.test(code[i] ?? '')) i++; // flags
      return i;
    }
  }
  return -1;
}

function skipString(code, i) {
  const quote = code[i];
  for (i++; i < code.length && code[i] !== '\n'; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i + 1;
  }
  throw new Error('unclosed string');
}

/** Walks the template literal at `i` (its backtick); returns the index after it. */
function scanTemplate(code, i, edits) {
  const tag = tagBefore(code, i);
  const parts = []; // the static text between the `${…}`, as [start, end]
  let start = ++i;
  for (;;) {
    if (i >= code.length) throw new Error('unclosed template');
    if (code[i] === '\\') {
      i += 2;
    } else if (code[i] === '`') {
      parts.push([start, i]);
      break;
    } else if (code.startsWith('${', i)) {
      parts.push([start, i]);
      i = scanCode(code, i + 2, edits, true) + 1;
      start = i;
    } else {
      i++;
    }
  }
  if (tag) {
    const texts = TAGS[tag](parts.map(([s, e]) => code.slice(s, e)));
    parts.forEach(([s, e], n) => {
      if (texts[n] !== code.slice(s, e)) edits.push({ start: s, end: e, text: texts[n] });
    });
  }
  return i + 1;
}

/** 'css' or 'html' if the backtick at `i` follows that tag: the whole identifier, not inside msg(…). */
function tagBefore(code, i) {
  const m = /(?:^|[^\w$.#\u0080-\uffff])(css|html)$/.exec(code.slice(Math.max(0, i - 5), i));
  if (!m) return undefined;
  const before = code.slice(Math.max(0, i - m[1].length - 20), i - m[1].length);
  return /\bmsg\(\s*$/.test(before) ? undefined : m[1];
}

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isHex = (c) => /^[0-9a-fA-F]$/.test(c ?? '');
const NO_SPACE_AFTER = '{};,:';
const NO_SPACE_BEFORE = '{};,';
const ESCAPES = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', 0: '\0' };

/**
 * The raw text of a template part as units: `{ raw, ch }`, one character or one escape of the
 * template literal, with the character it stands for in the string Lit gets ('' for a line continuation).
 */
function units(raw) {
  const unit = /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])|[\s\S]/gy;
  return Array.from(raw.matchAll(unit), ([raw, escape]) => {
    if (escape === undefined) return { raw, ch: raw };
    if (/^[ux]/.test(escape)) return { raw, ch: String.fromCodePoint(parseInt(escape.replace(/[ux{}]/g, ''), 16)) };
    if (/^(\r\n|[\n\r\u2028\u2029])$/.test(escape)) return { raw, ch: '' };
    return { raw, ch: ESCAPES[escape] ?? escape };
  });
}

/**
 * The static parts of one css`…`, minified. It reads the characters Lit gets (so `\\:` is a CSS
 * escape, `\:` a plain colon) and writes back the raw text it keeps. Unchanged if a string,
 * comment or escape is cut by a `${…}`.
 */
function minifyCss(parts) {
  const out = [];
  for (const [n, part] of parts.entries()) {
    const u = units(part);
    const kept = []; // raw text
    let last = n === 0 ? '' : undefined; // the last character kept if plain CSS; '' at the start, undefined after ${…}
    const comment = (i) => u[i]?.ch === '/' && u[i + 1]?.ch === '*';
    const keep = (from, to, ch) => {
      kept.push(u.slice(from, to).map((x) => x.raw).join(''));
      last = ch;
    };
    for (let i = 0; i < u.length; ) {
      const c = u[i].ch;
      if (isSpace(c) || c === '' || comment(i)) {
        // A run of whitespace and comments: nothing if it holds no whitespace or touches a
        // punctuator that needs none; one space otherwise (also next to a ${…}).
        let spaced = false;
        while (i < u.length && (isSpace(u[i].ch) || u[i].ch === '' || comment(i))) {
          if (!comment(i)) {
            spaced ||= u[i].ch !== '';
            i++;
            continue;
          }
          let end = i + 2;
          while (end < u.length && !(u[end].ch === '*' && u[end + 1]?.ch === '/')) end++;
          if (end >= u.length) return parts;
          i = end + 2;
        }
        const next = i < u.length ? u[i].ch : n === parts.length - 1 ? '' : undefined;
        const drop = last === '' || next === '' || NO_SPACE_AFTER.includes(last || '?') || NO_SPACE_BEFORE.includes(next || '?');
        // `--on: ;` (an empty custom property, the "space toggle") keeps its space: older browsers refuse `--on:;`.
        const empty = last === ':' && (next === ';' || next === '}');
        if (spaced && (!drop || empty)) {
          kept.push(' ');
          last = ' ';
        }
      } else if (c === '"' || c === "'") {
        // A string, kept whole: up to the same quote, a backslash escaping what follows it.
        let end = i + 1;
        while (end < u.length && u[end].ch !== c && u[end].ch !== '\n') end += u[end].ch === '\\' ? 2 : 1;
        if (end >= u.length || u[end].ch === '\n') return parts;
        keep(i, end + 1, '"');
        i = end + 1;
      } else if (c === '\\') {
        // A CSS escape, kept whole: the backslash, then one character, or up to six hex digits and
        // the whitespace that may end them.
        let end = i + 2;
        if (isHex(u[i + 1]?.ch)) {
          for (end = i + 1; end < i + 7 && isHex(u[end]?.ch); ) end++;
          if (isSpace(u[end]?.ch)) end++;
        }
        if (end > u.length) return parts;
        keep(i, end, '\\');
        i = end;
      } else {
        if (c === '}' && last === ';') kept.pop();
        keep(i, i + 1, c);
        i++;
      }
    }
    out.push(kept.join(''));
  }
  return out;
}

/** The static parts of one html`…`: each whitespace run with a newline becomes one space. */
function minifyHtml(parts) {
  if (parts.some((p) => /<(pre|textarea)\b/i.test(p))) return parts;
  // Escapes are matched first so that a line continuation (`\` before a newline) stays as it is.
  return parts.map((p) => p.replace(/\\[\s\S]|[ \t\r\f]*\n[ \t\r\n\f]*/g, (m) => (m[0] === '\\' ? m : ' ')));
}

export function applyEdits(code, edits) {
  let out = '';
  let pos = 0;
  for (const { start, end, text } of edits) {
    out += code.slice(pos, start) + text;
    pos = end;
  }
  return out + code.slice(pos);
}

/**
 * A source map from applyEdits(code, edits) back to code: unchanged text maps to itself, at the start
 * of each line and each word; a replacement maps to the start of the text it replaced.
 */
export function sourceMap(code, edits, file) {
  const lines = [[]]; // per generated line: segments [column, original line, original column]
  let column = 0; // in the generated line
  let line = 0; // in code
  let lineStart = 0; // index in code of that line's first character
  const mark = (i) => {
    const segments = lines.at(-1);
    if (segments.at(-1)?.[0] === column) segments.pop();
    segments.push([column, line, i - lineStart]);
  };
  const write = (text) => {
    for (const c of text) {
      if (c !== '\n') {
        column += c.length;
      } else {
        lines.push([]);
        column = 0;
      }
    }
  };
  const skip = (from, to) => {
    for (let i = from; i < to; i++) {
      if (code[i] === '\n') {
        line++;
        lineStart = i + 1;
      }
    }
  };
  let pos = 0;
  for (const { start, end, text } of [...edits, { start: code.length, end: code.length, text: '' }]) {
    if (pos < start) mark(pos);
    for (; pos < start; pos++) {
      if (pos === lineStart || (WORD.test(code[pos]) && !WORD.test(code[pos - 1]))) mark(pos);
      write(code[pos]);
      skip(pos, pos + 1);
    }
    mark(start);
    write(text);
    skip(start, end);
    pos = end;
  }
  let mappings = '';
  let previous = [0, 0]; // original line and column of the last segment
  for (const [n, segments] of lines.entries()) {
    if (n) mappings += ';';
    let previousColumn = 0;
    mappings += segments
      .map(([col, origLine, origColumn]) => {
        const s = vlq(col - previousColumn) + 'A' + vlq(origLine - previous[0]) + vlq(origColumn - previous[1]);
        previousColumn = col;
        previous = [origLine, origColumn];
        return s;
      })
      .join(',');
  }
  return { version: 3, file, sources: [file], names: [], mappings };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One number in a source map's Base64 VLQ. */
function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    const digit = v & 31;
    v >>>= 5;
    s += BASE64[digit | (v ? 32 : 0)];
  } while (v);
  return s;
}
