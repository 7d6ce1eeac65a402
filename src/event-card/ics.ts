/**
 * An iCalendar file (RFC 5545) for one event, built in the browser: no server is involved.
 * Pure functions, so the exact text is tested.
 */

export interface IcsEvent {
  /** Globally unique and stable: `<event id>@<coalition host>`. */
  uid: string;
  /** When the file is made (ms). */
  stamp: number;
  /** Start and end instants (ms). */
  start: number;
  end: number;
  title: string;
  description?: string;
  location?: string;
  url?: string;
}

/** `20210622T100000Z`: a UTC date-time, so no VTIMEZONE is needed and every calendar agrees. */
export function icsDateTime(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so that no line is longer than 75 octets (§3.1): continuation lines start
 * with a space. Splits between characters, never inside one's UTF-8 bytes.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The whole file, CRLF line ends, ending with a line break. */
export function toIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Coalition Widgets//Event card//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // A URI value, not TEXT: written as is (the feed's links are already checked).
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Offers the file for download through a temporary object URL: nothing leaves the browser. */
export function downloadIcs(text: string, filename: string, parent: Node): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked a moment later: some browsers start reading the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
