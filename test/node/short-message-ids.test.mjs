// The build's message-id shortener (scripts/lib/short-message-ids.mjs): the element's msg() call and
// the key of the same message in each language's strings must get the same short id, and nothing
// else may change. The strict-CSP test (csp.test.mjs) shows the Arabic strings through the built
// bundle, so a mismatch would fail there too.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { idEdits, shortIds } from '../../scripts/lib/short-message-ids.mjs';
import { applyEdits } from '../../scripts/lib/minify-templates.mjs';

const root = resolve(import.meta.dirname, '../..');
const short = shortIds(join(root, 'locales'));
const shorten = (code, locale = false) => applyEdits(code, idEdits(code, short, locale));

describe('short message ids', () => {
  it('numbers every id of the translations, in sorted order, each once', () => {
    const ids = [...short.keys()];
    assert.ok(ids.length >= 70, `${ids.length} ids`);
    assert.deepEqual(ids, [...ids].sort());
    assert.equal(new Set(short.values()).size, ids.length);
    assert.equal(short.get(ids[0]), '0');
    assert.ok([...short.values()].every((v) => v.length <= 2));
  });

  it('gives the msg() call and the locale module the same id', () => {
    const id = short.get('signatory-list.no-match');
    assert.ok(id);
    assert.equal(
      shorten('msg(str`No signatory matches “${q}”.`, { id: "signatory-list.no-match" })'),
      `msg(str\`No signatory matches “\${q}”.\`, { id: "${id}" })`,
    );
    assert.equal(
      shorten("export const templates = {\n  'base.loading': `Chargement…`,\n'signatory-list.no-match': str`Aucun « ${0} ».`,\n};", true),
      `export const templates = {\n  '${short.get('base.loading')}': \`Chargement…\`,\n'${id}': str\`Aucun « \${0} ».\`,\n};`,
    );
  });

  it('leaves alone an id no translation has, and the same text anywhere but a message id', () => {
    for (const code of [
      "msg('New', { id: 'base.not-yet-translated' })",
      "const kind = 'base.loading'; const o = { name: 'base.loading' };",
      "el.id = 'base.loading'", // an element's id, not a message's
    ]) {
      assert.equal(shorten(code), code);
    }
    // In a locale module only a key at the start of a line is an id, not a text that looks like one.
    const locale = "  'x.unknown': `a`,\n  other: `base.loading:`,";
    assert.equal(shorten(locale, true), locale);
  });

  it('covers every msg() id of the sources, so that none ships in full', () => {
    const files = [];
    const walk = (dir) => {
      for (const f of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, f.name);
        if (f.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.includes('/generated/')) files.push(p);
      }
    };
    walk(join(root, 'src'));
    const used = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bmsg\([\s\S]*?\{\s*id:\s*'([^']+)'/g)].map((m) => m[1]));
    assert.ok(used.length >= 70, `${used.length} msg() ids found`);
    assert.deepEqual(used.filter((id) => !short.has(id)), []);
  });
});
