// Writes the source of src/generated/feed-checks.ts from the zod schema (src/feed/schema.ts): the
// validator the elements run (built from src/feed/check.ts, without zod) and the feed's types, so
// that what the page accepts is what feed.schema.json describes. Used by scripts/build-schema.mjs.
//
// Only the zod features the schema uses are known here; anything else stops the build with its
// name, so that a new kind of field is added here (and to check.ts) before it can be used.

/** zod schema → its name in schema.ts; function of formats.ts → its name. */
function namesOf(module, keep) {
  return new Map(Object.entries(module).filter(([, v]) => keep(v)).map(([name, v]) => [v, name]));
}

/**
 * @param {object} options
 * @param {Record<string, unknown>} options.schema   the exports of src/feed/schema.ts
 * @param {Record<string, unknown>} options.formats  the exports of src/feed/formats.ts
 * @param {Record<string, string>} options.typeNames schema name → name of its type (only those get one)
 * @param {Map<unknown, Record<string, {title?: string, description?: string}>>} options.fields  docs of each object's fields
 * @param {Map<unknown, string>} options.titles      docs of each object
 * @param {string[]} options.checks                  the schemas whose checks the elements use (with what they use)
 */
export function feedChecksSource({ schema, formats, typeNames, fields, titles, checks }) {
  const schemas = namesOf(schema, (v) => v && typeof v === 'object' && '_zod' in v);
  const rules = namesOf(formats, (v) => typeof v === 'function');
  const fail = (what) => {
    throw new Error(`feed-checks: ${what}; teach scripts/lib/feed-checks.mjs and src/feed/check.ts about it first`);
  };

  const emitted = new Set();
  const out = [];

  /** The check's expression; a named schema is written once, before its first use. */
  function check(s, top = false) {
    const name = schemas.get(s);
    if (name && !top) {
      define(name, s);
      return name;
    }
    const def = s._zod.def;
    const extra = (def.checks ?? []).map(rule);
    const tail = extra.length ? `, ${extra.join(', ')}` : '';
    switch (def.type) {
      case 'string':
        return `c.string(${extra.join(', ')})`;
      case 'number':
        return `c.number(${extra.join(', ')})`;
      case 'boolean':
        if (extra.length) fail('a check on a boolean');
        return 'c.boolean()';
      case 'literal':
        if (def.values.length !== 1 || extra.length) fail('a literal of several values');
        return `c.literal(${JSON.stringify(def.values[0])} as const)`;
      case 'optional':
        return `c.optional(${check(def.innerType)})`;
      case 'array':
        if (extra.length) fail('a check on a list');
        return `c.array(${check(def.element)})`;
      case 'union':
        if (extra.length) fail('a check on a union');
        return `c.union(${def.options.map((o) => check(o)).join(', ')})`;
      case 'record':
        return `c.record(${check(def.keyType)}, ${check(def.valueType)}${tail})`;
      case 'object': {
        const shape = Object.entries(def.shape).map(([k, v]) => `  ${key(k)}: ${check(v)},`);
        return `c.object({\n${shape.join('\n')}\n}${tail})`;
      }
      default:
        return fail(`a zod ${def.type}`);
    }
  }

  function rule(ch) {
    const d = ch._zod.def;
    const message = d.error?.();
    if (message !== undefined && typeof message !== 'string') fail('an error that is not a text');
    const words = message === undefined ? '' : `, ${JSON.stringify(message)}`;
    switch (d.check) {
      case 'min_length':
        return `c.minLength(${d.minimum})`;
      case 'greater_than':
        if (!d.inclusive) fail('a greater-than that excludes its bound');
        return `c.gte(${d.value})`;
      case 'less_than':
        if (!d.inclusive) fail('a less-than that excludes its bound');
        return `c.lte(${d.value})`;
      case 'string_format':
        if (d.format !== 'regex') fail(`the string format ${d.format}`);
        if (d.pattern.flags.replace(/[iu]/g, '')) fail(`the regular expression flags ${d.pattern.flags}`);
        return `c.pattern(${d.pattern}${words})`;
      case 'custom': {
        const fn = rules.get(d.fn);
        if (!fn) fail('a refinement that is not a function of src/feed/formats.ts');
        if (message === undefined) fail(`the refinement ${fn} without words`);
        return `c.refine(${fn}${words}${d.path ? `, ${JSON.stringify(d.path)}` : ''})`;
      }
      default:
        return fail(`the check ${d.check}`);
    }
  }

  function define(name, s) {
    if (emitted.has(name)) return;
    emitted.add(name);
    const expr = check(s, true);
    const title = titles.get(s);
    const typeName = typeNames[name];
    out.push(
      `${title ? `/** ${title}. */\n` : ''}export const ${name}: c.Check<${typeName ?? type(s, true)}> = ${expr};\n`,
    );
  }

  /** The TypeScript type of what the check returns. */
  function type(s, top = false) {
    const name = schemas.get(s);
    if (name && typeNames[name] && !top) return typeNames[name];
    const def = s._zod.def;
    switch (def.type) {
      case 'string':
      case 'number':
      case 'boolean':
        return def.type;
      case 'literal':
        return JSON.stringify(def.values[0]);
      case 'optional':
        return type(def.innerType);
      case 'array': {
        const t = type(def.element);
        return /[|{ ]/.test(t) ? `(${t})[]` : `${t}[]`;
      }
      case 'union':
        return def.options.map((o) => type(o)).join(' | ');
      case 'record':
        return `Record<${type(def.keyType)}, ${type(def.valueType)}>`;
      case 'object':
        return `{ ${Object.entries(def.shape).map(([k, v]) => `${key(k)}${v._zod.def.type === 'optional' ? '?' : ''}: ${type(v)}`).join('; ')} }`;
      default:
        return fail(`a zod ${def.type}`);
    }
  }

  function declareType(name, s) {
    const t = typeNames[name];
    const def = s._zod.def;
    const title = titles.get(s);
    const head = `/** ${title ?? name}. */\n`;
    if (def.type !== 'object') return `${head}export type ${t} = ${type(s, true)};\n`;
    const docs = fields.get(s) ?? {};
    const lines = Object.entries(def.shape).map(([k, v]) => {
      const d = docs[k] ?? {};
      const text = [d.title, d.description].filter(Boolean).map((t) => t.replace(/\.?$/, '.')).join(' ').replace(/\*\//g, '*\\/');
      const optional = v._zod.def.type === 'optional' ? '?' : '';
      return `${text ? `  /** ${text} */\n` : ''}  ${key(k)}${optional}: ${type(v)};`;
    });
    return `${head}export interface ${t} {\n${lines.join('\n')}\n}\n`;
  }

  for (const name of checks) {
    if (!schema[name]) fail(`a check for ${name}, which schema.ts does not export`);
    define(name, schema[name]);
  }
  const types = [...schemas].filter(([, name]) => typeNames[name]).map(([s, name]) => declareType(name, s));
  for (const name of Object.keys(typeNames)) if (!schema[name]) fail(`a type for ${name}, which schema.ts does not export`);

  const used = [...rules.values()].filter((fn) => out.some((line) => line.includes(`c.refine(${fn},`)));
  return `// Generated by \`npm run schema\` (scripts/build-schema.mjs) from src/feed/schema.ts: do not edit.
// The validator the elements run on a feed, and the feed's types. It accepts what the zod schema
// accepts and reports the same first issue (test/feed/checks.test.ts), without zod in the page.
import * as c from '../feed/check.js';
import { ${used.join(', ')} } from '../feed/formats.js';

${out.join('\n')}
${types.join('\n')}`;
}

const key = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
