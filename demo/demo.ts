// The demo page's own controls: language (with direction), time zone, the page's own text in the
// chosen language, and a log of the events the elements fire. `?lang=ar&tz=Asia/Kolkata` in the
// address picks both, and the address follows the pickers so that a view can be shared.
const lang = document.querySelector<HTMLSelectElement>('#demo-lang')!;
const zone = document.querySelector<HTMLSelectElement>('#demo-zone')!;
const log = document.querySelector<HTMLOListElement>('#demo-log')!;
const controls = document.querySelector<HTMLFormElement>('.demo-controls')!;
const params = new URLSearchParams(location.search);

type Locale = 'en' | 'fr' | 'es' | 'de' | 'ar';
const LOCALES: Locale[] = ['en', 'fr', 'es', 'de', 'ar'];

/** The page's own English text and its translations: [fr, es, de, ar]. */
const PAGE_TEXT: Record<string, [string, string, string, string]> = {
  'Coalition Widgets: demo': [
    'Coalition Widgets : démo',
    'Coalition Widgets: demostración',
    'Coalition Widgets: Demo',
    'Coalition Widgets: عرض توضيحي',
  ],
  'Coalition Widgets': ['Coalition Widgets', 'Coalition Widgets', 'Coalition Widgets', 'Coalition Widgets'],
  'demo/feed.json': ['demo/feed.json', 'demo/feed.json', 'demo/feed.json', 'demo/feed.json'],
  'Feed preview': ['Aperçu d’un flux', 'Vista previa del feed', 'Feed-Vorschau', 'معاينة الموجز'],
  'Embed builder': ['Générateur d’intégration', 'Generador de inserción', 'Einbettungs-Generator', 'منشئ التضمين'],
  ': choose an element and its options, see it live, copy the snippet for your site.': [
    '\u202f: choisissez un élément et ses options, voyez-le en direct, copiez l’extrait pour votre site.',
    ': elija un elemento y sus opciones, véalo en directo y copie el fragmento para su sitio.',
    ': Wählen Sie ein Element und seine Optionen, sehen Sie es live und kopieren Sie den Code-Schnipsel für Ihre Website.',
    ': اختر عنصرًا وخياراته، وشاهده مباشرةً، وانسخ المقتطف لموقعك.',
  ],
  ': paste or open a feed to see its problems and every element rendered from it.': [
    '\u202f: collez ou ouvrez un flux pour voir ses problèmes et chaque élément qui en est rendu.',
    ': pegue o abra un feed para ver sus problemas y cada elemento generado a partir de él.',
    ': Fügen Sie einen Feed ein oder öffnen Sie einen, um seine Probleme und jedes daraus dargestellte Element zu sehen.',
    ': الصق موجزًا أو افتحه لترى مشكلاته وكل عنصر يُعرض منه.',
  ],
  'Every element below reads one shared feed,': [
    'Chaque élément ci-dessous lit un même flux,',
    'Cada elemento de abajo lee un mismo feed,',
    'Jedes Element unten liest denselben Feed,',
    'يقرأ كل عنصر أدناه الموجز المشترك نفسه،',
  ],
  ', written from real pages of CAP International, a coalition of 33 member organisations in 27 countries.': [
    ', écrit à partir de pages réelles de CAP International, une coalition de 33 organisations membres dans 27 pays.',
    ', escrito a partir de páginas reales de CAP International, una coalición de 33 organizaciones miembro en 27 países.',
    ', geschrieben nach echten Seiten von CAP International, einer Koalition von 33 Mitgliedsorganisationen in 27 Ländern.',
    '، المكتوب من صفحات حقيقية لـ CAP International، وهو تحالف يضم 33 منظمة عضوًا في 27 بلدًا.',
  ],
  'The map shows the member organisations those pages name. The event whose title begins “Example:” is not real: it keeps an upcoming event on this page.':
    [
      'La carte montre les organisations membres que ces pages nomment. L’événement dont le titre commence par « Exemple : » n’est pas réel : il garantit un événement à venir sur cette page.',
      'El mapa muestra las organizaciones miembro que nombran esas páginas. El evento cuyo título empieza por «Ejemplo:» no es real: mantiene un evento próximo en esta página.',
      'Die Karte zeigt die Mitgliedsorganisationen, die diese Seiten nennen. Die Veranstaltung, deren Titel mit „Beispiel:“ beginnt, ist nicht echt: Sie sorgt dafür, dass diese Seite immer eine bevorstehende Veranstaltung zeigt.',
      'تعرض الخريطة المنظمات الأعضاء التي تذكرها تلك الصفحات. الفعالية التي يبدأ عنوانها بـ «مثال:» ليست حقيقية: وُضعت لكي تعرض هذه الصفحة دائمًا فعالية قادمة.',
    ],
  'Demo settings': ['Réglages de la démo', 'Ajustes de la demostración', 'Demo-Einstellungen', 'إعدادات العرض التوضيحي'],
  Language: ['Langue', 'Idioma', 'Sprache', 'اللغة'],
  'Time zone': ['Fuseau horaire', 'Zona horaria', 'Zeitzone', 'المنطقة الزمنية'],
  'This computer': ['Cet ordinateur', 'Este ordenador', 'Dieser Computer', 'هذا الحاسوب'],
  'On this page': ['Sur cette page', 'En esta página', 'Auf dieser Seite', 'في هذه الصفحة'],
  'Event card': ['Carte d’événement', 'Tarjeta de evento', 'Veranstaltungskarte', 'بطاقة الفعالية'],
  Countdown: ['Compte à rebours', 'Cuenta atrás', 'Countdown', 'العد التنازلي'],
  'Member map': ['Carte des membres', 'Mapa de miembros', 'Mitgliederkarte', 'خريطة الأعضاء'],
  'Signatory list': ['Liste des signataires', 'Lista de firmantes', 'Liste der Unterzeichnenden', 'قائمة الموقّعين'],
  'What the elements tell the page': [
    'Ce que les éléments signalent à la page',
    'Lo que los elementos comunican a la página',
    'Was die Elemente der Seite melden',
    'ما تُبلغ به العناصرُ الصفحةَ',
  ],
  'The next event of the feed that has not ended: its Register link, date in your time zone, Add to calendar.': [
    'Le prochain événement du flux qui n’est pas terminé : son lien d’inscription, sa date dans votre fuseau horaire, l’ajout au calendrier.',
    'El próximo evento del feed que no ha terminado: su enlace de inscripción, la fecha en su zona horaria y Añadir al calendario.',
    'Die nächste noch nicht beendete Veranstaltung des Feeds: Anmeldelink, Datum in Ihrer Zeitzone, Zum Kalender hinzufügen.',
    'الفعالية التالية في الموجز التي لم تنتهِ بعد: رابط التسجيل، والتاريخ في منطقتك الزمنية، والإضافة إلى التقويم.',
  ],
  'Beside it, two events that have ended: the online side event to the 47th Human Rights Council, and a conference in person in Brussels.': [
    'À côté, deux événements terminés : l’événement parallèle en ligne à la 47e session du Conseil des droits de l’homme, et une conférence en présentiel à Bruxelles.',
    'Al lado, dos eventos que ya han terminado: el evento paralelo en línea al 47.º período de sesiones del Consejo de Derechos Humanos y una conferencia presencial en Bruselas.',
    'Daneben zwei beendete Veranstaltungen: die Online-Nebenveranstaltung zur 47. Tagung des Menschenrechtsrats und eine Präsenzkonferenz in Brüssel.',
    'وإلى جانبها فعاليتان انتهتا: الفعالية الجانبية عبر الإنترنت للدورة السابعة والأربعين لمجلس حقوق الإنسان، ومؤتمر حضوري في بروكسل.',
  ],
  'Days, hours and minutes to 30 July, the World Day against Trafficking in Persons, in your time zone.': [
    'Jours, heures et minutes jusqu’au 30 juillet, Journée mondiale de la lutte contre la traite d’êtres humains, dans votre fuseau horaire.',
    'Días, horas y minutos hasta el 30 de julio, Día Mundial contra la Trata de Personas, en su zona horaria.',
    'Tage, Stunden und Minuten bis zum 30. Juli, dem Welttag gegen Menschenhandel, in Ihrer Zeitzone.',
    'الأيام والساعات والدقائق المتبقية حتى 30 يوليو، اليوم العالمي لمكافحة الاتجار بالأشخاص، بحسب منطقتك الزمنية.',
  ],
  "The coalition's member organisations, drawn without any third-party request. Hover or focus a member to find it on the map; choose a country on the map to narrow the list.":
    [
      'Les organisations membres de la coalition, dessinées sans aucune requête vers un tiers. Survolez un membre ou placez-y le focus pour le trouver sur la carte ; choisissez un pays sur la carte pour restreindre la liste.',
      'Las organizaciones miembro de la coalición, dibujadas sin ninguna solicitud a terceros. Pase el puntero sobre un miembro o enfóquelo para encontrarlo en el mapa; elija un país en el mapa para acotar la lista.',
      'Die Mitgliedsorganisationen der Koalition, gezeichnet ohne jede Anfrage an Dritte. Zeigen Sie auf ein Mitglied oder fokussieren Sie es, um es auf der Karte zu finden; wählen Sie auf der Karte ein Land, um die Liste einzugrenzen.',
      'المنظمات الأعضاء في التحالف، مرسومة دون أي طلب إلى جهة خارجية. مرّر المؤشر فوق عضو أو انتقل إليه بلوحة المفاتيح لتجده على الخريطة، واختر بلدًا على الخريطة لتضييق القائمة.',
    ],
  'The same feed with': ['Le même flux avec', 'El mismo feed con', 'Derselbe Feed mit', 'الموجز نفسه مع'],
  'country="FR"': ['country="FR"', 'country="FR"', 'country="FR"', 'country="FR"'],
  ': the members in France, the map around them.': [
    '\u202f: les membres en France, la carte centrée sur eux.',
    ': los miembros en Francia, el mapa a su alrededor.',
    ': die Mitglieder in Frankreich, die Karte um sie herum.',
    ': الأعضاء في فرنسا، والخريطة من حولهم.',
  ],
  'The letter of 30 May 2018, signed by 85 NGOs in three groups. Try searching “medicos” or “memoire”.': [
    'La lettre du 30 mai 2018, signée par 85 ONG en trois groupes. Essayez de chercher « medicos » ou « memoire ».',
    'La carta del 30 de mayo de 2018, firmada por 85 ONG en tres grupos. Pruebe a buscar «medicos» o «memoire».',
    'Der Brief vom 30. Mai 2018, unterzeichnet von 85 NGOs in drei Gruppen. Suchen Sie zum Beispiel nach „medicos“ oder „memoire“.',
    'رسالة 30 مايو 2018 التي وقّعتها 85 منظمة غير حكومية في ثلاث مجموعات. جرّب البحث عن «medicos» أو «memoire».',
  ],
  "The DOM events the elements fire, for a site's analytics:": [
    'Les événements DOM que déclenchent les éléments, pour les statistiques d’un site :',
    'Los eventos DOM que emiten los elementos, para la analítica de un sitio:',
    'Die DOM-Ereignisse, die die Elemente auslösen, für die Statistik einer Website:',
    'أحداث DOM التي تطلقها العناصر، لأغراض تحليلات الموقع:',
  ],
  "The feed's facts come from public pages of CAP International and its members. Coalition Widgets is open source under the MIT licence.":
    [
      'Les faits du flux proviennent de pages publiques de CAP International et de ses membres. Coalition Widgets est un logiciel libre sous licence MIT.',
      'Los datos del feed proceden de páginas públicas de CAP International y de sus miembros. Coalition Widgets es de código abierto, con licencia MIT.',
      'Die Angaben im Feed stammen von öffentlichen Seiten von CAP International und ihren Mitgliedern. Coalition Widgets ist Open Source unter der MIT-Lizenz.',
      'تأتي معلومات الموجز من صفحات عامة لـ CAP International وأعضائها. ‏Coalition Widgets مفتوح المصدر بموجب ترخيص MIT.',
    ],
};

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function translate(english: string, locale: Locale): string | undefined {
  if (locale === 'en') return english;
  return PAGE_TEXT[english]?.[LOCALES.indexOf(locale) - 1];
}

/** The page's own text nodes (not the elements' fallback content, not the pickers' options, not the log). */
function pageTextNodes(): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node instanceof Element) {
        const skip = node.localName.includes('-') || ['script', 'style', 'select'].includes(node.localName) || node === log;
        return skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return squash(node.textContent ?? '') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const originals = new Map<Text, string>(pageTextNodes().map((node) => [node, node.textContent ?? '']));
const originalTitle = document.title;
const originalControlsLabel = controls.getAttribute('aria-label') ?? '';
const thisComputer = zone.querySelector<HTMLOptionElement>('option[value=""]')!;
const computerZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Puts the page's own text in `locale`; text without a translation stays English and says so. */
function translatePage(locale: Locale) {
  for (const [node, original] of originals) {
    const english = squash(original);
    const text = translate(english, locale);
    const lead = /^\s/.test(original) ? ' ' : '';
    const trail = /\s$/.test(original) ? ' ' : '';
    node.textContent = text === undefined ? original : `${lead}${text}${trail}`;
    const parent = node.parentElement!;
    if (text === undefined) {
      parent.lang = 'en';
      parent.dataset.demoUntranslated = '';
    } else if ('demoUntranslated' in parent.dataset) {
      parent.removeAttribute('lang');
      delete parent.dataset.demoUntranslated;
    }
  }
  document.title = translate(originalTitle, locale) ?? originalTitle;
  controls.setAttribute('aria-label', translate(originalControlsLabel, locale) ?? originalControlsLabel);
  labelZonesSoon(locale);
}

let zoneLabels = 0;
/**
 * The zones' names cost a formatter each: they are written when the page is idle (or when the picker
 * is about to open), so that they do not hold up the elements.
 */
function labelZonesSoon(locale: Locale) {
  const run = ++zoneLabels;
  const label = () => {
    if (run !== zoneLabels) return;
    zoneLabels++;
    labelZones(locale);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(label, { timeout: 2000 });
  else setTimeout(label, 500);
  zone.addEventListener('pointerdown', label, { once: true });
  zone.addEventListener('focus', label, { once: true });
}

/** Each time zone with its name in the visitor's language, e.g. "Asia/Kolkata – India Standard Time". */
function labelZones(locale: Locale) {
  const nameOf = (timeZone: string) => {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' }).formatToParts();
      return parts.find((p) => p.type === 'timeZoneName')?.value;
    } catch {
      return undefined;
    }
  };
  thisComputer.textContent = `${translate('This computer', locale)} (${computerZone})`;
  for (const option of zone.options) {
    if (!option.value) continue;
    const name = nameOf(option.value);
    option.textContent = name ? `${option.value} – ${name}` : option.value;
  }
}

function updateAddress() {
  const next = new URLSearchParams(location.search);
  if (lang.value === 'en') next.delete('lang');
  else next.set('lang', lang.value);
  if (zone.value) next.set('tz', zone.value);
  else next.delete('tz');
  const query = next.toString().replaceAll('%2F', '/');
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

function applyLang(value: string) {
  const locale = (LOCALES as string[]).includes(value) ? (value as Locale) : 'en';
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  lang.value = locale;
  // The page is written in English: on a first visit in English there is nothing to translate.
  if (locale === 'en' && !translated) labelZonesSoon(locale);
  else translatePage(locale);
  translated ||= locale !== 'en';
}
let translated = false;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function applyZone(value: string) {
  if (value && !isTimeZone(value)) value = '';
  if (value && ![...zone.options].some((o) => o.value === value)) {
    zone.append(new Option(value, value));
    labelZones(lang.value as Locale);
  }
  zone.value = value;
  for (const el of document.querySelectorAll('[feed]')) {
    if (value) el.setAttribute('time-zone', value);
    else el.removeAttribute('time-zone');
  }
}

lang.addEventListener('change', () => {
  applyLang(lang.value);
  updateAddress();
});
zone.addEventListener('change', () => {
  applyZone(zone.value);
  updateAddress();
});
controls.addEventListener('submit', (event) => event.preventDefault());
applyLang(params.get('lang') ?? 'en');
applyZone(params.get('tz') ?? '');
updateAddress();

for (const type of ['coalition-feed-load', 'coalition-feed-error', 'coalition-register', 'coalition-countdown-complete']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.dir = 'ltr';
    code.textContent = `${type} from <${(event.target as Element).localName}>`;
    item.append(code);
    log.append(item);
    while (log.children.length > 8) log.firstElementChild!.remove();
  });
}
