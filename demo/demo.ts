// The demo page's own controls: language (with direction), time zone, and a log of the events.
const lang = document.querySelector<HTMLSelectElement>('#demo-lang')!;
const zone = document.querySelector<HTMLSelectElement>('#demo-zone')!;
const log = document.querySelector<HTMLOListElement>('#demo-log')!;
const params = new URLSearchParams(location.search);

function applyLang(value: string) {
  document.documentElement.lang = value;
  document.documentElement.dir = value === 'ar' ? 'rtl' : 'ltr';
  lang.value = value;
}

function applyZone(value: string) {
  zone.value = value;
  for (const el of document.querySelectorAll('[feed]')) {
    if (value) el.setAttribute('time-zone', value);
    else el.removeAttribute('time-zone');
  }
}

lang.addEventListener('change', () => applyLang(lang.value));
zone.addEventListener('change', () => applyZone(zone.value));
applyLang(params.get('lang') ?? 'en');
applyZone(params.get('tz') ?? '');

for (const type of ['coalition-feed-load', 'coalition-feed-error', 'coalition-register', 'coalition-countdown-complete']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} from <${(event.target as Element).localName}>`;
    log.append(item);
    while (log.children.length > 8) log.firstElementChild!.remove();
  });
}
