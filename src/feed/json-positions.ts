/**
 * Where each value of a JSON text starts, by JSON path, and where (and why, in plain words) a text
 * that is not JSON goes wrong. Lines and columns start at 1 and count UTF-16 code units, as text
 * editors do.
 */
import { formatPath, type PathSegment } from './parse.js';

export interface TextPosition {
  /** Offset in the text, from 0. */
  offset: number;
  line: number;
  column: number;
}

export interface DuplicateKey {
  segments: PathSegment[];
  position: TextPosition;
}

export interface JsonScan {
  /** The position of every value, by its path as {@link formatPath} writes it (`(feed)` for the root). */
  positions: Map<string, TextPosition>;
  /** Keys that appear twice in one object (JSON keeps the last). */
  duplicates: DuplicateKey[];
  /** Why the text is not JSON, and where. */
  error?: { message: string; position: TextPosition };
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Offsets at which each line starts, to turn an offset into line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Turns offsets into positions. */
export function positionFinder(text: string): (offset: number) => TextPosition {
  const starts = lineStarts(text);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { offset, line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'the end of the file';
  if (c === '\n' || c === '\r') return 'a line break';
  if (c === '\t') return 'a tab';
  if (c === '"') return 'a double quote';
  return JSON.stringify(c);
}

function startsValue(c: string): boolean {
  return /^["{\[\d-]$/.test(c) || c === 't' || c === 'f' || c === 'n';
}

class Scanner {
  i = 0;
  readonly offsets = new Map<string, number>();
  readonly duplicates: { segments: PathSegment[]; offset: number }[] = [];

  constructor(readonly text: string) {}

  fail(message: string, at = this.i): never {
    throw new JsonSyntaxError(message, at);
  }

  ws(): void {
    for (;;) {
      const c = this.text[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.i++;
      else if (c === '/' && (this.text[this.i + 1] === '/' || this.text[this.i + 1] === '*')) {
        this.fail('comments are not allowed in JSON');
      } else return;
    }
  }

  value(segments: PathSegment[]): void {
    this.ws();
    const c = this.text[this.i];
    this.offsets.set(formatPath(segments), this.i);
    if (c === '{') return this.object(segments);
    if (c === '[') return this.array(segments);
    if (c === '"') {
      this.string();
      return;
    }
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    if (c === undefined) this.fail('the file ends where a value was expected');
    if (c === "'") this.fail('texts must be in double quotes ("…"), not single quotes');
    if (c === '}' || c === ']') this.fail(`a value is expected before ${describeChar(c)}; is there a comma too many?`);
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.i, this.i + 40))?.[0];
    if (word) this.fail(`${JSON.stringify(word)} is not a JSON value; texts must be in double quotes`);
    this.fail(`${describeChar(c)} cannot start a value`);
  }

  object(segments: PathSegment[]): void {
    const open = this.i;
    this.i++;
    const seen = new Set<string>();
    this.ws();
    if (this.text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      const c = this.text[this.i];
      if (c === '}') this.fail('there is a comma too many before "}"');
      if (c === undefined) this.fail('the object opened here is not closed: a "}" is missing', open);
      if (c !== '"') {
        this.fail(
          c === "'" ? 'names must be in double quotes ("…"), not single quotes' : `a name in double quotes is expected here, not ${describeChar(c)}`,
        );
      }
      const keyAt = this.i;
      const key = this.string();
      if (seen.has(key)) this.duplicates.push({ segments: [...segments, key], offset: keyAt });
      seen.add(key);
      this.ws();
      if (this.text[this.i] !== ':') this.fail(`a ":" is expected after the name ${JSON.stringify(key)}, not ${describeChar(this.text[this.i])}`);
      this.i++;
      this.value([...segments, key]);
      if (this.#afterMember('}', open)) return;
    }
  }

  array(segments: PathSegment[]): void {
    const open = this.i;
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.ws();
      if (this.text[this.i] === ']') this.fail('there is a comma too many before "]"');
      if (this.text[this.i] === undefined) this.fail('the list opened here is not closed: a "]" is missing', open);
      this.value([...segments, index]);
      if (this.#afterMember(']', open)) return;
    }
  }

  /**
   * After a member of an object or a list: steps over its comma (false: another member follows) or
   * over the closing bracket (true: the object or list ends), else fails saying what is wrong.
   */
  #afterMember(close: '}' | ']', open: number): boolean {
    const end = this.i;
    this.ws();
    const next = this.text[this.i];
    if (next === ',' || next === close) {
      this.i++;
      return next === close;
    }
    if (next === undefined) {
      this.fail(close === '}' ? 'the object opened here is not closed: a "}" is missing' : 'the list opened here is not closed: a "]" is missing', open);
    }
    if (startsValue(next)) this.fail('a comma is missing after this value', end);
    return this.fail(`a "," or "${close}" is expected here, not ${describeChar(next)}; is a comma missing?`);
  }

  string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail('this text is not closed: a double quote is missing', start);
      if (c === '"') {
        this.i++;
        return JSON.parse(this.text.slice(start, this.i)) as string;
      }
      if (c === '\\') {
        const e = this.text[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.fail('\\u must be followed by four hexadecimal digits');
          this.i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          this.i += 2;
        } else {
          this.fail(`${describeChar(e)} cannot follow a backslash; write \\\\ for a backslash`);
        }
        continue;
      }
      if (c < ' ') {
        this.fail(c === '\n' || c === '\r' ? 'a text cannot go over a line break (write \\n), or its closing double quote is missing' : `${describeChar(c)} must be written as an escape inside a text`);
      }
      this.i++;
    }
  }

  number(): void {
    const start = this.i;
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail('this is not a number');
    this.i += m[0].length;
    if (/[\d.]/.test(this.text[this.i] ?? '')) this.fail('this is not a number (no leading zeros; digits after a decimal point)', start);
  }
}

/** Scans JSON text for the position of every value, or finds why it is not JSON. */
export function scanJson(text: string): JsonScan {
  const at = positionFinder(text);
  const scanner = new Scanner(text);
  const result = (error?: JsonScan['error']): JsonScan => {
    const positions = new Map<string, TextPosition>();
    for (const [path, offset] of scanner.offsets) positions.set(path, at(offset));
    const duplicates = scanner.duplicates.map((d) => ({ segments: d.segments, position: at(d.offset) }));
    return { positions, duplicates, error };
  };
  try {
    scanner.ws();
    if (scanner.i >= text.length) scanner.fail('the file is empty');
    scanner.value([]);
    scanner.ws();
    if (scanner.i < text.length) {
      scanner.fail(`the feed should end after its closing bracket, but ${describeChar(text[scanner.i])} follows`);
    }
    return result();
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return result({ message: e.message, position: at(e.offset) });
  }
}

/** The position of the value at `segments`, or of its nearest ancestor that exists. */
export function positionOf(scan: JsonScan, segments: readonly PathSegment[]): TextPosition | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const found = scan.positions.get(formatPath(segments.slice(0, n)));
    if (found) return found;
  }
  return undefined;
}
