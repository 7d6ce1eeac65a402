/**
 * The event as schema.org `Event` JSON-LD, so that search engines can show it. Built from the same
 * resolved text the card shows.
 */
import type { CoalitionEvent, Feed } from '../feed/types.js';
import { textOf } from '../feed/text.js';
import { DEFAULT_DURATION, startOf } from './time.js';

type Json = string | number | boolean | Json[] | { [key: string]: Json | undefined } | undefined;

const SCHEMA = 'https://schema.org/';

export function eventJsonLd(event: CoalitionEvent, feed: Feed, locale: string): Record<string, Json> {
  const text = (value: Parameters<typeof textOf>[0]) => textOf(value, locale, feed.defaultLocale) || undefined;
  const loc = event.location;
  const online = event.online === true;
  const place = loc && (loc.name || loc.address || loc.city || loc.country)
    ? {
        '@type': 'Place',
        name: text(loc.name),
        address: {
          '@type': 'PostalAddress',
          streetAddress: text(loc.address),
          addressLocality: text(loc.city),
          addressCountry: loc.country,
        },
      }
    : undefined;
  const virtual = online ? { '@type': 'VirtualLocation', url: event.registration?.url ?? event.url } : undefined;
  const mode = online && place ? 'MixedEventAttendanceMode' : online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(event.title),
    description: text(event.summary),
    startDate: event.start,
    endDate: event.end ?? new Date(startOf(event) + DEFAULT_DURATION).toISOString(),
    eventStatus: `${SCHEMA}EventScheduled`,
    eventAttendanceMode: `${SCHEMA}${mode}`,
    location: virtual && place ? [virtual, place] : (virtual ?? place),
    organizer: event.organisers?.map((name) => ({ '@type': 'Organization', name })),
    performer: event.speakers?.map((s) => ({ '@type': 'Person', name: s.name })),
    url: event.url ?? event.registration?.url,
    inLanguage: event.languages,
    offers: event.registration?.url
      ? { '@type': 'Offer', url: event.registration.url, validThrough: event.registration.closes ?? event.start }
      : undefined,
  };
}

/**
 * The text of the `<script type="application/ld+json">`: `<` is escaped so that no feed text can
 * close the script (`</script>`) or open a comment when the page is serialised.
 */
export function serialiseJsonLd(value: Record<string, Json>): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
