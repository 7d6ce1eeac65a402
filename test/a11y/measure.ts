/**
 * What the accessibility tests measure on the rendered page: colours as painted (from computed
 * styles, composited over what lies behind), WCAG contrast ratios, and boxes.
 */
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { shadow, squash, waitForFrames } from '../helpers.js';

export type Rgba = [r: number, g: number, b: number, a: number];

/** A computed colour (`rgb()`, `rgba()` or `color(srgb …)`, as Chromium gives them) as 0–255 channels and alpha. */
export function parseColour(value: string): Rgba {
  const v = value.trim();
  let m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [+m[1], +m[2], +m[3], alpha(m[4])];
  m = /^color\(srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (m) return [+m[1] * 255, +m[2] * 255, +m[3] * 255, alpha(m[4])];
  throw new Error(`a colour this test cannot read: "${value}"`);
}

function alpha(value: string | undefined): number {
  if (value === undefined) return 1;
  return value.endsWith('%') ? parseFloat(value) / 100 : parseFloat(value);
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1) as Rgba;
}

/** WCAG 2 relative luminance of an opaque colour. */
export function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two opaque colours, from 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A system colour (`Canvas`, `Highlight`…) as the page resolves it now. */
export function systemColour(name: string): Rgba {
  const probe = document.createElement('div');
  probe.style.backgroundColor = name;
  document.body.append(probe);
  try {
    return parseColour(getComputedStyle(probe).backgroundColor);
  } finally {
    probe.remove();
  }
}

/** The parent in the flat tree as far as painting goes: across a shadow root to its host. */
function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The opaque colour behind `el`'s content: its own background and its ancestors', over the page's canvas. */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const bg = parseColour(getComputedStyle(e).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), systemColour('Canvas'));
}

/** The colour of `el`'s text, over its background. */
export function textColourOf(el: Element): Rgba {
  return over(parseColour(getComputedStyle(el).color), backgroundOf(el));
}

/** Contrast of `el`'s text against its own background. */
export function textContrast(el: Element): number {
  return contrast(textColourOf(el), backgroundOf(el));
}

export interface Edge {
  width: number;
  style: string;
  contrast: number;
}

/** The border on every side of `el` (the thinnest and weakest of the four), against the background around it. */
export function borderEdge(el: Element): Edge {
  const s = getComputedStyle(el);
  const around = parentOf(el) ? backgroundOf(parentOf(el)!) : systemColour('Canvas');
  const sides = ['top', 'right', 'bottom', 'left'].map((side) => ({
    width: parseFloat(s.getPropertyValue(`border-${side}-width`)),
    style: s.getPropertyValue(`border-${side}-style`),
    contrast: contrast(over(parseColour(s.getPropertyValue(`border-${side}-color`)), around), around),
  }));
  return {
    width: Math.min(...sides.map((e) => e.width)),
    style: sides.every((e) => e.style === sides[0].style) ? sides[0].style : 'mixed',
    contrast: Math.min(...sides.map((e) => e.contrast)),
  };
}

/** The focus outline of `el`, against the background around it (outlines are drawn outside the box). */
export function outlineEdge(el: Element): Edge {
  const s = getComputedStyle(el);
  const around = parentOf(el) ? backgroundOf(parentOf(el)!) : systemColour('Canvas');
  return {
    width: parseFloat(s.outlineWidth),
    style: s.outlineStyle,
    contrast: contrast(over(parseColour(s.outlineColor), around), around),
  };
}

/** Turns the emulation of forced colours (Windows High Contrast) on or off, and waits until the page follows. */
export async function forcedColours(active: boolean) {
  await executeServerCommand('emulate-forced-colors', { active });
  await waitForFrames(() => matchMedia('(forced-colors: active)').matches === active, `forced-colors never became ${active}`);
}

/** The viewport of the test runner's page, put back after tests that change it. */
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export async function viewport(width: number, height: number) {
  await setViewport({ width, height });
  await waitForFrames(() => innerWidth === width, `the viewport never became ${width} px wide`);
}

/** Elements of `el`'s shadow root that are rendered and meant to be seen (not the screen-reader-only text). */
export function seen(el: Element, selector = '*'): Element[] {
  return [...shadow(el).querySelectorAll(selector)].filter(
    (e) => !e.closest('.visually-hidden') && e.checkVisibility() && !(e instanceof SVGElement && !(e instanceof SVGSVGElement)),
  );
}

/** A short name for an element in a failure message: `a.register "Register"`. */
export function nameOf(e: Element): string {
  const cls = typeof e.className === 'string' && e.className.trim() ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
  const part = e.getAttribute('part') ? `[part=${e.getAttribute('part')}]` : '';
  const text = squash(e.textContent).slice(0, 30);
  return `${e.localName}${part}${cls}${text ? ` "${text}"` : ''}`;
}
