// The map's precomputed geometry (src/member-map/world.generated.json, written by npm run geometry)
// and the geometry module the browser loads (src/member-map/geometry.ts), against d3-geo and
// topojson-client computing the same here from world-atlas, as the browser once did on every page.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { build } from 'esbuild';
import { feature } from 'topojson-client';

const root = resolve(import.meta.dirname, '../..');
const data = JSON.parse(readFileSync(resolve(root, 'src/member-map/world.generated.json'), 'utf8'));
const require = createRequire(import.meta.url);
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));

// The reference: the atlas without Antarctica, in Equal Earth fitted to a width of 1000, its top at 0.
const features = feature(atlas, atlas.objects.countries).features.filter((f) => f.id !== '010');
const collection = { type: 'FeatureCollection', features };
const projection = geoEqualEarth().fitWidth(1000, collection);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(collection);
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

const shapeOf = (id) => features.find((f) => f.id === id);
const entryOf = (code) => data.countries.find((c) => c[0] === code);

/** A country's largest polygon, as a feature. */
function mainLand(f) {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const all = polygons.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } }));
  return all.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
}

/**
 * SVG path data (M, L, Z and their relative forms, as d3-geo and the generator write them) as rings
 * of points in tenths of a unit, without a point repeating the one before or the ring's first.
 */
function rings(d) {
  const out = [];
  let command;
  let numbers = [];
  let current = [0, 0];
  let start = [0, 0];
  for (const token of d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)/g)) {
    if (/[a-z]/i.test(token)) {
      command = token;
      if (/z/i.test(token)) current = start;
      continue;
    }
    numbers.push(Number(token));
    if (numbers.length < 2) continue;
    const relative = command === command.toLowerCase();
    const p = relative ? [current[0] + numbers[0], current[1] + numbers[1]] : numbers;
    numbers = [];
    if (/m/i.test(command)) {
      out.push([]);
      start = p;
      command = relative ? 'l' : 'L'; // pairs after a moveto are lines
    }
    out.at(-1).push(p);
    current = p;
  }
  return out.map((ring) => {
    const points = [];
    for (const [x, y] of ring) {
      const q = [Math.round(x * 10), Math.round(y * 10)];
      if (!points.length || points.at(-1).join() !== q.join()) points.push(q);
    }
    while (points.length > 1 && points.at(-1).join() === points[0].join()) points.pop();
    return points;
  });
}

/** The geometry module as the browser runs it, bundled for Node. */
let world;
before(async () => {
  const result = await build({
    entryPoints: [resolve(root, 'src/member-map/geometry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
  world = module.worldMap();
});

const near = (actual, expected, tolerance, what) =>
  assert.ok(
    actual.length === expected.length && actual.every((v, i) => Math.abs(v - expected[i]) <= tolerance),
    `${what}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)} within ${tolerance}`,
  );

describe('the precomputed world map', () => {
  it('has the size and projection d3-geo fits to the atlas', () => {
    assert.equal(world.width, 1000);
    assert.equal(data.width, 1000);
    assert.equal(world.height, Math.ceil(bottom - top));
    near([data.projection.scale], [projection.scale()], 1e-9, 'scale');
    near(data.projection.translate, projection.translate(), 1e-9, 'translate');
  });

  it('has every shape of the atlas but Antarctica, in its order, named by alpha-2 code', () => {
    assert.equal(world.countries.length, features.length);
    assert.equal(world.countries.findIndex((c) => c.code === 'FR'), features.findIndex((f) => f.id === '250'));
    assert.equal(world.countries.findIndex((c) => c.code === 'US'), features.findIndex((f) => f.id === '840'));
    assert.equal(world.countries.findIndex((c) => c.code === 'XK'), features.findIndex((f) => f.properties.name === 'Kosovo'));
    assert.equal(world.countries.filter((c) => !c.code).length, 2); // Northern Cyprus, Somaliland
    assert.equal(world.countries.some((c) => c.code === 'AQ'), false);
  });

  it('gives France’s main land box and centre as d3-geo computes them', () => {
    const france = mainLand(shapeOf('250'));
    const [[x0, y0], [x1, y1]] = path.bounds(france);
    near(world.countryBox('FR'), [x0, y0, x1, y1], 0.01, 'box');
    near(world.place('fr'), path.centroid(france), 0.01, 'centre'); // codes in any case
    // Metropolitan France only, not French Guiana.
    const [[allX0], [allX1]] = path.bounds(shapeOf('250'));
    assert.ok(world.countryBox('fr')[2] - world.countryBox('fr')[0] < (allX1 - allX0) / 4);
  });

  it('gives other countries’ boxes and centres as d3-geo computes them', () => {
    for (const [code, id] of [['US', '840'], ['RU', '643'], ['FJ', '242'], ['IN', '356'], ['CL', '152']]) {
      const main = mainLand(shapeOf(id));
      const [[x0, y0], [x1, y1]] = path.bounds(main);
      near(world.countryBox(code), [x0, y0, x1, y1], 0.01, `${code} box`);
      near(world.place(code), path.centroid(main), 0.01, `${code} centre`);
    }
  });

  it('places Paris by its coordinates where d3-geo does', () => {
    near(world.place('FR', { lat: 48.8566, lon: 2.3522 }), projection([2.3522, 48.8566]), 0.1, 'Paris');
  });

  it('places any coordinates where d3-geo does, longitudes beyond ±180° too', () => {
    for (let lat = -90; lat <= 90; lat += 15) {
      for (let lon = -200; lon <= 200; lon += 25) {
        near(world.place('XX', { lat, lon }), projection([lon, lat]), 1e-6, `${lat}, ${lon}`);
      }
    }
    assert.equal(world.place('FR', { lat: Number.NaN, lon: 2 }), undefined);
  });

  it('places a member of a country too small for the atlas near its capital, and none of an unknown country', () => {
    near(world.place('MT'), projection([14.45, 35.9]), 0.01, 'Malta');
    near(world.place('sg'), projection([103.82, 1.35]), 0.01, 'Singapore');
    assert.equal(world.place('XX'), undefined);
    assert.equal(world.countryBox('MT'), undefined);
  });

  it('draws the outlines d3-geo draws, to a tenth of a unit', () => {
    const drawn = geoPath(projection).digits(1);
    for (const [code, id] of [['FR', '250'], ['US', '840'], ['RU', '643'], ['FJ', '242'], ['ZA', '710'], ['CA', '124']]) {
      assert.deepEqual(rings(entryOf(code)[1]), rings(drawn(shapeOf(id))), code);
    }
  });
});
