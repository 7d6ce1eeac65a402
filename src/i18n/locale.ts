/**
 * The page's locale: the primary subtag of `<html lang>` when it is one we translate, else the
 * feed's `defaultLocale`, else English. It changes live when `<html lang>` changes.
 */
import { configureLocalization } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The locales the user interface is translated into; `en` is the source. */
export const LOCALES = ['en', 'fr', 'es', 'de', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<unknown>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  de: () => import('../generated/locales/de.js'),
  ar: () => import('../generated/locales/ar.js'),
};

let runtime: { getLocale: () => string; setLocale: (locale: string) => Promise<void> } | undefined;
let fallback: Locale = 'en';
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

function supported(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * Sets up @lit/localize for the translated strings. The self-contained bundle calls it; a bundler
 * user calls it once at start-up, unless the app configures @lit/localize itself (that
 * configuration is page-global and may happen only once).
 */
export function setupLocalization(): void {
  if (runtime) return;
  runtime = configureLocalization({
    sourceLocale: 'en',
    targetLocales: ['fr', 'es', 'de', 'ar'],
    loadLocale: (locale) => loaders[locale as Exclude<Locale, 'en'>]() as never,
  });
  apply();
}

/** The locale of the user interface, e.g. `fr`. */
export function uiLocale(): Locale {
  return supported(document.documentElement.lang) ?? fallback;
}

/** The tag to give `Intl` formatters: the page's own (`fr-CA`) when it is translated, else {@link uiLocale}. */
export function intlLocale(): string {
  const tag = document.documentElement.lang;
  if (supported(tag)) {
    try {
      return Intl.getCanonicalLocales(tag)[0];
    } catch {
      /* an invalid tag: fall through */
    }
  }
  return uiLocale();
}

/** The feed's `defaultLocale` is used when `<html lang>` names a language we do not translate. */
export function setFallbackLocale(tag: string): void {
  const locale = supported(tag) ?? 'en';
  if (locale === fallback) return;
  fallback = locale;
  changed();
}

/** The locale last asked of the runtime: it may still be loading, while getLocale() names the old one. */
let requested: string | undefined;

function apply(): void {
  const locale = uiLocale();
  // Compared with what was asked, not with what is active: going back to a locale while another one
  // loads must still be asked for, or the one that was loading would win when it arrives.
  if (runtime && (requested ?? runtime.getLocale()) !== locale) {
    requested = locale;
    runtime.setLocale(locale).catch((e: unknown) => console.error(`coalition-widgets: the ${locale} strings could not be loaded`, e));
  }
}

function changed(): void {
  apply();
  for (const host of hosts) host.requestUpdate();
}

/** Re-renders its host when the page's locale changes. */
export class LocaleController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(changed);
    if (hosts.size === 1) {
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      // <html lang> may have changed while no element was on the page to notice.
      apply();
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
