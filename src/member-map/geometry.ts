/**
 * The world map's geometry: Natural Earth's 1:110m countries (world-atlas) in an Equal Earth
 * projection. This module is loaded lazily by `<coalition-member-map>`, so the geometry reaches a page
 * only when a map is on it, and from the page's own server (no third-party request).
 *
 * The outlines, and each country's main land, are projected once, when the library is built
 * (`npm run geometry` writes world.generated.json with d3-geo and topojson-client): a page only
 * projects the coordinates its members give, with the formula below.
 */
import { SMALL_COUNTRIES } from './countries.js';
import world from './world.generated.json' with { type: 'json' };

/** Width of the map's own coordinate system (the SVG's viewBox); its height follows the projection. */
export const WIDTH = 1000;

export type Point = readonly [x: number, y: number];
export type Box = readonly [x0: number, y0: number, x1: number, y1: number];

export interface CountryShape {
  /** ISO 3166-1 alpha-2, or empty for a shape the atlas gives no code (Northern Cyprus, Somaliland). */
  code: string;
  /** SVG path data in map coordinates. */
  d: string;
}

export interface WorldMap {
  width: number;
  height: number;
  /** Every country but Antarctica, in map coordinates. */
  countries: readonly CountryShape[];
  /** Where a place is on the map: its coordinates, else its country's centre; undefined when neither is known. */
  place(country: string, coordinates?: { lat: number; lon: number }): Point | undefined;
  /** The box around a country's main land (metropolitan France, not French Guiana), if the atlas has it. */
  countryBox(country: string): Box | undefined;
}

/** What scripts/build-geometry.mjs writes. */
interface WorldData {
  width: number;
  height: number;
  projection: { scale: number; translate: Point };
  /** [code, path data, main land's box, main land's centre]; the box and centre only for a coded country. */
  countries: readonly (readonly [code: string, d: string, box?: Box, centre?: Point])[];
}

// Equal Earth (Šavrič, Patterson and Jenny, "The Equal Earth map projection", 2018), on the unit
// sphere: with sin θ = (√3 / 2) sin φ,
//   x = 2√3 λ cos θ / (3 (9 A4 θ⁸ + 7 A3 θ⁶ + 3 A2 θ² + A1))
//   y = A4 θ⁹ + A3 θ⁷ + A2 θ³ + A1 θ
// then scaled and moved as d3-geo's geoEqualEarth().scale(k).translate([tx, ty]) does: (tx + k x, ty − k y).
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;

/** A longitude and latitude in degrees, on the map; undefined if they are not numbers. */
function equalEarth(scale: number, [tx, ty]: Point, lon: number, lat: number): Point | undefined {
  let lambda = (lon * Math.PI) / 180;
  // Longitudes beyond ±180° wrap around, as in d3-geo.
  if (Math.abs(lambda) > Math.PI) lambda -= Math.round(lambda / (2 * Math.PI)) * 2 * Math.PI;
  const theta = Math.asin((Math.sqrt(3) / 2) * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta;
  const t6 = t2 * t2 * t2;
  const x = (2 * Math.sqrt(3) * lambda * Math.cos(theta)) / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1));
  const y = A4 * t6 * t2 * theta + A3 * t6 * theta + A2 * t2 * theta + A1 * theta;
  const p: Point = [tx + scale * x, ty - scale * y];
  return Number.isFinite(p[0]) && Number.isFinite(p[1]) ? p : undefined;
}

function build(): WorldMap {
  const data = world as unknown as WorldData;
  const { scale, translate } = data.projection;
  const project = (lon: number, lat: number) => equalEarth(scale, translate, lon, lat);
  const byCode = new Map<string, { box?: Box; centre?: Point }>();
  const countries = data.countries.map(([code, d, box, centre]): CountryShape => {
    if (code) byCode.set(code, { box, centre });
    return { code, d };
  });

  return {
    width: WIDTH,
    height: data.height,
    countries,
    place(country, coordinates) {
      if (coordinates) return project(coordinates.lon, coordinates.lat);
      const e = byCode.get(country.toUpperCase());
      if (e) return e.centre;
      const small = SMALL_COUNTRIES[country.toUpperCase()];
      return small ? project(small[0], small[1]) : undefined;
    },
    countryBox(country) {
      return byCode.get(country.toUpperCase())?.box;
    },
  };
}

let map: WorldMap | undefined;

/** The world map, built on first use (about 180 country outlines). */
export function worldMap(): WorldMap {
  return (map ??= build());
}
