// The elements, by the name of their folder in src/ and of their file in dist/elements/.
export const ELEMENTS = ['event-card', 'countdown', 'member-map', 'signatory-list'];
