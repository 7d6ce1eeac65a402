
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
'event-card.all-speakers': str`Mostrar todos los ponentes (${0})`,
'event-card.calendar': `Añadir al calendario`,
'event-card.closed': `Inscripción cerrada`,
'event-card.ended': `Este evento ha terminado`,
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
    };
  