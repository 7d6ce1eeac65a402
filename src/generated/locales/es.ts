
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'base.error-invalid': `No se ha podido leer el contenido.`,
'base.error-unavailable': `No se ha podido cargar el contenido.`,
'base.loading': `Cargando…`,
'base.not-found-day': str`No se ha encontrado la jornada «${0}».`,
'base.not-found-event': str`No se ha encontrado el evento «${0}».`,
'base.not-found-statement': str`No se ha encontrado la declaración «${0}».`,
'countdown.ended': `Este evento ha terminado.`,
'countdown.learn-more': `Más información`,
'countdown.live': `En curso`,
'countdown.no-days': `No hay ninguna jornada de sensibilización próxima.`,
'countdown.passed': str`El ${0} ya pasó.`,
'countdown.today': str`Hoy: ${0}.`,
'countdown.until': str`Tiempo restante para ${1}: ${0}`,
'event-card.all-organisers': str`Mostrar todos los organizadores (${0})`,
'event-card.all-speakers': str`Mostrar todos los ponentes (${0})`,
'event-card.calendar': `Añadir al calendario`,
'event-card.closed': `Inscripción cerrada`,
'event-card.ended': `Este evento ha terminado`,
'event-card.fewer-organisers': `Mostrar menos organizadores`,
'event-card.fewer-speakers': `Mostrar menos ponentes`,
'event-card.ics-register': str`Inscripción: ${0}`,
'event-card.languages': `Idiomas`,
'event-card.live': `En curso`,
'event-card.new-tab': `se abre en una pestaña nueva`,
'event-card.no-events': `No hay eventos que mostrar.`,
'event-card.online': `En línea`,
'event-card.organisers': `Organizado por`,
'event-card.register': `Inscribirse`,
'event-card.speakers': `Ponentes`,
'event-card.starts': str`Empieza ${0}`,
'event-card.when': `Cuándo`,
'event-card.where': `Dónde`,
'event-card.your-time': `En tu zona horaria`,
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
  