
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'base.error-invalid': `Der Inhalt konnte nicht gelesen werden.`,
'base.error-unavailable': `Der Inhalt konnte nicht geladen werden.`,
'base.loading': `Wird geladen…`,
'base.not-found-day': str`Der Aktionstag „${0}“ wurde nicht gefunden.`,
'base.not-found-event': str`Die Veranstaltung „${0}“ wurde nicht gefunden.`,
'base.not-found-statement': str`Die Erklärung „${0}“ wurde nicht gefunden.`,
'countdown.ended': `Diese Veranstaltung ist beendet.`,
'countdown.learn-more': `Mehr erfahren`,
'countdown.live': `Läuft gerade`,
'countdown.no-days': `Es steht kein Aktionstag bevor.`,
'countdown.passed': str`Der ${0} ist vorbei.`,
'countdown.today': str`Heute: ${0}.`,
'countdown.until': str`${1}: noch ${0}`,
'event-card.all-organisers': str`Alle Veranstalter anzeigen (${0})`,
'event-card.all-speakers': str`Alle Referierenden anzeigen (${0})`,
'event-card.calendar': `Zum Kalender hinzufügen`,
'event-card.closed': `Anmeldung geschlossen`,
'event-card.ended': `Diese Veranstaltung ist beendet`,
'event-card.fewer-organisers': `Weniger Veranstalter anzeigen`,
'event-card.fewer-speakers': `Weniger Referierende anzeigen`,
'event-card.ics-register': str`Anmeldung: ${0}`,
'event-card.languages': `Sprachen`,
'event-card.live': `Läuft gerade`,
'event-card.new-tab': `öffnet sich in einem neuen Tab`,
'event-card.no-events': `Keine Veranstaltungen vorhanden.`,
'event-card.online': `Online`,
'event-card.organisers': `Veranstaltet von`,
'event-card.register': `Anmelden`,
'event-card.speakers': `Referierende`,
'event-card.starts': str`Beginnt ${0}`,
'event-card.when': `Wann`,
'event-card.where': `Wo`,
'event-card.your-time': `In Ihrer Zeitzone`,
'signatory-list.count-zero': str`${0} signatories`,
'signatory-list.count-one': str`${0} signatory`,
'signatory-list.count-two': str`${0} signatories`,
'signatory-list.count-few': str`${0} signatories`,
'signatory-list.count-many': str`${0} signatories`,
'signatory-list.count-other': str`${0} signatories`,
'signatory-list.match-zero': str`${0} signatories match`,
'signatory-list.match-one': str`${0} signatory matches`,
'signatory-list.match-two': str`${0} signatories match`,
'signatory-list.match-few': str`${0} signatories match`,
'signatory-list.match-many': str`${0} signatories match`,
'signatory-list.match-other': str`${0} signatories match`,
    };
  