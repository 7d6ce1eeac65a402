/**
 * The building blocks of the validator that `npm run schema` generates from the zod schema
 * (`src/generated/feed-checks.ts`): each one accepts what the zod schema accepts, returns what zod
 * returns (unknown fields left out), and reports the first issue zod would report, with the same
 * code and path. A few hundred bytes instead of zod in every page; test/feed/checks.test.ts holds
 * the two together.
 */

export type PathSegment = string | number;

/** Something that does not fit, at a path: an issue as zod would report it. */
export class Invalid {
  readonly path: PathSegment[] = [];
  constructor(
    readonly code: 'invalid_type' | 'invalid_value' | 'invalid_union' | 'invalid_key' | 'too_small' | 'too_big' | 'invalid_format' | 'custom',
    /** `invalid_type`: the type expected (`string`, `array`…). */
    readonly expected?: string,
    /** `custom` and `invalid_format`: the words of the schema, when it has some. */
    readonly message?: string,
    /** `invalid_value`: the values allowed. */
    readonly values?: readonly unknown[],
    /**
     * A value of the wrong type stops the checks of the value around it (zod "aborts"); a broken
     * rule (too short, wrong pattern, a refinement) does not.
     */
    readonly fatal = true,
  ) {}
}

/**
 * Reads `value` as the schema does: returns it with unknown fields left out, and adds to `issues`
 * what does not fit, in zod's order. The value is valid when no issue was added.
 */
export type Check<T> = (value: unknown, issues: Invalid[]) => T;
/** A rule on a value of the right type: adds an issue (never fatal) when it is broken. */
export type Rule<T> = (value: T, issues: Invalid[]) => void;

function fatalSince(issues: Invalid[], from: number): boolean {
  for (let i = from; i < issues.length; i++) if (issues[i].fatal) return true;
  return false;
}

/** Runs `check` on `value`, putting `key` in front of the path of each issue it adds. */
function within<T>(key: PathSegment, check: Check<T>, value: unknown, issues: Invalid[]): T {
  const from = issues.length;
  const out = check(value, issues);
  for (let i = from; i < issues.length; i++) issues[i].path.unshift(key);
  return out;
}

/** Runs `rules` on `value`, unless something fatal was found in it since `from`. */
function follow<T>(value: T, rules: Rule<T>[], issues: Invalid[], from: number): T {
  if (!fatalSince(issues, from)) for (const rule of rules) rule(value, issues);
  return value;
}

function typed<T>(ok: boolean, expected: string, value: unknown, rules: Rule<T>[], issues: Invalid[]): T {
  if (!ok) issues.push(new Invalid('invalid_type', expected));
  else for (const rule of rules) rule(value as T, issues);
  return value as T;
}

/** An object that is not a list (what zod's objects accept). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object literal's, or one without a prototype (what zod's records accept). */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const ctor = v.constructor;
  if (typeof ctor !== 'function') return true;
  const proto: unknown = ctor.prototype;
  return isRecord(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

export const string =
  (...rules: Rule<string>[]): Check<string> =>
  (v, issues) =>
    typed(typeof v === 'string', 'string', v, rules, issues);

export const number =
  (...rules: Rule<number>[]): Check<number> =>
  (v, issues) =>
    typed(typeof v === 'number' && Number.isFinite(v), 'number', v, rules, issues);

export const boolean = (): Check<boolean> => (v, issues) => typed(typeof v === 'boolean', 'boolean', v, [], issues);

export const literal =
  <T>(value: T): Check<T> =>
  (v, issues) => {
    if (v !== value) issues.push(new Invalid('invalid_value', undefined, undefined, [value]));
    return v as T;
  };

export const optional =
  <T>(check: Check<T>): Check<T | undefined> =>
  (v, issues) =>
    v === undefined ? v : check(v, issues);

export const array =
  <T>(check: Check<T>): Check<T[]> =>
  (v, issues) => {
    if (!Array.isArray(v)) return typed(false, 'array', v, [], issues);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) out.push(within(i, check, v[i], issues));
    return out;
  };

/**
 * The first option that accepts the value. When none does: the issues of the only option the
 * value has the type of, if there is one; otherwise one `invalid_union`.
 */
export const union =
  <T extends unknown[]>(...options: { [K in keyof T]: Check<T[K]> }): Check<T[number]> =>
  (v, issues) => {
    const tried: [T[number], Invalid[]][] = [];
    for (const option of options) {
      const own: Invalid[] = [];
      const out = option(v, own);
      if (!own.length) return out;
      tried.push([out, own]);
    }
    const ofType = tried.filter(([, own]) => !fatalSince(own, 0));
    if (ofType.length === 1) {
      issues.push(...ofType[0][1]);
      return ofType[0][0];
    }
    issues.push(new Invalid('invalid_union'));
    return v as T[number];
  };

export const record =
  <V>(key: Check<string>, value: Check<V>, ...rules: Rule<Record<string, V>>[]): Check<Record<string, V>> =>
  (v, issues) => {
    if (!isPlainObject(v)) return typed(false, 'record', v, [], issues);
    const from = issues.length;
    const out: Record<string, V> = {};
    for (const k of Object.keys(v)) {
      if (k === '__proto__') continue;
      const own: Invalid[] = [];
      key(k, own);
      if (own.length) {
        const issue = new Invalid('invalid_key');
        issue.path.push(k);
        issues.push(issue);
      } else {
        out[k] = within(k, value, v[k], issues);
      }
    }
    return follow(out, rules, issues, from);
  };

/** Only the fields of `shape` are kept; `rules` look at the whole object unless a field has the wrong type. */
export const object =
  <T>(shape: { [K in keyof T]-?: Check<T[K]> }, ...rules: Rule<NoInfer<T>>[]): Check<T> =>
  (v, issues) => {
    if (!isRecord(v)) return typed(false, 'object', v, [], issues);
    const from = issues.length;
    const out = {} as T;
    for (const k in shape) {
      const field = within(k, shape[k], v[k], issues);
      if (field !== undefined || k in v) out[k] = field;
    }
    return follow(out, rules, issues, from);
  };

const broken = (issues: Invalid[], code: Invalid['code'], message?: string, path: PathSegment[] = []) => {
  const issue = new Invalid(code, undefined, message, undefined, false);
  issue.path.push(...path);
  issues.push(issue);
};

export const minLength =
  (min: number): Rule<string> =>
  (s, issues) => {
    if (s.length < min) broken(issues, 'too_small');
  };

export const pattern =
  (re: RegExp, message?: string): Rule<string> =>
  (s, issues) => {
    if (!re.test(s)) broken(issues, 'invalid_format', message);
  };

export const gte =
  (min: number): Rule<number> =>
  (n, issues) => {
    if (n < min) broken(issues, 'too_small');
  };

export const lte =
  (max: number): Rule<number> =>
  (n, issues) => {
    if (n > max) broken(issues, 'too_big');
  };

/** A rule of `formats.ts`; `path` places the issue on a field of the value (an event's `end`). */
export const refine =
  <T>(ok: (value: T) => boolean, message: string, path?: PathSegment[]): Rule<T> =>
  (value, issues) => {
    if (!ok(value)) broken(issues, 'custom', message, path);
  };
