#!/usr/bin/env node
// Fails when an element's public API is not documented in custom-elements.json (from its JSDoc):
// a summary, a description for every attribute, public property, event, slot, CSS part and CSS
// custom property, and at least one CSS part to style it by.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];
let elements = 0;
for (const mod of manifest.modules) {
  for (const d of mod.declarations ?? []) {
    if (!d.tagName) continue;
    elements++;
    const where = `<${d.tagName}> (${mod.path})`;
    if (!d.summary && !d.description) problems.push(`${where}: no @summary or description`);
    if (!(d.cssParts ?? []).length) problems.push(`${where}: no @csspart`);
    if (!(d.cssProperties ?? []).length) problems.push(`${where}: no @cssprop`);
    const lists = {
      attribute: d.attributes,
      property: (d.members ?? []).filter((m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static),
      event: d.events,
      slot: d.slots,
      'CSS part': d.cssParts,
      'CSS property': d.cssProperties,
    };
    for (const [kind, list] of Object.entries(lists)) {
      for (const item of list ?? []) {
        if (!item.description && !item.summary) problems.push(`${where}: ${kind} ${item.name} has no description`);
      }
    }
  }
}
if (elements < 4) problems.push(`only ${elements} elements with a tag name in custom-elements.json`);
for (const p of problems) console.error(p);
console.log(`custom-elements.json: ${elements} elements, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
