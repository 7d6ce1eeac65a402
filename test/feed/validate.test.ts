import { expect } from '@open-wc/testing';
import { positionFinder, scanJson } from '../../src/feed/json-positions.js';
import { validateFeedText, type ValidationProblem } from '../../src/feed/validate.js';
import { validFeed } from '../fixtures/feeds.js';

/** `line:column severity path: message`, as an editor reads it. */
function lines(problems: ValidationProblem[]): string[] {
  return problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.path}: ${p.message}`);
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

describe('validateFeedText', () => {
  it('finds no error or warning in a valid feed, only notices, and gives what the elements would show', () => {
    const result = validateFeedText(pretty(validFeed()));
    expect(result.refused).to.equal(false);
    expect(lines(result.problems)).to.deep.equal([
      '36:15 notice awarenessDays[0].name: has no text in fr (the feed has text in en, fr elsewhere); visitors reading it see the en text',
      '54:5 notice members[1]: "ruhama" has no coordinates; its marker is placed at the centre of IE',
      '64:16 notice statements[0].title: has no text in fr (the feed has text in en, fr elsewhere); visitors reading it see the en text',
    ]);
    expect(result.feed?.events.map((e) => e.id)).to.deep.equal(['hrc47-side-event']);
  });

  it('points at the value of an invalid field, line and column from 1', () => {
    const feed = validFeed();
    feed.events[0].start = '2021-13-01T12:00:00+02:00';
    const text = pretty(feed);
    const [problem] = validateFeedText(text).problems;
    expect(problem.path).to.equal('events[0].start');
    expect(text.split('\n')[problem.line - 1].slice(problem.column - 1)).to.equal('"2021-13-01T12:00:00+02:00",');
    expect(text.slice(problem.offset, problem.offset + 11)).to.equal('"2021-13-01');
    expect(problem.message).to.match(/^"2021-13-01T12:00:00\+02:00" is not a date and time with an offset.*; this event is left out$/);
    expect(problem.severity).to.equal('warning');
  });

  it('points at the entry when a required field is missing', () => {
    const text = '{"version": 1,\n"awarenessDays": [\n  {"id": "d", "date": "--07-30"}\n]}';
    expect(lines(validateFeedText(text).problems)).to.deep.equal([
      '3:3 warning awarenessDays[0].name: is missing; this awareness day is left out',
    ]);
  });

  it('counts columns in UTF-16 code units and lines after \\r\\n as editors do', () => {
    const text = '{\r\n  "version": 1,\r\n  "coalition": { "name": "Réseau 🌍", "url": "ftp://x" }\r\n}';
    expect(lines(validateFeedText(text).problems)).to.deep.equal([
      '3:46 warning coalition.url: "ftp://x" is not an https:, http: or mailto: link; this link is left out',
    ]);
  });

  it('ignores a byte order mark, as browsers do', () => {
    const result = validateFeedText('\uFEFF{"version": 1}');
    expect(result.refused).to.equal(false);
    expect(result.problems).to.deep.equal([]);
  });

  it('refuses text that is not JSON, with the place and the reason', () => {
    const cases: [string, string][] = [
      ['', '1:1 error (feed): not JSON: the file is empty'],
      ['{\n  "version": 1,\n}', '3:1 error (feed): not JSON: there is a comma too many before "}"'],
      ['{\n  "version": 1\n  "events": []\n}', '2:15 error (feed): not JSON: a comma is missing after this value'],
      ["{\n  'version': 1\n}", '2:3 error (feed): not JSON: names must be in double quotes ("…"), not single quotes'],
      ['{"version": 1, "events": [\n', '1:26 error (feed): not JSON: the list opened here is not closed: a "]" is missing'],
      ['{"version": 1, "title": "two\nlines"}', '1:29 error (feed): not JSON: a text cannot go over a line break (write \\n), or its closing double quote is missing'],
      ['{"version": 1} // the feed', '1:16 error (feed): not JSON: comments are not allowed in JSON'],
      ['{"version": 01}', '1:13 error (feed): not JSON: this is not a number (no leading zeros; digits after a decimal point)'],
      ['{"version": True}', '1:13 error (feed): not JSON: "True" is not a JSON value; texts must be in double quotes'],
      ['<!doctype html>', '1:1 error (feed): not JSON: "<" cannot start a value'],
      ['{"version": 1, "coalition": {"name": "x"', '1:29 error (feed): not JSON: the object opened here is not closed: a "}" is missing'],
    ];
    for (const [text, expected] of cases) {
      const result = validateFeedText(text);
      expect(result.refused, text).to.equal(true);
      expect(lines(result.problems), text).to.deep.equal([expected]);
    }
  });

  it('refuses a feed larger than the elements accept', () => {
    const text = `{"version": 1, "padding": "${'x'.repeat(5 * 1024 * 1024)}"}`;
    const result = validateFeedText(text);
    expect(result.refused).to.equal(true);
    expect(lines(result.problems)).to.deep.equal(['1:1 error (feed): the feed is 5.0 MB; the elements refuse feeds larger than 5 MB']);
  });

  it('refuses a feed that is not an object or not version 1', () => {
    expect(lines(validateFeedText('[\n  1\n]').problems)).to.deep.equal([
      '1:1 error (feed): the feed must be a JSON object; the feed is refused',
    ]);
    expect(lines(validateFeedText('{\n  "version": "1"\n}').problems)).to.deep.equal([
      '2:14 error version: version is "1"; it must be 1; the feed is refused',
    ]);
    expect(lines(validateFeedText('{\n  "events": []\n}').problems)).to.deep.equal([
      '1:1 error version: version is missing; it must be 1; the feed is refused',
    ]);
  });

  it('warns about every bad-input row: bad dates, links, empty names, repeated ids and names', () => {
    const text = `{
  "version": 1,
  "events": [
    { "id": "a", "title": "A", "start": "2021-06-22T12:00:00+02:00", "url": "javascript:alert(1)" },
    { "id": "a", "title": "Again", "start": "2021-06-22T12:00:00+02:00" }
  ],
  "statements": [
    { "id": "s", "title": "S", "groups": [{ "id": "members", "name": "Members" }],
      "signatories": [{ "name": "Ruhama", "group": "member" }, { "name": "   " }, { "name": "RUHAMA" }] }
  ],
  "version": 1
}`;
    const result = validateFeedText(text);
    expect(result.refused).to.equal(false);
    expect(lines(result.problems)).to.deep.equal([
      '4:77 warning events[0].url: "javascript:alert(1)" is not an https:, http: or mailto: link; this link is left out',
      '5:13 warning events[1].id: "a" is used by an earlier event; this event is left out',
      '9:52 notice statements[0].signatories[0].group: "member" is not one of this statement\'s groups (members)',
      '9:74 warning statements[0].signatories[1].name: "   " is empty; this signatory is left out',
      '9:93 notice statements[0].signatories[2].name: "RUHAMA" is listed twice in this statement',
      '11:3 warning version: the name "version" appears twice in this object; only the last one is used',
    ]);
    expect(result.feed?.events[0]).not.to.have.property('url');
  });

  it('notices texts missing in a language the feed uses elsewhere', () => {
    const feed = validFeed();
    feed.awarenessDays[0].name = { en: 'World Day against Trafficking in Persons' };
    const problems = validateFeedText(pretty(feed)).problems.filter((p) => p.path.startsWith('awarenessDays'));
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'awarenessDays[0].name: has no text in fr (the feed has text in en, fr elsewhere); visitors reading it see the en text',
    ]);
  });
});

describe('scanJson', () => {
  it('knows where every value starts', () => {
    const scan = scanJson('{"a": [1, {"b": "x"}],\n "c d": null}');
    const at = (path: string) => {
      const p = scan.positions.get(path);
      return p && `${p.line}:${p.column}`;
    };
    expect(at('(feed)')).to.equal('1:1');
    expect(at('a')).to.equal('1:7');
    expect(at('a[1].b')).to.equal('1:17');
    expect(at('["c d"]')).to.equal('2:9');
    expect(scan.error).to.equal(undefined);
  });

  it('turns offsets into lines after \\n, \\r\\n and \\r', () => {
    const at = positionFinder('a\nb\r\nc\rd');
    expect([0, 2, 5, 7].map((o) => `${at(o).line}:${at(o).column}`)).to.deep.equal(['1:1', '2:1', '3:1', '4:1']);
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const samples = ['{}', '[]', '"x"', '-0.5e+3', 'true', ' null ', '{"a":[]}', '[1,]', '{"a" 1}', '"\\x"', '"\\u12"', '1.', '-', '[1 2]', '{"a":1}}'];
    for (const s of samples) {
      let parses = true;
      try {
        JSON.parse(s);
      } catch {
        parses = false;
      }
      expect(scanJson(s).error === undefined, s).to.equal(parses);
    }
  });
});
