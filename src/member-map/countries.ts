/**
 * ISO 3166-1 tables for the map. The numeric codes name the atlas's shapes when
 * scripts/build-geometry.mjs writes world.generated.json; the geometry module, loaded with the map,
 * needs SMALL_COUNTRIES only: the tables are marked pure so that a bundler leaves them out of it.
 */

/**
 * Every ISO 3166-1 country as its alpha-2 code followed by its three-digit numeric code, the id of
 * the Natural Earth shapes in world-atlas (e.g. `FR250` is France, id `250`).
 */
const ALPHA2_NUMERIC =
  'AD020AE784AF004AG028AI660AL008AM051AO024AQ010AR032AS016AT040AU036AW533AX248AZ031BA070BB052BD050BE056' +
  'BF854BG100BH048BI108BJ204BL652BM060BN096BO068BQ535BR076BS044BT064BV074BW072BY112BZ084CA124CC166CD180' +
  'CF140CG178CH756CI384CK184CL152CM120CN156CO170CR188CU192CV132CW531CX162CY196CZ203DE276DJ262DK208DM212' +
  'DO214DZ012EC218EE233EG818EH732ER232ES724ET231FI246FJ242FK238FM583FO234FR250GA266GB826GD308GE268GF254' +
  'GG831GH288GI292GL304GM270GN324GP312GQ226GR300GS239GT320GU316GW624GY328HK344HM334HN340HR191HT332HU348' +
  'ID360IE372IL376IM833IN356IO086IQ368IR364IS352IT380JE832JM388JO400JP392KE404KG417KH116KI296KM174KN659' +
  'KP408KR410KW414KY136KZ398LA418LB422LC662LI438LK144LR430LS426LT440LU442LV428LY434MA504MC492MD498ME499' +
  'MF663MG450MH584MK807ML466MM104MN496MO446MP580MQ474MR478MS500MT470MU480MV462MW454MX484MY458MZ508NA516' +
  'NC540NE562NF574NG566NI558NL528NO578NP524NR520NU570NZ554OM512PA591PE604PF258PG598PH608PK586PL616PM666' +
  'PN612PR630PS275PT620PW585PY600QA634RE638RO642RS688RU643RW646SA682SB090SC690SD729SE752SG702SH654SI705' +
  'SJ744SK703SL694SM674SN686SO706SR740SS728ST678SV222SX534SY760SZ748TC796TD148TF260TG768TH764TJ762TK772' +
  'TL626TM795TN788TO776TR792TT780TV798TW158TZ834UA804UG800UM581US840UY858UZ860VA336VC670VE862VG092VI850' +
  'VN704VU548WF876WS882YE887YT175ZA710ZM894ZW716';
/** Alpha-2 code (`FR`) → numeric code (`250`). */
export const NUMERIC_OF_ALPHA2: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Array.from({ length: ALPHA2_NUMERIC.length / 5 }, (_, i) => {
    const entry = ALPHA2_NUMERIC.slice(i * 5, i * 5 + 5);
    return [entry.slice(0, 2), entry.slice(2)] as const;
  }),
);

/** Numeric code (`250`) → alpha-2 code (`FR`). */
export const ALPHA2_OF_NUMERIC: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Array.from(NUMERIC_OF_ALPHA2, ([a, n]) => [n, a]),
);

/** Shapes of the atlas without a numeric code, by their name there. */
export const ALPHA2_OF_UNNUMBERED: Readonly<Record<string, string>> = { Kosovo: 'XK' };

/**
 * Where to put a member without coordinates whose country is too small for the 1:110m atlas (or
 * part of another shape there, like French Guiana): near its capital or main island, as [lon, lat].
 */
export const SMALL_COUNTRIES: Readonly<Record<string, readonly [number, number]>> = {
  AD: [1.52, 42.51], AG: [-61.8, 17.08], AI: [-63.05, 18.22], AS: [-170.7, -14.28], AW: [-69.97, 12.52],
  AX: [19.94, 60.1], BB: [-59.54, 13.19], BH: [50.56, 26.07], BL: [-62.83, 17.9], BM: [-64.78, 32.3],
  BQ: [-68.26, 12.15], CK: [-159.78, -21.23], CV: [-23.51, 14.93], CW: [-68.99, 12.17], DM: [-61.37, 15.41],
  FM: [158.16, 6.92], FO: [-6.77, 62.01], GD: [-61.68, 12.12], GF: [-53.13, 3.93], GG: [-2.54, 49.45],
  GI: [-5.35, 36.14], GP: [-61.55, 16.25], GU: [144.79, 13.44], HK: [114.17, 22.32], IM: [-4.55, 54.23],
  JE: [-2.13, 49.21], KI: [173.0, 1.45], KM: [43.26, -11.7], KN: [-62.73, 17.3], KY: [-81.25, 19.31],
  LC: [-60.98, 13.91], LI: [9.55, 47.16], MC: [7.42, 43.74], MF: [-63.07, 18.07], MH: [171.18, 7.09],
  MO: [113.55, 22.2], MP: [145.75, 15.18], MQ: [-61.02, 14.64], MS: [-62.19, 16.74], MT: [14.45, 35.9],
  MU: [57.55, -20.28], MV: [73.51, 4.18], NR: [166.93, -0.52], NU: [-169.87, -19.05], PF: [-149.43, -17.65],
  PM: [-56.18, 46.78], PW: [134.58, 7.5], RE: [55.53, -21.12], SC: [55.45, -4.68], SG: [103.82, 1.35],
  SM: [12.46, 43.94], ST: [6.61, 0.19], SX: [-63.06, 18.04], TC: [-71.8, 21.69], TK: [-171.85, -9.2],
  TO: [-175.2, -21.14], TV: [179.19, -8.52], VA: [12.45, 41.9], VC: [-61.2, 13.25], VG: [-64.62, 18.43],
  VI: [-64.9, 18.34], WF: [-176.2, -13.29], WS: [-171.76, -13.83], YT: [45.15, -12.83],
};
