/**
 * The world map's geometry: Natural Earth's 1:110m countries (world-atlas) in an Equal Earth
 * projection. This module is loaded lazily by `<coalition-member-map>`, so the atlas and d3-geo
 * reach a page only when a map is on it, and from the page's own server (no third-party request).
 */
import { geoEqualEarth, geoPath, type GeoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import { ALPHA2_OF_NUMERIC, ALPHA2_OF_UNNUMBERED, SMALL_COUNTRIES } from './countries.js';

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

type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/**
 * The largest polygon of a country on the map: its centre and box should not be pulled towards far
 * islands or territories. (Equal Earth keeps areas, so the largest on the map is the largest on Earth.)
 */
function mainLand(f: CountryFeature, path: GeoPath): Feature<Polygon> {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: Feature<Polygon> | undefined;
  let bestArea = -1;
  for (const coordinates of polygons) {
    const polygon: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } };
    const area = path.area(polygon);
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best!;
}

function build(): WorldMap {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>)
    .features as CountryFeature[];
  const features = all.filter((f) => f.id !== '010'); // Antarctica takes room and has no members
  const codeOf = (f: CountryFeature) => ALPHA2_OF_NUMERIC.get(String(f.id ?? '')) ?? ALPHA2_OF_UNNUMBERED[f.properties.name] ?? '';

  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const projection = geoEqualEarth().fitWidth(WIDTH, collection);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const height = Math.ceil(bottom - top);

  const byCode = new Map<string, { main: Feature<Polygon>; centre?: Point; box?: Box }>();
  const countries: CountryShape[] = [];
  for (const f of features) {
    const code = codeOf(f);
    countries.push({ code, d: path(f) ?? '' });
    if (code) byCode.set(code, { main: mainLand(f, path) });
  }

  const project = (lon: number, lat: number): Point | undefined => {
    const p = projection([lon, lat]);
    return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : undefined;
  };
  const entry = (country: string) => byCode.get(country.toUpperCase());

  return {
    width: WIDTH,
    height,
    countries,
    place(country, coordinates) {
      if (coordinates) return project(coordinates.lon, coordinates.lat);
      const e = entry(country);
      if (e) {
        if (!e.centre) {
          const [x, y] = path.centroid(e.main);
          if (Number.isFinite(x) && Number.isFinite(y)) e.centre = [x, y];
        }
        return e.centre;
      }
      const small = SMALL_COUNTRIES[country.toUpperCase()];
      return small ? project(small[0], small[1]) : undefined;
    },
    countryBox(country) {
      const e = entry(country);
      if (!e) return undefined;
      if (!e.box) {
        const [[x0, y0], [x1, y1]] = path.bounds(e.main);
        e.box = [x0, y0, x1, y1];
      }
      return e.box;
    },
  };
}

let world: WorldMap | undefined;

/** The world map, built on first use (about 180 country outlines). */
export function worldMap(): WorldMap {
  return (world ??= build());
}
