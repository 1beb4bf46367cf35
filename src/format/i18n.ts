import type { Outcome } from '../rules/types.js';
import type { Band } from '../score.js';
import { ROLE_LABELS, type PageRole } from '../snapshot.js';

/** Languages the report's chrome (headings, labels, verdicts) is written in. */
export const REPORT_LANGUAGES = ['en', 'de', 'fr', 'es', 'pl', 'it', 'nl'] as const;
export type ReportLanguage = (typeof REPORT_LANGUAGES)[number];

export function isReportLanguage(value: string): value is ReportLanguage {
  return (REPORT_LANGUAGES as readonly string[]).includes(value);
}

/** The report language for a store language tag (`de-AT` → de), English when careaudit has no translation. */
export function reportLanguageOf(tag: string | undefined): ReportLanguage {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return isReportLanguage(primary) ? primary : 'en';
}

/**
 * The words of a client report around the rules. Rule titles, findings and fixes come from the rule pack,
 * in English: a translated report marks them as English rather than pretend.
 */
export interface Strings {
  eyebrow: string;
  preparedFor: (client: string) => string;
  pagesRead: (n: number) => string;
  passed: string;
  failed: string;
  notApplicable: string;
  toVerify: string;
  couldNotRun: string;
  outOf100: string;
  notScored: string;
  band: Record<Band, string>;
  verdict: Record<Outcome, string>;
  gateTitle: string;
  gatePassed: string;
  gateFailed: string;
  whatToFix: string;
  mustFix: string;
  shouldFix: string;
  worthDoing: string;
  coverageTitle: string;
  coverage: (read: number, lookedFor: number, notScored: number) => string;
  country: string;
  language: string;
  sincePrevious: string;
  previousAudit: string;
  worse: string;
  better: string;
  noChange: string;
  wasNow: (was: string, now: string) => string;
  scoresByCategory: string;
  category: string;
  score: string;
  rating: string;
  change: string;
  same: string;
  howYouCompare: string;
  howYouCompareLead: string;
  check: string;
  yourStore: string;
  benchmark: string;
  allChecks: string;
  passedChecks: (n: number) => string;
  whatWeFound: string;
  andMore: (n: number) => string;
  whyItMatters: string;
  howToFix: string;
  howToCheck: string;
  severity: Record<'error' | 'warn' | 'info', string>;
  weight: (n: number) => string;
  englishNote: string;
  pagesTitle: string;
  page: string;
  address: string;
  howFound: string;
  status: string;
  read: string;
  notReadable: string;
  notFound: string;
  notFoundWhy: string;
  pagesNotRead: string;
  scoresExplained: string;
  generated: (version: string, when: string, seconds: string) => string;
  roles: Record<PageRole, string>;
  summaryTitle: string;
}

const en: Strings = {
  eyebrow: 'Customer-support audit',
  preparedFor: (client) => `Prepared for ${client}`,
  pagesRead: (n) => `${n} page${n === 1 ? '' : 's'} read`,
  passed: 'passed',
  failed: 'failed',
  notApplicable: 'not applicable',
  toVerify: 'to verify by hand',
  couldNotRun: 'could not run',
  outOf100: 'out of 100',
  notScored: 'not scored',
  band: { good: 'good', 'needs-improvement': 'needs improvement', poor: 'poor' },
  verdict: { pass: 'pass', fail: 'fail', na: 'not applicable', manual: 'verify by hand', error: 'could not run' },
  gateTitle: 'Pass/fail check',
  gatePassed: 'passed',
  gateFailed: 'not passed',
  whatToFix: 'What to fix first',
  mustFix: 'Must fix',
  shouldFix: 'Should fix',
  worthDoing: 'Worth doing',
  coverageTitle: 'What we could read',
  coverage: (read, lookedFor, notScored) => `${read} of ${lookedFor} kinds of page found and read; ${notScored} check${notScored === 1 ? '' : 's'} not scored.`,
  country: 'Country',
  language: 'Language',
  sincePrevious: 'Since the previous audit',
  previousAudit: 'Previous audit',
  worse: 'Worse than before',
  better: 'Better than before',
  noChange: 'No check changed its verdict.',
  wasNow: (was, now) => `was ${was}, now ${now}`,
  scoresByCategory: 'Scores by category',
  category: 'Category',
  score: 'Score',
  rating: 'Rating',
  change: 'Change',
  same: 'same',
  howYouCompare: 'How you compare',
  howYouCompareLead:
    "Each check next to what the best online retailers do (mainly the e-tailing group's Mystery Shopping Study of the top-100 US online retailers, and Baymard Institute's checkout research).",
  check: 'Check',
  yourStore: 'Your store',
  benchmark: 'Benchmark',
  allChecks: 'All checks',
  passedChecks: (n) => `${n} passed check${n === 1 ? '' : 's'}`,
  whatWeFound: 'What we found',
  andMore: (n) => `…and ${n} more`,
  whyItMatters: 'Why it matters',
  howToFix: 'How to fix',
  howToCheck: 'How to check',
  severity: { error: 'must fix', warn: 'should fix', info: 'worth doing' },
  weight: (n) => `weight ${n}`,
  englishNote: '',
  pagesTitle: 'Pages and how they were found',
  page: 'Page',
  address: 'Address',
  howFound: 'How it was found',
  status: 'Status',
  read: 'read',
  notReadable: 'not readable',
  notFound: 'not found',
  notFoundWhy: 'no link, sitemap entry or file looked like one',
  pagesNotRead: 'Pages that could not be read',
  scoresExplained:
    'Scores are the weighted share of the applicable checks that pass, from 0 to 100, as Lighthouse scores: 90–100 good, 50–89 needs improvement, 0–49 poor. Checks that are not applicable or to verify by hand are not scored.',
  generated: (version, when, seconds) => `Generated by careaudit ${version} on ${when} in ${seconds} s.`,
  roles: ROLE_LABELS,
  summaryTitle: 'Summary',
};

const de: Strings = {
  eyebrow: 'Kundenservice-Audit',
  preparedFor: (client) => `Erstellt für ${client}`,
  pagesRead: (n) => `${n} Seite${n === 1 ? '' : 'n'} gelesen`,
  passed: 'bestanden',
  failed: 'nicht bestanden',
  notApplicable: 'nicht anwendbar',
  toVerify: 'von Hand zu prüfen',
  couldNotRun: 'nicht ausführbar',
  outOf100: 'von 100',
  notScored: 'nicht bewertet',
  band: { good: 'gut', 'needs-improvement': 'verbesserungswürdig', poor: 'schwach' },
  verdict: { pass: 'bestanden', fail: 'nicht bestanden', na: 'nicht anwendbar', manual: 'von Hand prüfen', error: 'nicht ausführbar' },
  gateTitle: 'Bestanden/nicht bestanden',
  gatePassed: 'bestanden',
  gateFailed: 'nicht bestanden',
  whatToFix: 'Was zuerst zu verbessern ist',
  mustFix: 'Unbedingt beheben',
  shouldFix: 'Sollte behoben werden',
  worthDoing: 'Lohnt sich',
  coverageTitle: 'Was wir lesen konnten',
  coverage: (read, lookedFor, notScored) => `${read} von ${lookedFor} Seitenarten gefunden und gelesen; ${notScored} Prüfung${notScored === 1 ? '' : 'en'} nicht bewertet.`,
  country: 'Land',
  language: 'Sprache',
  sincePrevious: 'Seit dem letzten Audit',
  previousAudit: 'Letztes Audit',
  worse: 'Schlechter als zuvor',
  better: 'Besser als zuvor',
  noChange: 'Keine Prüfung hat ihr Ergebnis geändert.',
  wasNow: (was, now) => `vorher ${was}, jetzt ${now}`,
  scoresByCategory: 'Punkte nach Kategorie',
  category: 'Kategorie',
  score: 'Punkte',
  rating: 'Bewertung',
  change: 'Änderung',
  same: 'gleich',
  howYouCompare: 'Im Vergleich',
  howYouCompareLead:
    'Jede Prüfung neben dem, was die besten Online-Händler tun (vor allem die Mystery Shopping Study der e-tailing group über die 100 größten US-Online-Händler und die Checkout-Studien des Baymard Institute).',
  check: 'Prüfung',
  yourStore: 'Ihr Shop',
  benchmark: 'Vergleichswert',
  allChecks: 'Alle Prüfungen',
  passedChecks: (n) => `${n} bestandene Prüfung${n === 1 ? '' : 'en'}`,
  whatWeFound: 'Was wir gefunden haben',
  andMore: (n) => `…und ${n} weitere`,
  whyItMatters: 'Warum es wichtig ist',
  howToFix: 'So beheben Sie es',
  howToCheck: 'So prüfen Sie es',
  severity: { error: 'unbedingt beheben', warn: 'sollte behoben werden', info: 'lohnt sich' },
  weight: (n) => `Gewicht ${n}`,
  englishNote: 'Die Titel, Befunde und Empfehlungen der Prüfungen sind auf Englisch.',
  pagesTitle: 'Seiten und wie sie gefunden wurden',
  page: 'Seite',
  address: 'Adresse',
  howFound: 'Wie sie gefunden wurde',
  status: 'Status',
  read: 'gelesen',
  notReadable: 'nicht lesbar',
  notFound: 'nicht gefunden',
  notFoundWhy: 'kein Link, Sitemap-Eintrag oder keine Datei sah danach aus',
  pagesNotRead: 'Seiten, die nicht gelesen werden konnten',
  scoresExplained:
    'Die Punkte sind der gewichtete Anteil der anwendbaren Prüfungen, die bestanden wurden, von 0 bis 100, wie bei Lighthouse: 90–100 gut, 50–89 verbesserungswürdig, 0–49 schwach. Nicht anwendbare und von Hand zu prüfende Prüfungen werden nicht bewertet.',
  generated: (version, when, seconds) => `Erstellt mit careaudit ${version} am ${when} in ${seconds} s.`,
  roles: {
    home: 'Startseite',
    contact: 'Kontaktseite',
    faq: 'FAQ / Hilfe',
    returns: 'Rückgaberichtlinie',
    shipping: 'Versand / Lieferung',
    cart: 'Warenkorb',
    checkout: 'Kasse',
    'order-tracking': 'Sendungsverfolgung',
    terms: 'AGB',
    email: 'Bestellbestätigung (E-Mail)',
  },
  summaryTitle: 'Zusammenfassung',
};

const fr: Strings = {
  eyebrow: 'Audit du service client',
  preparedFor: (client) => `Préparé pour ${client}`,
  pagesRead: (n) => `${n} page${n === 1 ? '' : 's'} lue${n === 1 ? '' : 's'}`,
  passed: 'réussis',
  failed: 'échoués',
  notApplicable: 'non applicables',
  toVerify: 'à vérifier à la main',
  couldNotRun: "n'ont pas pu être exécutés",
  outOf100: 'sur 100',
  notScored: 'non noté',
  band: { good: 'bon', 'needs-improvement': 'à améliorer', poor: 'faible' },
  verdict: { pass: 'réussi', fail: 'échoué', na: 'non applicable', manual: 'à vérifier à la main', error: 'non exécuté' },
  gateTitle: 'Contrôle réussi/échoué',
  gatePassed: 'réussi',
  gateFailed: 'non réussi',
  whatToFix: 'À corriger en premier',
  mustFix: 'À corriger absolument',
  shouldFix: 'À corriger',
  worthDoing: 'Utile',
  coverageTitle: 'Ce que nous avons pu lire',
  coverage: (read, lookedFor, notScored) => `${read} types de page sur ${lookedFor} trouvés et lus ; ${notScored} contrôle${notScored === 1 ? '' : 's'} non noté${notScored === 1 ? '' : 's'}.`,
  country: 'Pays',
  language: 'Langue',
  sincePrevious: 'Depuis le dernier audit',
  previousAudit: 'Audit précédent',
  worse: 'Moins bien qu’avant',
  better: 'Mieux qu’avant',
  noChange: 'Aucun contrôle n’a changé de verdict.',
  wasNow: (was, now) => `avant : ${was}, maintenant : ${now}`,
  scoresByCategory: 'Notes par catégorie',
  category: 'Catégorie',
  score: 'Note',
  rating: 'Appréciation',
  change: 'Évolution',
  same: 'identique',
  howYouCompare: 'Comment vous vous situez',
  howYouCompareLead:
    'Chaque contrôle à côté de ce que font les meilleurs e-commerçants (surtout la Mystery Shopping Study de l’e-tailing group sur les 100 premiers e-commerçants américains, et les études de Baymard Institute sur le tunnel de commande).',
  check: 'Contrôle',
  yourStore: 'Votre boutique',
  benchmark: 'Référence',
  allChecks: 'Tous les contrôles',
  passedChecks: (n) => `${n} contrôle${n === 1 ? '' : 's'} réussi${n === 1 ? '' : 's'}`,
  whatWeFound: 'Ce que nous avons trouvé',
  andMore: (n) => `…et ${n} de plus`,
  whyItMatters: 'Pourquoi c’est important',
  howToFix: 'Comment corriger',
  howToCheck: 'Comment vérifier',
  severity: { error: 'à corriger absolument', warn: 'à corriger', info: 'utile' },
  weight: (n) => `poids ${n}`,
  englishNote: 'Les intitulés, constats et recommandations des contrôles sont en anglais.',
  pagesTitle: 'Pages et comment elles ont été trouvées',
  page: 'Page',
  address: 'Adresse',
  howFound: 'Comment elle a été trouvée',
  status: 'État',
  read: 'lue',
  notReadable: 'illisible',
  notFound: 'introuvable',
  notFoundWhy: 'aucun lien, entrée de sitemap ou fichier ne lui ressemblait',
  pagesNotRead: 'Pages qui n’ont pas pu être lues',
  scoresExplained:
    'Les notes sont la part pondérée des contrôles applicables réussis, de 0 à 100, comme dans Lighthouse : 90–100 bon, 50–89 à améliorer, 0–49 faible. Les contrôles non applicables ou à vérifier à la main ne sont pas notés.',
  generated: (version, when, seconds) => `Généré par careaudit ${version} le ${when} en ${seconds} s.`,
  roles: {
    home: "page d'accueil",
    contact: 'page de contact',
    faq: 'FAQ / aide',
    returns: 'politique de retour',
    shipping: 'page de livraison',
    cart: 'panier',
    checkout: 'commande',
    'order-tracking': 'suivi de commande',
    terms: 'conditions générales de vente',
    email: 'e-mail de confirmation',
  },
  summaryTitle: 'Synthèse',
};

const es: Strings = {
  eyebrow: 'Auditoría de atención al cliente',
  preparedFor: (client) => `Preparado para ${client}`,
  pagesRead: (n) => `${n} página${n === 1 ? '' : 's'} leída${n === 1 ? '' : 's'}`,
  passed: 'superadas',
  failed: 'no superadas',
  notApplicable: 'no aplicables',
  toVerify: 'para verificar a mano',
  couldNotRun: 'no ejecutadas',
  outOf100: 'de 100',
  notScored: 'sin puntuar',
  band: { good: 'bueno', 'needs-improvement': 'mejorable', poor: 'deficiente' },
  verdict: { pass: 'superada', fail: 'no superada', na: 'no aplicable', manual: 'verificar a mano', error: 'no ejecutada' },
  gateTitle: 'Control de aprobación',
  gatePassed: 'aprobado',
  gateFailed: 'no aprobado',
  whatToFix: 'Qué corregir primero',
  mustFix: 'Imprescindible',
  shouldFix: 'Recomendable',
  worthDoing: 'Conviene',
  coverageTitle: 'Lo que pudimos leer',
  coverage: (read, lookedFor, notScored) => `${read} de ${lookedFor} tipos de página encontrados y leídos; ${notScored} comprobación${notScored === 1 ? '' : 'es'} sin puntuar.`,
  country: 'País',
  language: 'Idioma',
  sincePrevious: 'Desde la auditoría anterior',
  previousAudit: 'Auditoría anterior',
  worse: 'Peor que antes',
  better: 'Mejor que antes',
  noChange: 'Ninguna comprobación cambió de resultado.',
  wasNow: (was, now) => `antes ${was}, ahora ${now}`,
  scoresByCategory: 'Puntuación por categoría',
  category: 'Categoría',
  score: 'Puntuación',
  rating: 'Valoración',
  change: 'Cambio',
  same: 'igual',
  howYouCompare: 'Cómo se compara',
  howYouCompareLead:
    'Cada comprobación junto a lo que hacen las mejores tiendas online (sobre todo el Mystery Shopping Study de e-tailing group sobre los 100 mayores comercios online de EE. UU. y los estudios de Baymard Institute sobre el proceso de compra).',
  check: 'Comprobación',
  yourStore: 'Su tienda',
  benchmark: 'Referencia',
  allChecks: 'Todas las comprobaciones',
  passedChecks: (n) => `${n} comprobación${n === 1 ? '' : 'es'} superada${n === 1 ? '' : 's'}`,
  whatWeFound: 'Lo que encontramos',
  andMore: (n) => `…y ${n} más`,
  whyItMatters: 'Por qué importa',
  howToFix: 'Cómo corregirlo',
  howToCheck: 'Cómo comprobarlo',
  severity: { error: 'imprescindible', warn: 'recomendable', info: 'conviene' },
  weight: (n) => `peso ${n}`,
  englishNote: 'Los títulos, hallazgos y recomendaciones de las comprobaciones están en inglés.',
  pagesTitle: 'Páginas y cómo se encontraron',
  page: 'Página',
  address: 'Dirección',
  howFound: 'Cómo se encontró',
  status: 'Estado',
  read: 'leída',
  notReadable: 'ilegible',
  notFound: 'no encontrada',
  notFoundWhy: 'ningún enlace, entrada del sitemap o archivo lo parecía',
  pagesNotRead: 'Páginas que no se pudieron leer',
  scoresExplained:
    'La puntuación es la proporción ponderada de comprobaciones aplicables superadas, de 0 a 100, como en Lighthouse: 90–100 bueno, 50–89 mejorable, 0–49 deficiente. Las comprobaciones no aplicables o para verificar a mano no puntúan.',
  generated: (version, when, seconds) => `Generado por careaudit ${version} el ${when} en ${seconds} s.`,
  roles: {
    home: 'página de inicio',
    contact: 'página de contacto',
    faq: 'FAQ / ayuda',
    returns: 'política de devoluciones',
    shipping: 'página de envíos',
    cart: 'carrito',
    checkout: 'pago',
    'order-tracking': 'seguimiento del pedido',
    terms: 'condiciones generales',
    email: 'correo de confirmación',
  },
  summaryTitle: 'Resumen',
};

const pl: Strings = {
  eyebrow: 'Audyt obsługi klienta',
  preparedFor: (client) => `Przygotowano dla: ${client}`,
  pagesRead: (n) => `przeczytane strony: ${n}`,
  passed: 'zaliczone',
  failed: 'niezaliczone',
  notApplicable: 'nie dotyczy',
  toVerify: 'do sprawdzenia ręcznie',
  couldNotRun: 'nie wykonano',
  outOf100: 'na 100',
  notScored: 'bez oceny',
  band: { good: 'dobry', 'needs-improvement': 'do poprawy', poor: 'słaby' },
  verdict: { pass: 'zaliczone', fail: 'niezaliczone', na: 'nie dotyczy', manual: 'sprawdź ręcznie', error: 'nie wykonano' },
  gateTitle: 'Próg zaliczenia',
  gatePassed: 'zaliczony',
  gateFailed: 'niezaliczony',
  whatToFix: 'Co poprawić najpierw',
  mustFix: 'Koniecznie',
  shouldFix: 'Warto poprawić',
  worthDoing: 'Dobrze byłoby',
  coverageTitle: 'Co udało się przeczytać',
  coverage: (read, lookedFor, notScored) => `Znalezione i przeczytane rodzaje stron: ${read} z ${lookedFor}; kontrole bez oceny: ${notScored}.`,
  country: 'Kraj',
  language: 'Język',
  sincePrevious: 'Od poprzedniego audytu',
  previousAudit: 'Poprzedni audyt',
  worse: 'Gorzej niż wcześniej',
  better: 'Lepiej niż wcześniej',
  noChange: 'Żadna kontrola nie zmieniła wyniku.',
  wasNow: (was, now) => `było: ${was}, jest: ${now}`,
  scoresByCategory: 'Wyniki według kategorii',
  category: 'Kategoria',
  score: 'Wynik',
  rating: 'Ocena',
  change: 'Zmiana',
  same: 'bez zmian',
  howYouCompare: 'Na tle najlepszych',
  howYouCompareLead:
    'Każda kontrola obok tego, co robią najlepsze sklepy internetowe (głównie Mystery Shopping Study firmy e-tailing group o 100 największych sklepach internetowych w USA oraz badania procesu zakupu Baymard Institute).',
  check: 'Kontrola',
  yourStore: 'Twój sklep',
  benchmark: 'Punkt odniesienia',
  allChecks: 'Wszystkie kontrole',
  passedChecks: (n) => `Zaliczone kontrole: ${n}`,
  whatWeFound: 'Co znaleźliśmy',
  andMore: (n) => `…i jeszcze ${n}`,
  whyItMatters: 'Dlaczego to ważne',
  howToFix: 'Jak poprawić',
  howToCheck: 'Jak sprawdzić',
  severity: { error: 'koniecznie', warn: 'warto poprawić', info: 'dobrze byłoby' },
  weight: (n) => `waga ${n}`,
  englishNote: 'Tytuły, ustalenia i zalecenia kontroli są po angielsku.',
  pagesTitle: 'Strony i jak je znaleziono',
  page: 'Strona',
  address: 'Adres',
  howFound: 'Jak ją znaleziono',
  status: 'Stan',
  read: 'przeczytana',
  notReadable: 'nieczytelna',
  notFound: 'nie znaleziono',
  notFoundWhy: 'żaden link, wpis mapy strony ani plik jej nie przypominał',
  pagesNotRead: 'Strony, których nie udało się przeczytać',
  scoresExplained:
    'Wynik to ważony odsetek zaliczonych kontroli spośród tych, które dotyczą sklepu, od 0 do 100, jak w Lighthouse: 90–100 dobry, 50–89 do poprawy, 0–49 słaby. Kontrole, które nie dotyczą sklepu lub wymagają ręcznego sprawdzenia, nie są oceniane.',
  generated: (version, when, seconds) => `Wygenerowano przez careaudit ${version}, ${when}, w ${seconds} s.`,
  roles: {
    home: 'strona główna',
    contact: 'strona kontaktowa',
    faq: 'FAQ / pomoc',
    returns: 'zasady zwrotów',
    shipping: 'dostawa',
    cart: 'koszyk',
    checkout: 'kasa',
    'order-tracking': 'śledzenie zamówienia',
    terms: 'regulamin',
    email: 'e-mail z potwierdzeniem zamówienia',
  },
  summaryTitle: 'Podsumowanie',
};

const it: Strings = {
  eyebrow: 'Audit del servizio clienti',
  preparedFor: (client) => `Preparato per ${client}`,
  pagesRead: (n) => `${n} pagin${n === 1 ? 'a letta' : 'e lette'}`,
  passed: 'superati',
  failed: 'non superati',
  notApplicable: 'non applicabili',
  toVerify: 'da verificare a mano',
  couldNotRun: 'non eseguiti',
  outOf100: 'su 100',
  notScored: 'senza punteggio',
  band: { good: 'buono', 'needs-improvement': 'da migliorare', poor: 'scarso' },
  verdict: { pass: 'superato', fail: 'non superato', na: 'non applicabile', manual: 'verificare a mano', error: 'non eseguito' },
  gateTitle: 'Soglia di superamento',
  gatePassed: 'superata',
  gateFailed: 'non superata',
  whatToFix: 'Cosa correggere prima',
  mustFix: 'Da correggere',
  shouldFix: 'Consigliato',
  worthDoing: 'Utile',
  coverageTitle: 'Cosa abbiamo potuto leggere',
  coverage: (read, lookedFor, notScored) => `${read} tipi di pagina su ${lookedFor} trovati e letti; ${notScored} controll${notScored === 1 ? 'o' : 'i'} senza punteggio.`,
  country: 'Paese',
  language: 'Lingua',
  sincePrevious: "Dall'audit precedente",
  previousAudit: 'Audit precedente',
  worse: 'Peggio di prima',
  better: 'Meglio di prima',
  noChange: 'Nessun controllo ha cambiato esito.',
  wasNow: (was, now) => `prima ${was}, ora ${now}`,
  scoresByCategory: 'Punteggi per categoria',
  category: 'Categoria',
  score: 'Punteggio',
  rating: 'Giudizio',
  change: 'Variazione',
  same: 'uguale',
  howYouCompare: 'Il confronto',
  howYouCompareLead:
    "Ogni controllo accanto a ciò che fanno i migliori negozi online (soprattutto la Mystery Shopping Study dell'e-tailing group sui primi 100 negozi online degli Stati Uniti e le ricerche di Baymard Institute sul checkout).",
  check: 'Controllo',
  yourStore: 'Il tuo negozio',
  benchmark: 'Riferimento',
  allChecks: 'Tutti i controlli',
  passedChecks: (n) => `${n} controll${n === 1 ? 'o superato' : 'i superati'}`,
  whatWeFound: 'Cosa abbiamo trovato',
  andMore: (n) => `…e altri ${n}`,
  whyItMatters: 'Perché conta',
  howToFix: 'Come correggere',
  howToCheck: 'Come verificare',
  severity: { error: 'da correggere', warn: 'consigliato', info: 'utile' },
  weight: (n) => `peso ${n}`,
  englishNote: 'Titoli, risultati e consigli dei controlli sono in inglese.',
  pagesTitle: 'Pagine e come sono state trovate',
  page: 'Pagina',
  address: 'Indirizzo',
  howFound: 'Come è stata trovata',
  status: 'Stato',
  read: 'letta',
  notReadable: 'illeggibile',
  notFound: 'non trovata',
  notFoundWhy: 'nessun link, voce della sitemap o file le somigliava',
  pagesNotRead: 'Pagine che non è stato possibile leggere',
  scoresExplained:
    'Il punteggio è la quota ponderata dei controlli applicabili superati, da 0 a 100, come in Lighthouse: 90–100 buono, 50–89 da migliorare, 0–49 scarso. I controlli non applicabili o da verificare a mano non hanno punteggio.',
  generated: (version, when, seconds) => `Generato da careaudit ${version} il ${when} in ${seconds} s.`,
  roles: {
    home: 'home page',
    contact: 'pagina contatti',
    faq: 'FAQ / assistenza',
    returns: 'politica di reso',
    shipping: 'spedizioni',
    cart: 'carrello',
    checkout: 'cassa',
    'order-tracking': 'tracciamento ordine',
    terms: 'condizioni di vendita',
    email: "e-mail di conferma dell'ordine",
  },
  summaryTitle: 'Sintesi',
};

const nl: Strings = {
  eyebrow: 'Audit klantenservice',
  preparedFor: (client) => `Opgesteld voor ${client}`,
  pagesRead: (n) => `${n} pagina${n === 1 ? '' : "'s"} gelezen`,
  passed: 'geslaagd',
  failed: 'niet geslaagd',
  notApplicable: 'niet van toepassing',
  toVerify: 'handmatig te controleren',
  couldNotRun: 'niet uitgevoerd',
  outOf100: 'van 100',
  notScored: 'niet gescoord',
  band: { good: 'goed', 'needs-improvement': 'kan beter', poor: 'zwak' },
  verdict: { pass: 'geslaagd', fail: 'niet geslaagd', na: 'niet van toepassing', manual: 'handmatig controleren', error: 'niet uitgevoerd' },
  gateTitle: 'Geslaagd/niet geslaagd',
  gatePassed: 'geslaagd',
  gateFailed: 'niet geslaagd',
  whatToFix: 'Wat eerst te verbeteren',
  mustFix: 'Moet opgelost',
  shouldFix: 'Zou opgelost moeten worden',
  worthDoing: 'De moeite waard',
  coverageTitle: 'Wat we konden lezen',
  coverage: (read, lookedFor, notScored) => `${read} van ${lookedFor} soorten pagina's gevonden en gelezen; ${notScored} controle${notScored === 1 ? '' : 's'} niet gescoord.`,
  country: 'Land',
  language: 'Taal',
  sincePrevious: 'Sinds de vorige audit',
  previousAudit: 'Vorige audit',
  worse: 'Slechter dan eerst',
  better: 'Beter dan eerst',
  noChange: 'Geen enkele controle veranderde van uitkomst.',
  wasNow: (was, now) => `was ${was}, nu ${now}`,
  scoresByCategory: 'Scores per categorie',
  category: 'Categorie',
  score: 'Score',
  rating: 'Beoordeling',
  change: 'Verandering',
  same: 'gelijk',
  howYouCompare: 'Hoe u zich verhoudt',
  howYouCompareLead:
    'Elke controle naast wat de beste webwinkels doen (vooral de Mystery Shopping Study van de e-tailing group over de 100 grootste Amerikaanse webwinkels en het checkout-onderzoek van Baymard Institute).',
  check: 'Controle',
  yourStore: 'Uw winkel',
  benchmark: 'Referentie',
  allChecks: 'Alle controles',
  passedChecks: (n) => `${n} geslaagde controle${n === 1 ? '' : 's'}`,
  whatWeFound: 'Wat we vonden',
  andMore: (n) => `…en nog ${n}`,
  whyItMatters: 'Waarom het ertoe doet',
  howToFix: 'Zo lost u het op',
  howToCheck: 'Zo controleert u het',
  severity: { error: 'moet opgelost', warn: 'zou opgelost moeten worden', info: 'de moeite waard' },
  weight: (n) => `gewicht ${n}`,
  englishNote: 'De titels, bevindingen en adviezen van de controles zijn in het Engels.',
  pagesTitle: "Pagina's en hoe ze gevonden zijn",
  page: 'Pagina',
  address: 'Adres',
  howFound: 'Hoe ze gevonden is',
  status: 'Status',
  read: 'gelezen',
  notReadable: 'niet leesbaar',
  notFound: 'niet gevonden',
  notFoundWhy: 'geen link, sitemapregel of bestand leek erop',
  pagesNotRead: "Pagina's die niet gelezen konden worden",
  scoresExplained:
    'De score is het gewogen aandeel geslaagde controles van de toepasselijke, van 0 tot 100, zoals Lighthouse scoort: 90–100 goed, 50–89 kan beter, 0–49 zwak. Controles die niet van toepassing zijn of handmatig gecontroleerd moeten worden, tellen niet mee.',
  generated: (version, when, seconds) => `Gemaakt met careaudit ${version} op ${when} in ${seconds} s.`,
  roles: {
    home: 'startpagina',
    contact: 'contactpagina',
    faq: 'FAQ / klantenservice',
    returns: 'retourbeleid',
    shipping: 'verzending / levering',
    cart: 'winkelwagen',
    checkout: 'afrekenen',
    'order-tracking': 'bestelling volgen',
    terms: 'algemene voorwaarden',
    email: 'orderbevestiging (e-mail)',
  },
  summaryTitle: 'Samenvatting',
};

export const STRINGS: Record<ReportLanguage, Strings> = { en, de, fr, es, pl, it, nl };
