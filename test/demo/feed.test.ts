import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/types.js';

const LOCALES = ['en', 'fr', 'es', 'de', 'ar'];

describe('demo/feed.json', () => {
  let raw: Record<string, unknown>;
  let feed: Feed;

  before(async () => {
    const response = await fetch('/demo/feed.json');
    expect(response.ok, 'the demo feed is served').to.equal(true);
    raw = await response.json();
    const result = parseFeed(raw);
    expect(result.warnings, 'problems in the demo feed').to.deep.equal([]);
    feed = result.feed;
  });

  it('is a version 1 feed of CAP International in English by default', () => {
    expect(raw.$schema).to.equal('../feed.schema.json');
    expect(feed.version).to.equal(1);
    expect(feed.defaultLocale).to.equal('en');
    expect(feed.coalition).to.deep.equal({ name: 'CAP International', url: 'https://www.cap-international.org' });
  });

  it('has the side event to HRC47 with its Zoom registration, the Brussels conference and an upcoming example', () => {
    expect(feed.events.map((e) => e.id)).to.deep.equal([
      'hrc47-side-event',
      'brussels-conference-2023',
      'metoo-and-prostitution-paris-2018',
      'colloque-assemblee-nationale-2018',
      'example-webinar-2027',
    ]);
    const hrc47 = feed.events[0];
    expect(hrc47.start).to.equal('2021-06-22T12:00:00+02:00');
    expect(hrc47.end).to.equal('2021-06-22T13:30:00+02:00');
    expect(hrc47.timeZone).to.equal('Europe/Paris');
    expect(hrc47.registration).to.deep.equal({
      url: 'https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg',
      closes: '2021-06-22T11:00:00+02:00',
    });
    expect(hrc47.languages).to.deep.equal(['en', 'fr', 'es', 'de']);
    expect(Object.keys(hrc47.title)).to.deep.equal(LOCALES);
    expect(Object.keys(hrc47.summary!)).to.deep.equal(LOCALES);
    expect(hrc47.speakers!.map((s) => s.name)).to.include.members(['Anna Jardfelt', 'Delphine Borione', 'Mickey Meji']);
    expect(hrc47.speakers).to.have.length(10);

    const brussels = feed.events[1];
    expect(brussels.online).to.equal(false);
    expect(brussels.timeZone).to.equal('Europe/Brussels');
    expect(brussels.location?.country).to.equal('BE');
    expect(brussels.start.slice(0, 10)).to.equal('2023-05-11');

    const example = feed.events[4];
    expect((example.title as Record<string, string>).en).to.match(/^Example:/);
    expect(Date.parse(example.start)).to.equal(Date.parse('2027-07-27T12:00:00Z'));
    expect(example.registration?.url).to.match(/^https:\/\/example\.org\//);
  });

  it('has 30 July, 8 March and 25 November, named in the five languages', () => {
    expect(feed.awarenessDays.map((d) => [d.id, d.date])).to.deep.equal([
      ['world-day-against-trafficking', '--07-30'],
      ['international-womens-day', '--03-08'],
      ['elimination-of-violence-against-women', '--11-25'],
    ]);
    for (const day of feed.awarenessDays) {
      expect(Object.keys(day.name), day.id).to.deep.equal(LOCALES);
      expect(day.url, day.id).to.match(/^https:\/\/www\.un\.org\//);
    }
  });

  it('has the members the pages name, a few of them without coordinates', () => {
    expect(feed.members).to.have.length(27);
    expect(new Set(feed.members.map((m) => m.country)).size).to.equal(22);
    const withoutCoordinates = feed.members.filter((m) => !m.coordinates).map((m) => m.id);
    expect(withoutCoordinates).to.deep.equal(['exit-finland', 'people-serving-girls-at-risk', 'sawa']);
    expect(feed.members.find((m) => m.id === 'stigamot')?.name).to.equal('Stígamót');
  });

  it('has all 85 signatories of the letter to the ILO, in the three groups of the letter', () => {
    const [letter] = feed.statements;
    expect(letter.id).to.equal('ilo-letter-2018');
    expect(letter.date).to.equal('2018-05-30');
    expect(letter.groups!.map((g) => g.id)).to.deep.equal(['members', 'networks', 'domestic']);
    expect(letter.signatories).to.have.length(85);
    const count = (group: string) => letter.signatories.filter((s) => s.group === group).length;
    expect([count('members'), count('networks'), count('domestic')]).to.deep.equal([24, 7, 54]);
    const names = letter.signatories.map((s) => s.name);
    expect(names).to.include.members(['1000 Möjligheter', 'Mémoire Traumatique et Victimologie', 'Women@thewell']);
    expect(letter.signatories.find((s) => s.name === 'Kofra (Kommunikationszentrum für Frauen)')?.country).to.equal('DE');
    expect(letter.signatories.find((s) => s.name === 'nia')?.country).to.equal('GB');
  });
});
