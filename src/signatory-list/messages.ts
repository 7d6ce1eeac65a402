/**
 * Sentences with a number in them. `msg()` has no plural syntax, so each plural category of
 * `Intl.PluralRules` (zero, one, two, few, many, other) has its own message, and the rules of the
 * visitor's language pick one: English needs one and other, Arabic all six.
 */
import { msg, str } from '@lit/localize';
import { pluralRules } from '../i18n/intl.js';

/** "85 signatories": `count` is the number already formatted for the visitor's locale. */
export function signatoriesText(n: number, count: string, locale: string): string {
  switch (pluralRules(locale).select(n)) {
    case 'zero':
      return msg(str`${count} signatories`, { id: 'signatory-list.count-zero' });
    case 'one':
      return msg(str`${count} signatory`, { id: 'signatory-list.count-one' });
    case 'two':
      return msg(str`${count} signatories`, { id: 'signatory-list.count-two' });
    case 'few':
      return msg(str`${count} signatories`, { id: 'signatory-list.count-few' });
    case 'many':
      return msg(str`${count} signatories`, { id: 'signatory-list.count-many' });
    default:
      return msg(str`${count} signatories`, { id: 'signatory-list.count-other' });
  }
}

/** "12 signatories match": the result of a search. */
export function matchesText(n: number, count: string, locale: string): string {
  switch (pluralRules(locale).select(n)) {
    case 'zero':
      return msg(str`${count} signatories match`, { id: 'signatory-list.match-zero' });
    case 'one':
      return msg(str`${count} signatory matches`, { id: 'signatory-list.match-one' });
    case 'two':
      return msg(str`${count} signatories match`, { id: 'signatory-list.match-two' });
    case 'few':
      return msg(str`${count} signatories match`, { id: 'signatory-list.match-few' });
    case 'many':
      return msg(str`${count} signatories match`, { id: 'signatory-list.match-many' });
    default:
      return msg(str`${count} signatories match`, { id: 'signatory-list.match-other' });
  }
}
