/**
 * One clock for every element that shows time: a single timer, aligned to the next boundary of the
 * finest unit any visible element needs, stopped while no element needs it or the tab is hidden.
 * Elements read `now()` at render time; they never count ticks, so a sleeping tab or a changed
 * system clock is right again at the next tick.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

let nowFn: () => number = () => Date.now();

/** The current time in milliseconds: `Date.now()`, unless a test has set another source. */
export function now(): number {
  return nowFn();
}

/** Replaces the source of "now" (for tests and previews); `undefined` restores `Date.now`. */
export function setNow(source?: () => number): void {
  nowFn = source ?? (() => Date.now());
  tick();
}

interface Subscriber {
  host: ReactiveControllerHost;
  /** Milliseconds between updates this host needs (60 000 for minutes). */
  every: () => number;
  visible: boolean;
}

const subscribers = new Set<Subscriber>();
let timer: ReturnType<typeof setTimeout> | undefined;
let visibilityWatched = false;

function active(): Subscriber[] {
  if (document.visibilityState === 'hidden') return [];
  return [...subscribers].filter((s) => s.visible && s.every() > 0);
}

function schedule(): void {
  clearTimeout(timer);
  timer = undefined;
  const list = active();
  if (list.length === 0) return;
  const step = Math.min(...list.map((s) => s.every()));
  const t = now();
  // Wake just after the boundary, so that the displayed unit has really changed.
  timer = setTimeout(tick, step - (t % step) + 20);
}

function tick(): void {
  for (const s of active()) s.host.requestUpdate();
  schedule();
}

function onVisibility(): void {
  tick();
}

/**
 * Re-renders its host on the shared clock while the host is on screen, at the granularity its
 * `every` callback asks for (0 to stop, e.g. once an event has ended).
 */
export class ClockController implements ReactiveController {
  readonly #subscriber: Subscriber;
  #observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    every: () => number = () => 60_000,
  ) {
    this.#subscriber = { host, every, visible: true };
    host.addController(this);
  }

  hostConnected(): void {
    if (!visibilityWatched) {
      visibilityWatched = true;
      document.addEventListener('visibilitychange', onVisibility);
    }
    subscribers.add(this.#subscriber);
    this.#observer = new IntersectionObserver((entries) => {
      const visible = entries[entries.length - 1].isIntersecting;
      if (visible !== this.#subscriber.visible) {
        this.#subscriber.visible = visible;
        if (visible) this.host.requestUpdate();
        schedule();
      }
    });
    this.#observer.observe(this.host);
    schedule();
  }

  hostDisconnected(): void {
    subscribers.delete(this.#subscriber);
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (subscribers.size === 0 && visibilityWatched) {
      visibilityWatched = false;
      document.removeEventListener('visibilitychange', onVisibility);
    }
    schedule();
  }

  /** Call after the needed granularity may have changed (e.g. from minutes to none). */
  reschedule(): void {
    schedule();
  }
}

/** For tests: whether the shared timer is running. */
export function clockRunning(): boolean {
  return timer !== undefined;
}
