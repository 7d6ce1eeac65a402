// The command line as an editor uses it: `coalition-widgets validate`, built as it is published.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const fixture = (name) => `test/node/fixtures/${name}`;
let dir;
let cli;

function run(args, input) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'coalition-cli-'));
  cli = join(dir, 'cli.js');
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--outfile', cli], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('coalition-widgets validate', () => {
  it('accepts a valid feed: exit 0 and a summary without problems', () => {
    const { code, out } = run(['validate', fixture('valid.json')]);
    assert.equal(code, 0);
    assert.equal(out.trim(), 'test/node/fixtures/valid.json: usable (0 errors, 0 warnings, 0 notices).');
  });

  it('accepts the demo feed with no error and nothing left out', () => {
    const { code, out } = run(['validate', '--json', 'demo/feed.json']);
    assert.equal(code, 0);
    const report = JSON.parse(out);
    assert.equal(report.refused, false);
    assert.deepEqual(
      report.problems.filter((p) => p.severity !== 'notice'),
      [],
    );
  });

  it('lists entries left out with their line, column and path, and exits 0', () => {
    const { code, out } = run(['validate', fixture('warnings.json')]);
    assert.equal(code, 0);
    const lines = out.trim().split('\n');
    assert.deepEqual(lines.slice(0, 5), [
      'test/node/fixtures/warnings.json:8:14  warning  events[0].url: "javascript:alert(1)" is not an https:, http: or mailto: link; this link is left out',
      'test/node/fixtures/warnings.json:13:16  warning  events[1].start: "2021-06-31T12:00:00+02:00" is not a date and time with an offset, such as 2021-06-22T12:00:00+02:00; this event is left out',
      'test/node/fixtures/warnings.json:15:13  warning  events[2].id: "side-event" is used by an earlier event; this event is left out',
      'test/node/fixtures/warnings.json:23:19  warning  statements[0].signatories[1].name: "" is out of range; this signatory is left out',
      'test/node/fixtures/warnings.json:24:19  notice   statements[0].signatories[2].name: "ruhama" is listed twice in this statement',
    ]);
    assert.match(lines.at(-1), /usable \(0 errors, 4 warnings, 1 notice\)/);
  });

  it('refuses text that is not JSON, with the line and column of the mistake: exit 1', () => {
    const { code, out } = run(['validate', fixture('not-json.json')]);
    assert.equal(code, 1);
    assert.match(out, /^test\/node\/fixtures\/not-json\.json:4:18 {2}error {4}\(feed\): not JSON: a comma is missing after this value$/m);
    assert.match(out, /refused \(1 error, 0 warnings, 0 notices\)/);
  });

  it('refuses a feed of another version: exit 1', () => {
    const { code, out } = run(['validate', fixture('version.json')]);
    assert.equal(code, 1);
    assert.match(out, /^test\/node\/fixtures\/version\.json:2:14 {2}error {4}version: version is 2; it must be 1; the feed is refused$/m);
  });

  it('gives the same problems as JSON with --json', () => {
    const { code, out } = run(['validate', '--json', fixture('version.json')]);
    assert.equal(code, 1);
    assert.deepEqual(JSON.parse(out), {
      file: 'test/node/fixtures/version.json',
      refused: true,
      counts: { error: 1, warning: 0, notice: 0 },
      problems: [{ severity: 'error', path: 'version', message: 'version is 2; it must be 1; the feed is refused', line: 2, column: 14 }],
    });
  });

  it('reads the feed from standard input with -', () => {
    const { code, out } = run(['validate', '-'], '{\n  "version": 1,\n  "members": [{ "id": "m", "name": "M", "country": "fr" }]\n}');
    assert.equal(code, 0);
    assert.match(out, /^<stdin>:3:52 {2}warning {2}members\[0\]\.country: "fr" is not a two-letter country code such as FR; this member is left out$/m);
  });

  it('exits 1 for every refused feed among several, and 1 for a file that does not exist', () => {
    assert.equal(run(['validate', fixture('valid.json'), fixture('version.json')]).code, 1);
    const missing = run(['validate', fixture('no-such-feed.json')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no-such-feed\.json: could not be read: there is no such file/);
  });

  it('explains itself with --help, and exits 2 when the command is wrong', () => {
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: coalition-widgets validate/);
    assert.equal(run(['validate']).code, 2);
    assert.equal(run(['check', fixture('valid.json')]).code, 2);
    assert.equal(run(['validate', '--strict', fixture('valid.json')]).code, 2);
  });
});

describe('feed.schema.json', () => {
  it('is up to date with the zod schema', () => {
    const check = spawnSync(process.execPath, ['scripts/build-schema.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });

  it('describes every field and gives patterns for dates and links', () => {
    const schema = JSON.parse(readFileSync(join(root, 'feed.schema.json'), 'utf8'));
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    const pattern = (name) => new RegExp(schema.$defs[name].pattern, 'u');
    assert.ok(pattern('DateTime').test('2021-06-22T12:00:00+02:00'));
    assert.ok(!pattern('DateTime').test('2021-13-01T12:00:00+02:00'));
    assert.ok(!pattern('DateTime').test('2021-06-22T12:00:00'));
    assert.ok(pattern('DayDate').test('--07-30'));
    assert.ok(pattern('DayDate').test('2018-05-30'));
    assert.ok(!pattern('DayDate').test('07-30'));
    assert.ok(pattern('Link').test('mailto:info@example.org'));
    assert.ok(!pattern('Link').test('javascript:alert(1)'));
    const undescribed = [];
    (function walk(node, path) {
      if (node && typeof node === 'object' && node.properties) {
        for (const [key, value] of Object.entries(node.properties)) {
          if (!value.description && !value.title) undescribed.push(`${path}.${key}`);
          walk(value, `${path}.${key}`);
        }
      }
      if (node?.items) walk(node.items, `${path}[]`);
    })(schema, '');
    assert.deepEqual(undescribed, []);
  });
});
