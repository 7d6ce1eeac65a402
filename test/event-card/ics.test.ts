import { expect } from '@open-wc/testing';
import { escapeText, foldLine, icsDateTime, toIcs } from '../../src/event-card/ics.js';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  it('writes UTC date-times', () => {
    expect(icsDateTime(Date.parse('2021-06-22T12:00:00+02:00'))).to.equal('20210622T100000Z');
    expect(icsDateTime(Date.parse('2022-03-27T03:30:00+02:00'))).to.equal('20220327T013000Z');
  });

  it('escapes backslash, semicolon, comma and line breaks in TEXT', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).to.equal('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const line = 'SUMMARY:' + 'Élimination de la traite – مناصرة القضاء على الاتجار 🌍 '.repeat(6);
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(1);
    for (const l of lines) expect(octets(l)).to.be.at.most(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).to.equal(true);
    expect(lines.join('').replace(/^/, '')).to.not.contain('\uFFFD');
    // Unfolding gives the line back.
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
    const exactly75 = 'X'.repeat(75);
    expect(foldLine(exactly75)).to.equal(exactly75);
    expect(foldLine(exactly75 + 'Y')).to.equal(`${exactly75}\r\n Y`);
  });

  it('writes a whole calendar with CRLF line ends', () => {
    const text = toIcs({
      uid: 'hrc47-side-event@www.cap-international.org',
      stamp: Date.parse('2021-06-19T10:00:00Z'),
      start: Date.parse('2021-06-22T10:00:00Z'),
      end: Date.parse('2021-06-22T11:30:00Z'),
      title: 'Side event; HRC47, CEDAW',
      description: 'Line one\nLine two',
      location: 'Online',
      url: 'https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg',
    });
    expect(text).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Coalition Widgets//Event card//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'BEGIN:VEVENT',
        'UID:hrc47-side-event@www.cap-international.org',
        'DTSTAMP:20210619T100000Z',
        'DTSTART:20210622T100000Z',
        'DTEND:20210622T113000Z',
        'SUMMARY:Side event\\; HRC47\\, CEDAW',
        'DESCRIPTION:Line one\\nLine two',
        'LOCATION:Online',
        'URL:https://zoom.us/webinar/register/WN_sJ2dQemUSzycfPHN0OtFqg',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });
});
