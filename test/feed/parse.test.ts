import { expect } from '@open-wc/testing';
import { FeedError, parseFeed } from '../../src/feed/parse.js';
import { parseText, WARM_UP_FEED } from '../../src/feed/loader.js';
import { validFeed } from '../fixtures/feeds.js';

function refused(input: unknown): FeedError {
  try {
    parseFeed(input);
  } catch (e) {
    expect(e).to.be.instanceOf(FeedError);
    return e as FeedError;
  }
  throw new Error('the feed was not refused');
}

describe('parseFeed', () => {
  it('keeps every entry of a valid feed, without warnings', () => {
    const { feed, warnings } = parseFeed(validFeed());
    expect(warnings).to.deep.equal([]);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['hrc47-side-event']);
    expect(feed.awarenessDays[0].date).to.equal('--07-30');
    expect(feed.members).to.have.length(2);
    expect(feed.statements[0].signatories.map((s) => s.name)).to.deep.equal(['Ruhama', 'KAFA']);
    expect(feed.defaultLocale).to.equal('en');
  });

  it("takes the loader's warm-up feed whole: it passes through every part of the schema", () => {
    const { feed, warnings } = parseFeed(WARM_UP_FEED);
    expect(warnings).to.deep.equal([]);
    expect([feed.events, feed.awarenessDays, feed.members, feed.statements].map((c) => c.length)).to.deep.equal([1, 1, 1, 1]);
    expect(feed.events[0].registration?.url).to.equal('https://example.org/');
    expect(feed.members[0].coordinates).to.deep.equal({ lat: 0, lon: 0 });
    expect(feed.statements[0].groups).to.have.length(1);
  });

  it('ignores unknown fields, so the feed can grow', () => {
    const input = { ...validFeed(), newThing: [1], $schema: './feed.schema.json' };
    (input.events[0] as Record<string, unknown>).livestream = 'https://example.org';
    const { feed, warnings } = parseFeed(input);
    expect(warnings).to.deep.equal([]);
    expect(feed).not.to.have.property('newThing');
    expect(feed.events[0]).not.to.have.property('livestream');
  });

  it('gives empty collections when the feed has none', () => {
    const { feed } = parseFeed({ version: 1 });
    expect(feed.events).to.deep.equal([]);
    expect(feed.members).to.deep.equal([]);
    expect(feed.statements).to.deep.equal([]);
    expect(feed.awarenessDays).to.deep.equal([]);
  });

  it('refuses a feed that is not an object', () => {
    expect(refused([1, 2]).reason).to.equal('not-object');
    expect(refused('feed').reason).to.equal('not-object');
    expect(refused(null).reason).to.equal('not-object');
  });

  it('refuses a feed whose version is not 1', () => {
    const e = refused({ ...validFeed(), version: 2 });
    expect(e.reason).to.equal('version');
    expect(e.message).to.contain('version is 2');
    expect(refused({ events: [] }).message).to.contain('version is missing');
    expect(refused({ version: '1' }).reason).to.equal('version');
  });

  it('refuses text that is not JSON', () => {
    expect(() => parseText('<html>')).to.throw(FeedError).with.property('reason', 'not-json');
  });

  it('leaves out an event with an unparseable date, naming its path, and keeps the rest', () => {
    const input = validFeed();
    input.events.push({ ...input.events[0], id: 'bad', start: '2021-06-31T12:00:00+02:00' });
    input.events.push({ ...input.events[0], id: 'no-offset', start: '2021-06-22T12:00:00' });
    input.events.push({ ...input.events[0], id: 'good-2', start: '2021-06-23T12:00:00Z', end: undefined as never });
    const { feed, warnings } = parseFeed(input);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['hrc47-side-event', 'good-2']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[1].start', 'events[2].start']);
    expect(warnings[0].message).to.contain('"2021-06-31T12:00:00+02:00"').and.contain('left out');
    expect(warnings[0].severity).to.equal('warning');
  });

  it('leaves out an event that ends before it starts', () => {
    const input = validFeed();
    input.events[0].end = '2021-06-22T11:00:00+02:00';
    const { feed, warnings } = parseFeed(input);
    expect(feed.events).to.deep.equal([]);
    expect(warnings[0].path).to.equal('events[0].end');
  });

  it('leaves out a signatory with no name, and keeps the statement', () => {
    const input = validFeed();
    input.statements[0].signatories.splice(1, 0, { country: 'FR', group: 'members' } as never, { name: '  ' } as never);
    const { feed, warnings } = parseFeed(input);
    expect(feed.statements[0].signatories.map((s) => s.name)).to.deep.equal(['Ruhama', 'KAFA']);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      'statements[0].signatories[1].name',
      'statements[0].signatories[2].name',
    ]);
    expect(warnings[0].message).to.equal('is missing; this signatory is left out');
  });

  it('leaves out a javascript: link and keeps its entry', () => {
    const input = validFeed();
    input.members[1].url = 'javascript:alert(1)';
    input.events[0].registration.url = 'data:text/html,<script>alert(1)</script>';
    const { feed, warnings } = parseFeed(input);
    expect(feed.members[1]).to.deep.equal({ id: 'ruhama', name: 'Ruhama', country: 'IE' });
    expect(feed.events[0].registration).to.deep.equal({});
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].registration.url', 'members[1].url']);
    expect(warnings[1].message).to.contain('this link is left out');
  });

  it('accepts https:, http: and mailto: links only', () => {
    const input = validFeed();
    input.members[0].url = 'mailto:contact@apneaap.org';
    input.members[1].url = 'http://www.ruhama.ie';
    input.coalition.url = 'ftp://cap-international.org';
    const { feed, warnings } = parseFeed(input);
    expect(feed.members.map((m) => m.url)).to.deep.equal(['mailto:contact@apneaap.org', 'http://www.ruhama.ie']);
    expect(feed.coalition?.url).to.equal(undefined);
    expect(warnings.map((w) => w.path)).to.deep.equal(['coalition.url']);
  });

  it('keeps text containing HTML as plain text, unparsed', () => {
    const input = validFeed();
    input.members[0].name = '<img src=x onerror=alert(1)>Apne Aap';
    const { feed } = parseFeed(input);
    expect(feed.members[0].name).to.equal('<img src=x onerror=alert(1)>Apne Aap');
  });

  it('leaves out bad coordinates only, so the member falls back to its country', () => {
    const input = validFeed();
    input.members[0].coordinates = { lat: 122.57, lon: 88.36 };
    const { feed, warnings } = parseFeed(input);
    expect(feed.members[0]).not.to.have.property('coordinates');
    expect(feed.members[0].country).to.equal('IN');
    expect(warnings.map((w) => w.path)).to.deep.equal(['members[0].coordinates']);
  });

  it('leaves out entries with a repeated id', () => {
    const input = validFeed();
    input.members.push({ ...input.members[0], name: 'Apne Aap again' });
    const { feed, warnings } = parseFeed(input);
    expect(feed.members.map((m) => m.name)).to.deep.equal(['Apne Aap', 'Ruhama']);
    expect(warnings[0].path).to.equal('members[2].id');
  });

  it('leaves out a collection that is not a list, and quotes non-identifier keys', () => {
    const input = { ...validFeed(), members: { apne: 1 } } as Record<string, unknown>;
    (input.events as { title: Record<string, string> }[])[0].title = { 'pt-BR': '' };
    const { feed, warnings } = parseFeed(input);
    expect(feed.members).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].title["pt-BR"]', 'members']);
  });

  it('checks awareness-day dates, time zones and country codes', () => {
    const input = validFeed();
    input.awarenessDays.push(
      { id: 'leap', name: { en: 'Leap' }, date: '--02-29' },
      { id: 'bad', name: { en: 'Bad' }, date: '--02-30' },
      { id: 'once', name: { en: 'Once' }, date: '2027-07-30' },
    );
    input.events[0].timeZone = 'Mars/Olympus';
    input.members[1].country = 'Ireland';
    const { feed, warnings } = parseFeed(input);
    expect(feed.awarenessDays.map((d) => d.id)).to.deep.equal(['world-day-against-trafficking', 'leap', 'once']);
    expect(feed.events).to.deep.equal([]);
    expect(feed.members.map((m) => m.id)).to.deep.equal(['apne-aap']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['events[0].timeZone', 'awarenessDays[2].date', 'members[1].country']);
  });
});
