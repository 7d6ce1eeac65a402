/**
 * The feed's types, as the elements see it. The types of its entries are generated from the zod
 * schema (`schema.ts`) with the validator that checks them.
 */
import type { AwarenessDay, Coalition, CoalitionEvent, Member, Statement } from '../generated/feed-checks.js';

export type {
  AwarenessDay,
  Coalition,
  CoalitionEvent,
  Coordinates,
  Group,
  LocalizedText,
  Location,
  Member,
  Registration,
  Signatory,
  Speaker,
  Statement,
} from '../generated/feed-checks.js';

/** A parsed feed: every entry valid, and the collections always present (empty when the feed has none). */
export interface Feed {
  version: 1;
  defaultLocale: string;
  coalition?: Coalition;
  events: CoalitionEvent[];
  awarenessDays: AwarenessDay[];
  members: Member[];
  statements: Statement[];
}
