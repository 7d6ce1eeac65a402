/**
 * What the member map shows, apart from drawing: members grouped by country and sorted, the part of
 * the world to show, and markers spread apart where members share a spot.
 */
import type { Member } from '../feed/types.js';

export interface CountryGroup {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** The country's name in the visitor's language. */
  name: string;
  /** Its members, sorted by name. */
  members: Member[];
}

/** The members whose country is `country` (any case); all of them without it. */
export function membersIn(members: readonly Member[], country?: string): Member[] {
  const code = country?.trim().toUpperCase();
  return code ? members.filter((m) => m.country === code) : [...members];
}

/** Members grouped by country, countries and members sorted with `collator`. */
export function groupByCountry(
  members: readonly Member[],
  countryName: (code: string) => string,
  memberName: (member: Member) => string,
  collator: Intl.Collator,
): CountryGroup[] {
  const groups = new Map<string, CountryGroup>();
  for (const member of members) {
    let group = groups.get(member.country);
    if (!group) groups.set(member.country, (group = { code: member.country, name: countryName(member.country), members: [] }));
    group.members.push(member);
  }
  const names = new Map(members.map((m) => [m, memberName(m)]));
  const sorted = [...groups.values()].sort((a, b) => collator.compare(a.name, b.name) || (a.code < b.code ? -1 : 1));
  for (const group of sorted) group.members.sort((a, b) => collator.compare(names.get(a)!, names.get(b)!));
  return sorted;
}

export type Point = readonly [x: number, y: number];
export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

/**
 * The part of a `width` × `height` map to show: the boxes given, with a margin, at least an eighth
 * of the map wide, in the map's own proportions; the whole map when nothing is given or it would
 * not fit.
 */
export function fitView(boxes: readonly Box[], width: number, height: number): Box {
  const whole: Box = [0, 0, width, height];
  if (!boxes.length) return whole;
  let [x0, y0, x1, y1] = boxes[0];
  for (const [a, b, c, d] of boxes) [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  const aspect = width / height;
  const margin = Math.max(x1 - x0, y1 - y0) * 0.1 + width / 100;
  let w = Math.max(x1 - x0 + 2 * margin, width / 8);
  let h = Math.max(y1 - y0 + 2 * margin, w / aspect);
  w = Math.max(w, h * aspect);
  h = w / aspect;
  if (w >= width * 0.75) return whole;
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const left = clamp((x0 + x1) / 2 - w / 2, 0, width - w);
  const top = clamp((y0 + y1) / 2 - h / 2, 0, height - h);
  return [left, top, left + w, top + h];
}

/** The golden angle: successive markers of a group never line up. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Markers spread apart where they would overlap: points closer than `distance` to the first
 * point of a group join it and are laid out around it in a sunflower pattern, `distance` apart.
 * Undefined points (members that cannot be placed) stay undefined.
 */
export function spread(points: readonly (Point | undefined)[], distance: number): (Point | undefined)[] {
  const groups: { centre: Point; indices: number[] }[] = [];
  const cell = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / distance)},${Math.floor(y / distance)}`;
  points.forEach((p, i) => {
    if (!p) return;
    const [cx, cy] = [Math.floor(p[0] / distance), Math.floor(p[1] / distance)];
    let found: number | undefined;
    for (let dx = -1; dx <= 1 && found === undefined; dx++) {
      for (let dy = -1; dy <= 1 && found === undefined; dy++) {
        for (const g of cell.get(`${cx + dx},${cy + dy}`) ?? []) {
          const c = groups[g].centre;
          if (Math.hypot(c[0] - p[0], c[1] - p[1]) < distance) {
            found = g;
            break;
          }
        }
      }
    }
    if (found !== undefined) {
      groups[found].indices.push(i);
      return;
    }
    groups.push({ centre: p, indices: [i] });
    const k = key(p[0], p[1]);
    cell.set(k, [...(cell.get(k) ?? []), groups.length - 1]);
  });
  const out: (Point | undefined)[] = points.map(() => undefined);
  for (const { centre, indices } of groups) {
    indices.forEach((index, i) => {
      const r = indices.length === 1 ? 0 : distance * 0.62 * Math.sqrt(i + 0.5);
      out[index] = [centre[0] + r * Math.cos(i * GOLDEN_ANGLE), centre[1] + r * Math.sin(i * GOLDEN_ANGLE)];
    });
  }
  return out;
}
