import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { setupLocalization } from '../src/i18n/locale.js';
import '../src/coalition-widgets.js';

setCustomElementsManifest(manifest);
setupLocalization();

// Stories show the loading state with a feed URL containing "never-answers": its request never ends.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  String(input instanceof Request ? input.url : input).includes('never-answers') ? new Promise(() => {}) : realFetch(input, init);

/**
 * Toolbars for what a designer must see any element in: locale (with its direction), time zone,
 * colour scheme and motion. Elements follow <html lang> and dir like on a real page.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'es', title: 'Español' },
          { value: 'de', title: 'Deutsch' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
      },
    },
    dir: {
      description: 'Text direction of the page (<html dir>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'From the locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    timeZone: {
      description: "Visitor's time zone (the elements' time-zone attribute)",
      toolbar: {
        title: 'Time zone',
        icon: 'time',
        dynamicTitle: true,
        items: [
          { value: '', title: 'This computer' },
          { value: 'Europe/Paris', title: 'Europe/Paris' },
          { value: 'America/New_York', title: 'America/New_York' },
          { value: 'Asia/Kolkata', title: 'Asia/Kolkata' },
          { value: 'Australia/Adelaide', title: 'Australia/Adelaide' },
          { value: 'Pacific/Kiritimati', title: 'Pacific/Kiritimati' },
        ],
      },
    },
    scheme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
    motion: {
      description: 'Motion (as with prefers-reduced-motion)',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        dynamicTitle: true,
        items: [
          { value: 'full', title: 'Full motion' },
          { value: 'reduce', title: 'Reduced motion' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'auto', timeZone: '', scheme: 'light', motion: 'full' },
  decorators: [
    (story, context) => {
      const { locale, dir, timeZone, scheme, motion } = context.globals as Record<string, string>;
      const root = document.documentElement;
      root.lang = locale;
      root.dir = dir === 'auto' ? (locale === 'ar' ? 'rtl' : 'ltr') : dir;
      // The elements follow the color-scheme they inherit (light-dark() in their styles).
      root.style.colorScheme = scheme;
      // Inherited into every element: its styles turn animations off (see --coalition-motion).
      if (motion === 'reduce') root.style.setProperty('--coalition-motion', 'reduce');
      else root.style.removeProperty('--coalition-motion');
      document.body.style.background = scheme === 'dark' ? '#131314' : '#ffffff';
      document.body.style.color = scheme === 'dark' ? '#e3e3e3' : '#1f1f1f';
      const result = story();
      queueMicrotask(() => {
        for (const el of document.querySelectorAll('[feed], coalition-event-card, coalition-countdown, coalition-member-map, coalition-signatory-list')) {
          (el as HTMLElement).style.colorScheme = scheme;
          if (timeZone) el.setAttribute('time-zone', timeZone);
          else if (!el.hasAttribute('data-keep-zone')) el.removeAttribute('time-zone');
        }
      });
      return result;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
