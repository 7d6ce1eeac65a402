/** What the signatory-list tests read from a rendered list. */
import { shadow, squash } from '../helpers.js';

/** The names a list shows in its document (for a long list: those drawn), in order. */
export const names = (el: Element) => [...shadow(el).querySelectorAll('[part=signatory] bdi')].map((n) => squash(n.textContent));

/** A list's search box. */
export const searchBox = (el: Element) => shadow(el).querySelector<HTMLInputElement>('input[part=search]')!;
