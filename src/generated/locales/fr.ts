
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'base.error-invalid': `Le contenu n’a pas pu être lu.`,
'base.error-unavailable': `Le contenu n’a pas pu être chargé.`,
'base.loading': `Chargement…`,
'base.not-found-day': str`La journée « ${0} » est introuvable.`,
'base.not-found-event': str`L’événement « ${0} » est introuvable.`,
'base.not-found-statement': str`La déclaration « ${0} » est introuvable.`,
'countdown.ended': `Cet événement est terminé.`,
'countdown.learn-more': `En savoir plus`,
'countdown.live': `En cours`,
'countdown.no-days': `Aucune journée de sensibilisation à venir.`,
'countdown.passed': str`Le ${0} est passé.`,
'countdown.today': str`C’est aujourd’hui : ${0}.`,
'countdown.until': str`${1} : dans ${0}`,
'event-card.all-organisers': str`Afficher tous les organisateurs (${0})`,
'event-card.all-speakers': str`Afficher tous les intervenants (${0})`,
'event-card.calendar': `Ajouter au calendrier`,
'event-card.closed': `Inscriptions closes`,
'event-card.ended': `Cet événement est terminé`,
'event-card.fewer-organisers': `Afficher moins d’organisateurs`,
'event-card.fewer-speakers': `Afficher moins d’intervenants`,
'event-card.ics-register': str`Inscription : ${0}`,
'event-card.languages': `Langues`,
'event-card.live': `En cours`,
'event-card.new-tab': `s’ouvre dans un nouvel onglet`,
'event-card.no-events': `Aucun événement à afficher.`,
'event-card.online': `En ligne`,
'event-card.organisers': `Organisé par`,
'event-card.register': `S’inscrire`,
'event-card.speakers': `Intervenants`,
'event-card.starts': str`Commence ${0}`,
'event-card.when': `Quand`,
'event-card.where': `Où`,
'event-card.your-time': `Dans votre fuseau horaire`,
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
  