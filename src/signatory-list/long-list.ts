/**
 * What a very long signatory list loads when it is first shown (over a thousand names at once):
 * the virtualizer, the layout its rows follow, `VirtualRows`, which draws the rows it asks for, and
 * `SignatoryRows`, the signatory list's rows (group headings and signatories) and the focus moved to
 * one of them. A page whose lists are shorter never downloads any of it.
 *
 * Nothing here imports Lit, nor any module of the bundle (only types): the list draws each row's
 * content, and puts the names under their groups, with callbacks of its own (see
 * `SignatoryRowsConfig`). So this module needs nothing from the bundle that loads it, and a page that
 * loads `coalition-widgets.js` with a query string (WordPress adds `?ver=…`) never gets a second copy of it.
 */
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
// The package exports its Virtualizer class only through its modules that import Lit (the
// `virtualize` directive, the <lit-virtualizer> element): its own file is imported by path. The
// version is pinned in package.json, and the long-list tests run on it.
import { Virtualizer } from '../../node_modules/@lit-labs/virtualizer/Virtualizer.js';
// Types from an entry the package exports, so that the published types resolve where it is installed.
import type { VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';
import type { Entry, Index } from './model.js';

// The virtualizer's layout contract, as its `layout` option names it.
type LayoutSpecifier = Extract<NonNullable<VirtualizeDirectiveConfig<unknown>['layout']>, { type: unknown }>;
type Layout = InstanceType<LayoutSpecifier['type']>;
type HostSink = ConstructorParameters<LayoutSpecifier['type']>[0];
type StateChanged = Extract<Parameters<HostSink>[0], { type: 'stateChanged' }>;
type Sizes = Parameters<NonNullable<Layout['updateItemSizes']>>[0];
type Pin = NonNullable<Layout['pin']>;

interface RowsConfig {
  /** The list: the element the virtualizer draws the rows in. */
  list: () => Element | null;
}

/** How far beyond the visible part of the list rows are drawn, above and below. */
const OVERHANG = 800;
/** A row's height until some are measured. */
const FIRST_ESTIMATE = 48;
/** Measuring the rows drawn may bring in others, measured in turn: at most this many times. */
const PASSES = 6;

/**
 * Prefix sums over rows (a Fenwick tree): the total height of the measured rows before a row, and
 * how many they are.
 */
class Heights {
  readonly sizes: Float64Array;
  readonly #sums: Float64Array;
  readonly #counts: Uint32Array;
  sum = 0;
  count = 0;

  constructor(readonly length: number) {
    this.sizes = new Float64Array(length);
    this.#sums = new Float64Array(length + 1);
    this.#counts = new Uint32Array(length + 1);
  }

  set(i: number, size: number): void {
    const old = this.sizes[i];
    this.sizes[i] = size;
    const dSum = size - old;
    const dCount = (size > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
    this.sum += dSum;
    this.count += dCount;
    for (let j = i + 1; j <= this.length; j += j & -j) {
      this.#sums[j] += dSum;
      this.#counts[j] += dCount;
    }
  }

  /** The measured rows before row `i`: their total height and their number. */
  before(i: number): [number, number] {
    let sum = 0;
    let count = 0;
    for (let j = i; j > 0; j -= j & -j) {
      sum += this.#sums[j];
      count += this.#counts[j];
    }
    return [sum, count];
  }
}

/**
 * Rows stacked in a column, each as high as its content: a long name wraps, nothing is cut off.
 *
 * The virtualizer measures rows with a resize observer on the rows themselves, and draws the rows
 * that then turn out to be needed from within its callback: the browser has to report those new rows
 * too, at the same depth as the ones it has just reported, which it cannot do in the same frame, and
 * says so with a "ResizeObserver loop" error, an `error` event on the host page's window. This layout
 * measures the rows itself, as soon as they are drawn, and places and brings in rows until they fill
 * the view, all before the browser reports sizes. When the list's box resizes (reported at its own,
 * shallower depth), the rows are measured again there and then, which the browser allows. A row that
 * resizes on its own (a font that loads) is measured again at the next animation frame.
 *
 * Rows no longer needed leave only at the next animation frame too (unless the list has new items or
 * jumped far): a row taken out while the browser reports sizes would be reported once more, too late.
 *
 * Rows not yet measured count as high as the average of those measured. Measuring never scrolls the
 * list (which would stop a scroll under way, e.g. to the end after the End key): the rows drawn are
 * placed so that the row at the top of the view stays where it is, and the scroll height stays the
 * same while the list scrolls. At the top of the list, its first row is placed at the top; at the
 * end, its last row at the end.
 */
export class RowsLayout implements Layout {
  readonly direction = 'vertical' as const;
  totalScrollSize = { width: 0, height: 0 };
  offsetWithinScroller = { top: 0, left: 0 };

  #list: () => Element | null = () => null;
  #_items: unknown[] = [];
  #heights = new Heights(0);
  #estimate = FIRST_ESTIMATE;
  /** Where the rows are placed: row `i` at `shift` + the heights of the rows before it. */
  #shift = 0;
  /** The scroll height (0: to be computed). */
  #total = 0;
  #view = { width: 0, height: 0 };
  #scroll = { top: 0, left: 0 };
  #_pin: Pin | null = null;
  #pending = true;
  /** Whether the list has new items since the last reflow. */
  #newItems = true;
  /** Whether every row must be measured again (the list's width has changed). */
  #stale = false;
  /** Whether rows no longer needed may leave now (see `reflow`). */
  #leaving = false;
  /** Whether the virtualizer is reporting rows that resized (see `updateItemSizes`). */
  #reporting = false;
  /** Whether rows have resized since they were measured: all rows drawn are measured again. */
  #resizedRows = false;
  #frame = 0;
  #first = -1;
  #last = -1;
  #firstVisible = -1;
  #lastVisible = -1;

  constructor(
    private readonly sink: HostSink,
    config?: object,
  ) {
    if (config) this.config = config;
  }

  /** A `RowsConfig`; given again whenever the list renders. */
  set config(config: object) {
    const { list } = config as Partial<RowsConfig>;
    if (typeof list === 'function') this.#list = list;
  }

  get config(): object {
    return { list: this.#list };
  }

  get items(): unknown[] {
    return this.#_items;
  }

  set items(items: unknown[]) {
    if (items === this.#_items) return;
    this.#_items = items;
    this.#heights = new Heights(items.length);
    this.#pending = this.#newItems = true;
  }

  get viewportSize(): { width: number; height: number } {
    return this.#view;
  }

  set viewportSize({ width, height }: { width: number; height: number }) {
    // Another width wraps the names anew: every row is measured again.
    if (Math.abs(width - this.#view.width) >= 1) this.#stale = this.#pending = true;
    if (height > this.#view.height) this.#pending = true;
    this.#view = { width, height };
  }

  get viewportScroll(): { top: number; left: number } {
    return this.#scroll;
  }

  set viewportScroll({ top, left }: { top: number; left: number }) {
    this.#scroll = { top, left };
  }

  get pin(): Pin | null {
    if (!this.#_pin) return null;
    return { ...this.#_pin, index: Math.max(0, Math.min(this.#_pin.index, this.#_items.length - 1)) };
  }

  set pin(pin: Pin | null) {
    this.#_pin = pin;
    this.#pending = true;
    void Promise.resolve().then(() => this.reflowIfNeeded());
  }

  unpin(): void {
    if (!this.#_pin) return;
    this.#_pin = null;
    this.sink({ type: 'unpinned' });
  }

  getScrollIntoViewCoordinates(pin: Pin): { top: number } {
    return { top: this.#scrollTarget(pin) };
  }

  /**
   * The virtualizer's own measurements, taken when rows resize (see the class): read from the rows
   * in its resize observer's callback.
   */
  readonly measureChildren = (element: Element) => ({ width: 0, height: element.getBoundingClientRect().height });

  /**
   * Called from the rows' resize observer's callback, just before `reflowIfNeeded`: nothing is
   * placed or brought in there, but at the next animation frame, with the rows measured again.
   */
  updateItemSizes(sizes: Sizes): void {
    this.#reporting = true;
    for (const [i, { height }] of Object.entries(sizes)) {
      if (height > 0 && Math.abs(height - this.#heights.sizes[+i]) > 0.5) this.#pending = this.#resizedRows = true;
    }
  }

  reflowIfNeeded(force = false): void {
    if (this.#reporting) {
      this.#reporting = false;
      if (this.#pending || !this.#covers()) this.#nextFrame();
      return;
    }
    if (!force && !this.#pending && this.#covers()) {
      this.#updateVisible(true);
      return;
    }
    this.#pending = false;
    this.#reflow();
  }

  /** Reflows at the next animation frame: rows no longer needed leave, rows that resized are measured again. */
  #nextFrame(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      if (!this.#list()?.isConnected) return;
      this.#leaving = true;
      this.#pending = false;
      this.#reflow();
      this.#leaving = false;
    });
  }

  /** A row's height: as measured, or the estimate. */
  #sizeOf(i: number): number {
    return this.#heights.sizes[i] || this.#estimate;
  }

  /** Where row `i` starts, before the shift. */
  #base(i: number): number {
    const [sum, count] = this.#heights.before(i);
    return sum + (i - count) * this.#estimate;
  }

  /** Where row `i` starts. */
  #top(i: number): number {
    return this.#shift + this.#base(i);
  }

  /** The row at `y`. */
  #indexAt(y: number): number {
    let lo = 0;
    let hi = this.#_items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#top(mid) <= y) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Whether the rows drawn cover the visible part and half the overhang on each side. */
  #covers(): boolean {
    const { height } = this.#view;
    const count = this.#_items.length;
    if (!count) return this.#first < 0;
    // Out of view: nothing to do (see `reflow`).
    if (!height) return true;
    if (this.#first < 0) return false;
    const { top } = this.#scroll;
    // At the top or the end of the list, the rows are placed anew (see the class).
    if (top <= 0 ? this.#shift !== 0 : top + height >= this.#total - 1 && Math.abs(this.#top(count) - this.#total) > 0.5) return false;
    const start = Math.max(0, top - OVERHANG / 2);
    const end = Math.min(this.#total, top + height + OVERHANG / 2);
    return this.#top(this.#first) <= start && this.#top(this.#last + 1) >= end;
  }

  /** The scroll position that shows row `index` as `block` asks, within the scroller. */
  #scrollTarget({ index, block = 'start' }: Pin): number {
    const view = this.#view.height;
    const start = this.#top(index);
    const size = this.#sizeOf(index);
    let target = start;
    if (block === 'end') target = start + size - view;
    else if (block === 'center') target = start - view / 2 + size / 2;
    else if (block === 'nearest') {
      const end = start + size - view;
      target = Math.abs(this.#scroll.top - start) < Math.abs(this.#scroll.top - end) ? start : end;
    }
    const offset = this.offsetWithinScroller.top;
    return Math.max(-offset, Math.min(target + offset, offset + this.#total - view));
  }

  #updateVisible(emit: boolean): void {
    let firstVisible = -1;
    let lastVisible = -1;
    if (this.#first >= 0) {
      const { top } = this.#scroll;
      firstVisible = Math.min(this.#last, Math.max(this.#first, this.#indexAt(top)));
      lastVisible = Math.max(firstVisible, Math.min(this.#last, this.#indexAt(Math.max(top, top + this.#view.height - 1))));
    }
    if (firstVisible === this.#firstVisible && lastVisible === this.#lastVisible) return;
    this.#firstVisible = firstVisible;
    this.#lastVisible = lastVisible;
    if (emit) this.sink({ type: 'visibilityChanged', firstVisible, lastVisible });
  }

  /**
   * Measures the rows drawn not yet measured (all of them after some resized, see
   * `updateItemSizes`); whether any has another height than known.
   */
  #measure(): boolean {
    const list = this.#list();
    if (!list || this.#first < 0) return false;
    let changed = false;
    let i = this.#first;
    const all = this.#resizedRows;
    this.#resizedRows = false;
    for (const row of list.children) {
      if (row.hasAttribute('virtualizer-sizer')) continue;
      if (i > this.#last) break;
      if (this.#heights.sizes[i] && !all) {
        i++;
        continue;
      }
      const height = row.getBoundingClientRect().height;
      if (height > 0 && Math.abs(height - this.#heights.sizes[i]) > 0.5) {
        this.#heights.set(i, height);
        changed = true;
      }
      i++;
    }
    if (changed) this.#estimate = this.#heights.sum / this.#heights.count;
    return changed;
  }

  #reflow(): void {
    const count = this.#_items.length;
    const { height } = this.#view;
    if (!count) {
      this.#newItems = this.#stale = false;
      this.#first = this.#last = -1;
      this.#total = 0;
      this.#updateVisible(false);
      this.#send(0);
      return;
    }
    // Out of the page's view (or hidden), the list keeps its rows and its scroll height until it is
    // in view again; only new items are drawn at once, from the top.
    if (!height && !this.#newItems) return;
    const newItems = this.#newItems;
    this.#newItems = false;
    // The scroll height is computed anew for new items or another width, and kept while scrolling.
    const resized = newItems || this.#stale || !this.#total;
    // What stays in place while rows are measured (see the class): the row at the top of the view.
    const top = height ? this.#scroll.top : 0;
    const atTop = top <= 0;
    const atEnd = !atTop && !resized && top + height >= this.#total - 1;
    let anchor = this.#indexAt(top);
    let anchorTop = this.#top(anchor);
    if (this.#stale) {
      this.#stale = false;
      this.#heights = new Heights(count);
    }
    // A row to show (`element(i).scrollIntoView()`): the list scrolls to it, once.
    const pin = height ? this.pin : null;
    let scrollError = 0;
    let y = top;
    if (pin) {
      y = this.#scrollTarget(pin) - this.offsetWithinScroller.top;
      scrollError = top - y;
      this.#scroll.top = y;
      anchor = pin.index;
      anchorTop = this.#top(anchor);
    }
    // New items: the rows in view at once, those around it at the next animation frame.
    const overhang = newItems && height ? 0 : OVERHANG;
    if (newItems) this.#nextFrame();
    for (let pass = 0; pass < PASSES; pass++) {
      // New items start at the top; otherwise the row anchored stays, unless the view is at an end.
      this.#shift = pin
        ? anchorTop - this.#base(anchor)
        : newItems || atTop
          ? 0
          : atEnd
            ? this.#total - this.#base(count)
            : anchorTop - this.#base(anchor);
      if (resized) this.#total = Math.max(1, this.#top(count));
      let first = this.#indexAt(y - overhang);
      let last = this.#indexAt(y + height + overhang);
      // Rows no longer needed stay until the next frame (see the class), beside the rows now needed.
      const stay = !this.#leaving && !newItems && this.#first >= 0 && this.#first <= last && this.#last >= first;
      if (stay && (this.#first < first || this.#last > last)) {
        first = Math.min(first, this.#first);
        last = Math.min(count - 1, Math.max(last, this.#last));
        this.#nextFrame();
      }
      this.#first = first;
      this.#last = last;
      this.#updateVisible(false);
      this.#send(scrollError);
      scrollError = 0;
      if (!this.#measure()) break;
    }
  }

  /** Tells the virtualizer the rows to draw and where, and how far to scroll to show a row. */
  #send(scrollError: number): void {
    const childPositions: StateChanged['childPositions'] = new Map();
    let top = this.#first >= 0 ? this.#top(this.#first) : 0;
    for (let i = this.#first; i >= 0 && i <= this.#last; i++) {
      childPositions.set(i, { top, left: 0 });
      top += this.#sizeOf(i);
    }
    const message: StateChanged = {
      type: 'stateChanged',
      scrollSize: { height: Math.max(1, this.#total), width: 0 },
      range: { first: this.#first, last: this.#last, firstVisible: this.#firstVisible, lastVisible: this.#lastVisible },
      childPositions,
    };
    if (Math.abs(scrollError) >= 0.5) message.scrollError = { top: scrollError, left: 0 };
    this.sink(message);
  }
}

export interface VirtualRowsConfig<T> {
  /** The list: the element that scrolls, whose children are the rows drawn. */
  list: HTMLElement;
  /** Makes the element of an item's row, once per item while it is drawn. */
  create: (item: T) => HTMLElement;
  /** Draws an item into its row's element: when it is first drawn, and again when `update()` is given the same items. */
  draw: (item: T, row: HTMLElement) => void;
}

/**
 * The rows of a scrolling list, only those in and near the view in the document, as high as their
 * content (see `RowsLayout`).
 *
 * An item's row keeps its element while it stays drawn (items are told apart by identity), so a
 * focused row keeps its focus while the list scrolls, and a screen reader is not told of rows that
 * only moved. Rows are drawn as soon as the virtualizer asks, before it places them and the layout
 * measures them.
 */
export class VirtualRows<T> {
  readonly #virtualizer: Virtualizer;
  #items: readonly T[] = [];
  #drawn = new Map<T, HTMLElement>();

  constructor(private readonly config: VirtualRowsConfig<T>) {
    const { list } = config;
    list.addEventListener('rangeChanged', (e) => this.#drawRange((e as RangeChangedEvent).first, (e as RangeChangedEvent).last));
    const layout = { type: RowsLayout, list: () => list };
    this.#virtualizer = new Virtualizer({ hostElement: list, scroller: true, layout });
    this.#virtualizer.connected();
  }

  /** The element the rows are drawn in. */
  get list(): HTMLElement {
    return this.config.list;
  }

  /**
   * The items, one row each. New items are drawn once the virtualizer has placed them (rows of the
   * items before stay until then); the same items again are drawn again at once, in the rows drawn
   * (the page's language or the feed changed).
   */
  update(items: readonly T[]): void {
    if (items !== this.#items) {
      this.#items = items;
      this.#virtualizer.items = items as T[];
      return;
    }
    for (const [item, row] of this.#drawn) this.config.draw(item, row);
  }

  /** Brings the row of item `index` into view (drawing it first when needed), as `scrollIntoView` does. */
  scrollToIndex(index: number, options?: ScrollIntoViewOptions): void {
    this.#virtualizer.element(index)?.scrollIntoView(options);
  }

  /** Stops listening to scrolling and resizing (the list left the page). */
  disconnected(): void {
    this.#virtualizer.disconnected();
  }

  /** Starts again (the list is back in the page). */
  connected(): void {
    this.#virtualizer.connected();
  }

  /**
   * Draws items `first` to `last`: rows that stay keep their element and place (only new rows are
   * inserted, before or after them), rows no longer asked for leave.
   */
  #drawRange(first: number, last: number): void {
    const { list, create, draw } = this.config;
    const drawn = new Map<T, HTMLElement>();
    for (let i = Math.max(0, first); i <= last && i < this.#items.length; i++) {
      const item = this.#items[i];
      let row = this.#drawn.get(item);
      if (!row) {
        row = create(item);
        draw(item, row);
      }
      drawn.set(item, row);
    }
    for (const [item, row] of this.#drawn) if (!drawn.has(item)) row.remove();
    this.#drawn = drawn;
    let next = this.#firstRow(list.firstElementChild);
    for (const row of drawn.values()) {
      if (row === next) next = this.#firstRow(row.nextElementSibling);
      else list.insertBefore(row, next);
    }
  }

  /** `element` or the first row after it (the virtualizer's sizer is not a row). */
  #firstRow(element: Element | null): Element | null {
    while (element?.hasAttribute('virtualizer-sizer')) element = element.nextElementSibling;
    return element;
  }
}

/** A row of a signatory list shown whole: a group's heading, or the signatory at position `i` of the shown order. */
export type SignatoryRow = { heading: number; size: number } | { entry: Entry; i: number };

export interface SignatoryRowsConfig {
  /** Puts matches under their groups, in the groups' order (the list's own `bucket` from model.ts). */
  bucket: (index: Index, matches: readonly Entry[]) => Entry[][];
  /** Draws a row's content into its element (see `createRow`): a group's heading, or a signatory. */
  draw: (row: SignatoryRow, element: HTMLElement) => void;
  /** Focuses the signatory at position `i` of the shown order when it is in the element's document; whether it was. */
  focus: (i: number) => boolean;
}

/** The element of a signatory list's row; its content is drawn by `SignatoryRowsConfig.draw`. */
function createRow(row: SignatoryRow): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('role', 'listitem');
  if ('heading' in row) {
    element.className = 'row-heading';
  } else {
    element.className = 'signatory';
    element.setAttribute('part', 'signatory');
    element.dataset.i = String(row.i);
  }
  return element;
}

/**
 * What a signatory list needs only while it shows every match at once: the rows (a group's heading
 * or a signatory, in the groups' order), drawn by `VirtualRows` in the list element once it is in
 * the document, and focus moved to a signatory whose row may not be drawn yet. One per element; the
 * list element may come and go (a search that leaves fewer names), the rows stay with their matches.
 */
export class SignatoryRows {
  /** The rows last shown, and the matches they were made from. */
  #rows: SignatoryRow[] = [];
  #rowsOf?: readonly Entry[];
  /** The rows drawn in the list element, while it is in the document. */
  #virtualRows?: VirtualRows<SignatoryRow>;

  constructor(private readonly config: SignatoryRowsConfig) {}

  /**
   * The rows of `matches`, under the statement's groups when it has some. Called as the element
   * renders; the same matches again keep their rows, so that a render for another reason draws no
   * new row. The list gets them in `update()`.
   */
  show(index: Index, matches: readonly Entry[]): void {
    if (matches === this.#rowsOf) return;
    const rows: SignatoryRow[] = [];
    let i = 0;
    this.config.bucket(index, matches).forEach((entries, g) => {
      if (!entries.length) return;
      if (index.groups.length) rows.push({ heading: g, size: entries.length });
      for (const entry of entries) rows.push({ entry, i: i++ });
    });
    this.#rows = rows;
    this.#rowsOf = matches;
  }

  /**
   * Gives the list element now in the document (`null`: none) the rows last shown, and draws those
   * drawn again with what the element now shows; lets a list element go once it has left.
   */
  update(list: HTMLElement | null): void {
    if (this.#virtualRows && this.#virtualRows.list !== list) {
      this.#virtualRows.disconnected();
      this.#virtualRows = undefined;
    }
    if (!list) return;
    this.#virtualRows ??= new VirtualRows<SignatoryRow>({ list, create: createRow, draw: this.config.draw });
    this.#virtualRows.update(this.#rows);
  }

  /**
   * Moves focus to the signatory at position `i` of the shown order when its row is not drawn: the
   * list is focused meanwhile, the row brought into view, then focused once drawn (for up to 60
   * animation frames, while the list stays in the document).
   */
  focus(i: number): void {
    const list = this.#virtualRows?.list;
    if (!list) return;
    list.focus();
    const row = this.#rows.findIndex((r) => 'entry' in r && r.i === i);
    let scrolled = false;
    let frames = 0;
    const attempt = () => {
      if (this.config.focus(i) || ++frames > 60 || row < 0 || !list.isConnected) return;
      // Once the virtualiser has drawn its first rows, it can scroll to any of them.
      if (!scrolled && list.querySelector('[part=signatory]')) {
        scrolled = true;
        try {
          this.#virtualRows?.scrollToIndex(row, { block: 'start' });
        } catch (e) {
          console.error('coalition-widgets: could not scroll the list', e);
        }
      }
      requestAnimationFrame(attempt);
    };
    requestAnimationFrame(attempt);
  }

  /** Stops listening to scrolling and resizing (the element left the page). */
  disconnected(): void {
    this.#virtualRows?.disconnected();
  }

  /** Starts again (the element is back in the page). */
  connected(): void {
    this.#virtualRows?.connected();
  }
}
