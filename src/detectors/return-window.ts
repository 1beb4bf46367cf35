/**
 * The return window in days: "30 days", "within 14 days", "30-day returns", "2 weeks", "one month",
 * "a year", spelled-out numbers ("trzydzieści dni", "vierzehn Tage", "trente jours") in English, Russian,
 * Polish, Lithuanian, German, French and Spanish; and schema.org MerchantReturnPolicy.
 *
 * Policies state many durations (refund processing, delivery, warranty), so a duration counts only when
 * the nearest topic word in its sentence — preferably before it, since that is what it qualifies — is a
 * return word ("returns", "zwrot", "вернуть", "grąžinti", "Rückgabe", "retour", "devolución").
 */
import { capText, collapse, sentenceAround } from './sentence.js';
import { shortType, valuesAt, type StructuredItem } from '../page/structured-data.js';
import { letterRegExp } from './letters.js';
import { durationsIn } from './durations.js';

export interface ReturnWindow {
  days: number;
  /** The sentence part holding the window (collapsed, capped). */
  text: string;
  /** Stated in business / working days. */
  businessDays: boolean;
  /** The window applies only to deliveries into the EU ("if your order is shipped into the European Union, 14 days"). */
  euOnly?: boolean;
}

export interface StructuredReturnPolicy {
  category: 'finite' | 'unlimited' | 'not-permitted' | 'unspecified';
  days?: number;
  /** A summary of what was declared, for evidence. */
  text: string;
}

const MAX_SCAN = 300_000;
const MAX_MATCHES = 20;
const MAX_TEXT = 140;
const BEFORE_WINDOW = 90;
// German and Polish put the verb last: "innerhalb von 14 Tagen nach Erhalt der Ware … zurückzugeben"
const AFTER_WINDOW = 100;
/** Longer than this is a warranty or a typo, not a return window. */
const MAX_DAYS = 1000;

const RETURN_WORDS = [
  // en
  'returns?', 'returned', 'returning', 'returnable', 'exchanges?', 'exchanged', 'send\\s{1,3}(?:it|them|the\\s{1,3}\\p{L}+|your\\s{1,3}\\p{L}+)\\s{1,3}back', 'bring\\s{1,3}(?:it|them)\\s{1,3}back',
  // Shopify's and WooCommerce's template: "Our (refund) policy lasts 30 days"
  '(?:refund\\s{1,3}|return\\s{1,3})?policy\\s{1,3}lasts', '(?:refund|return)\\s{1,3}policy',
  'cooling[-\\s]off', 'right\\s{1,3}(?:of|to)\\s{1,3}(?:withdrawal|withdraw|cancel)', 'withdraw\\p{L}*', 'money[-\\s]back', 'satisfaction\\s{1,3}guarantee\\p{L}*',
  // pl
  'zwrot\\p{L}*', 'zwróci\\p{L}*', 'zwracać', 'zwracan\\p{L}*', 'odstąpi\\p{L}*', 'odstąpieni\\p{L}*', 'wymian\\p{L}*', 'wymieni\\p{L}*',
  // ru
  'возврат\\p{L}*', 'вернуть\\p{L}*', 'возвращ\\p{L}*', 'обмен\\p{L}*', 'обменять', 'отказаться\\s{1,3}от\\s{1,3}товара',
  // lt
  'grąžin\\p{L}*', 'grąžint\\p{L}*', 'grąžinim\\p{L}*', 'keist\\p{L}*', 'pakeist\\p{L}*', 'atsisakyti\\s{1,3}sutarties',
  // de
  'rückgabe\\p{L}*', 'rücksend\\p{L}*', 'rückversand', 'zurückgeb\\p{L}*', 'zurücksend\\p{L}*', 'zurückschick\\p{L}*', 'zurückzugeben', 'zurückzusenden', 'widerruf\\p{L}*', 'umtausch\\p{L}*', 'umzutauschen', 'rückgaberecht',
  // fr
  'retours?', 'retourner', 'retournez', 'renvoyer', 'rétractation', 'retractation', 'échange\\p{L}*', 'changer', 'satisfait\\s{1,3}ou\\s{1,3}rembours\\p{L}*',
  // es
  'devoluci\\p{L}*', 'devolver', 'devuelv\\p{L}*', 'desistimiento', 'cambios?', 'cambiar',
  // cs
  'vrácen\\p{L}*', 'vrátit', 'vrátí\\p{L}*', 'vracen\\p{L}*', 'odstoupit', 'odstoupení', 'výměn\\p{L}*', 'vyměnit',
  // it
  'res[oi]', 'restituire', 'restituzione', 'recesso', 'rendere', 'sostitu\\p{L}*', 'cambio',
  // nl
  'retour\\p{L}*', 'terugsturen', 'terug\\s{1,3}te\\s{1,3}sturen', 'herroep\\p{L}*', 'bedenktijd', 'ruilen', 'omruilen',
  // pt
  'devoluç\\p{L}*', 'troca\\p{L}*', 'trocar', 'arrependimento', 'devolvê\\p{L}*', 'devolvid\\p{L}*', 'devolva', 'livre\\s{1,3}resolução', 'desistência', 'desistir',
  // sk
  'vráten\\p{L}*', 'vrátiť', 'vrátite', 'vráťte', 'odstúpi\\p{L}*', 'odstúpeni\\p{L}*', 'vymeni\\p{L}*', 'reklamačn\\p{L}*\\s{1,3}poriad\\p{L}*',
  // hu
  '(?:küld|hoz)\\p{L}*\\s{1,3}vissza', 'visszaküld\\p{L}*', 'visszavisz\\p{L}*', 'visszahoz\\p{L}*', 'eláll\\p{L}*', 'cseré\\p{L}*', 'cserél\\p{L}*', 'csere',
  // ro (both ș and the older ş)
  'retur\\p{L}*', 'retrage\\p{L}*', 'retragerii', 'schimb\\p{L}*', 'trimite\\p{L}*\\s{1,3}înapoi',
  // bg
  'връщ\\p{L}*', 'върн\\p{L}*', 'замян\\p{L}*', 'отказ\\p{L}*\\s{1,3}от\\s{1,3}(?:договора|покупката)', 'откаже\\p{L}*',
  // sv
  'ångerrätt\\p{L}*', 'ångra\\p{L}*', 'öppet\\s{1,3}köp', 'byte', 'byten', 'byta', 'skicka\\s{1,3}tillbaka',
  // da, nb ("returnere", "returret" are retur…)
  'fortrydelsesret\\p{L}*', 'fortryd\\p{L}*', 'bytte\\p{L}*', 'ombytning', 'angrerett\\p{L}*', 'angre', 'åpent\\s{1,3}kjøp',
  // fi
  'palaut\\p{L}*', 'peruutusoikeu\\p{L}*', 'peru(?:a|ttaa)', 'vaihd\\p{L}*', 'vaihto\\p{L}*', 'vaihtaa',
  // et
  'tagast\\p{L}*', 'taganemis\\p{L}*', 'taganeda', 'vaheta\\p{L}*', 'vahetus\\p{L}*',
  // lv
  'atgriez\\p{L}*', 'atgrieš\\p{L}*', 'atteik\\p{L}*', 'apmain\\p{L}*', 'maiņ\\p{L}*',
  // el
  'επιστροφ\\p{L}*', 'επιστρέψ\\p{L}*', 'επιστρέφ\\p{L}*', 'υπαναχώρ\\p{L}*', 'αλλαγ\\p{L}*', 'αλλάξ\\p{L}*',
  // hr
  'povrat\\p{L}*', 'vrat(?:iti|ite|it)', 'raskid\\p{L}*', 'zamjen\\p{L}*',
  // sl
  'vrn\\p{L}*', 'vrač\\p{L}*', 'odstop\\p{L}*', 'odstopi\\p{L}*', 'zamenja\\p{L}*',
  // uk
  'поверн\\p{L}*', 'обмін\\p{L}*', 'обміня\\p{L}*',
  // tr
  'iade\\p{L}*', 'değişi\\p{L}*', 'cayma\\p{L}*', 'geri\\s{1,3}gönder\\p{L}*',
  // ga
  'tuairisc\\p{L}*', '(?:thabhairt|sheoladh|chur)\\s{1,3}ar\\s{1,3}ais', 'tarraingt\\s{1,3}siar', 'malart\\p{L}*',
  // mt
  'ritorn\\p{L}*', '\\p{L}{0,2}rritorn\\p{L}*', 'bdil\\p{L}*', 'tibdil', 'irtir\\p{L}*', '[tjn]irtir\\p{L}*',
];
/** Other periods in a returns policy: refund processing, delivery, warranty. */
const OTHER_WORDS = [
  'refund\\p{L}*', 'reimburs\\p{L}*', 'process\\p{L}*', 'deliver\\p{L}*', 'ship\\p{L}*', 'dispatch\\p{L}*', 'arriv\\p{L}*', 'warrant\\p{L}*', 'guarantee\\p{L}*', 'transit',
  'zwrot\\s{1,3}(?:pieniędzy|środków|należności|płatności|kosztów)', 'przelew\\p{L}*', 'dostaw\\p{L}*', 'wysył\\p{L}*', 'gwarancj\\p{L}*', 'rękojmi\\p{L}*', 'reklamacj\\p{L}*',
  'возврат\\p{L}*\\s{1,3}(?:денежных\\s{1,3}средств|денег|средств|оплаты)', 'вернем\\s{1,3}деньги', 'вернём\\s{1,3}деньги', 'достав\\p{L}*', 'гаранти\\p{L}*', 'зачисл\\p{L}*',
  'pinig\\p{L}*\\s{1,3}grąžin\\p{L}*', 'grąžin\\p{L}*\\s{1,3}pinig\\p{L}*', 'pinigai', 'pristat\\p{L}*', 'garantij\\p{L}*',
  'rückerstatt\\p{L}*', 'erstatt\\p{L}*', 'rückzahlung\\p{L}*', 'liefer\\p{L}*', 'versand\\p{L}*', 'garantie\\p{L}*', 'gewährleistung\\p{L}*', 'bearbeit\\p{L}*',
  'rembours\\p{L}*', 'livr\\p{L}*', 'expédi\\p{L}*', 'traitement', 'garantie',
  'reembols\\p{L}*', 'entreg\\p{L}*', 'envío\\p{L}*', 'envio\\p{L}*', 'garantía', 'garantia',
  'peníze\\s{1,3}(?:vám\\s{1,3})?vrátíme', 'vrátíme\\s{1,3}(?:vám\\s{1,3})?peníze', 'vrácení\\s{1,3}peněz', 'doruč\\p{L}*', 'dodání', 'dodac\\p{L}*', 'záruk\\p{L}*', 'reklamac\\p{L}*', 'peníze', 'expedic\\p{L}*',
  'rimbors\\p{L}*', 'consegn\\p{L}*', 'spedi\\p{L}*', 'garanzia', 'accredit\\p{L}*',
  'terugbetal\\p{L}*', 'lever\\p{L}*', 'verzend\\p{L}*', 'verzonden', 'bezorg\\p{L}*',
  'devolução\\s{1,3}do\\s{1,3}(?:dinheiro|valor)', 'devolveremos\\s{1,3}o\\s{1,3}(?:dinheiro|valor)', 'estorn\\p{L}*', 'enviad\\p{L}*', 'expedi\\p{L}*', 'prazo\\s{1,3}de\\s{1,3}entrega',
  'vrátenie\\s{1,3}(?:peňazí|platby|kúpnej\\s{1,3}ceny|sumy)', 'peniaze\\s{1,3}(?:vám\\s{1,3})?vrátime', 'vrátime\\s{1,3}(?:vám\\s{1,3})?(?:peniaze|platbu|sumu)', 'peniaze', 'dodani\\p{L}*', 'reklamáci\\p{L}*', 'expedíci\\p{L}*', 'odoslan\\p{L}*', 'zárukou', 'záručn\\p{L}*',
  // "a szállítástól számított 14 napon belül": a starting point ("from delivery"), not the topic
  'visszatérít\\p{L}*', 'visszautal\\p{L}*', 'pénz\\p{L}*', 'szállít(?!\\p{L}*t[óő]l(?!\\p{L}))\\p{L}*', 'kiszállít(?!\\p{L}*t[óő]l(?!\\p{L}))\\p{L}*', 'kézbesít(?!\\p{L}*t[óő]l(?!\\p{L}))\\p{L}*', 'garanci\\p{L}*', 'jótáll\\p{L}*', 'szavatoss\\p{L}*', 'feldolgoz\\p{L}*',
  'returnarea\\s{1,3}(?:banilor|sumei|sumelor|contravalorii|plății|plăţii)', 'banii\\s{1,3}(?:vor\\s{1,3}fi\\s{1,3})?(?:returnați|returnaţi|restituiți|restituiţi)', 'ramburs\\p{L}*', 'restituim', 'restituirea', 'restituie', 'contravaloare\\p{L}*', 'procesa\\p{L}*', 'garan[țţ]i\\p{L}*',
  'връщане\\s{1,3}на\\s{1,3}(?:сумата|парите|средствата)', 'ще\\s{1,3}(?:ви\\s{1,3})?върнем\\s{1,3}(?:сумата|парите)', 'възстанов\\p{L}*', 'сумата', 'парите', 'изпра\\p{L}*', 'рекламаци\\p{L}*',
  'återbetal\\p{L}*', 'pengarna', 'frakt\\p{L}*', 'skickas', 'skickat\\p{L}*', 'garanti', 'reklamation\\p{L}*',
  'tilbagebetal\\p{L}*', 'tilbakebetal\\p{L}*', 'pengene', 'fragt\\p{L}*', 'sendes', 'afsend\\p{L}*', 'reklamasjon\\p{L}*',
  // fi: "palautamme rahat" is a refund; "toimituksesta" (from delivery) a starting point
  '(?:palautamme|palautetaan)\\s{1,3}(?:rahat|maksu\\p{L}*|summa\\p{L}*|kauppahin\\p{L}*)', '(?:rahat|maksu|summa|kauppahinta)\\s{1,3}palautetaan', '(?:rahojen|maksun|kauppahinnan)\\s{1,3}palautu\\p{L}*', 'hyvit\\p{L}*',
  'toimit(?!\\p{L}*st[aä](?!\\p{L}))\\p{L}*', 'lähet(?!\\p{L}*st[aä](?!\\p{L}))\\p{L}*', 'takuu\\p{L}*', 'reklamaatio\\p{L}*', 'käsittel\\p{L}*',
  // et: "tagastame raha" is a refund
  'raha\\s{1,3}tagast\\p{L}*', 'tagastame\\s{1,3}(?:raha|summa|ostusumma|makse)', 'ostusumma\\p{L}*', 'tarn\\p{L}*', 'kohaletoimet\\p{L}*', 'garantii\\p{L}*', 'pretensioon\\p{L}*',
  // lv: "naudu atgriezīsim" is a refund
  'naud\\p{L}*\\s{1,3}atgriez\\p{L}*', 'atgriez\\p{L}*\\s{1,3}naud\\p{L}*', 'naudas\\s{1,3}atmaks\\p{L}*', 'naud\\p{L}*', 'atmaks\\p{L}*', 'piegād\\p{L}*', 'nosūt\\p{L}*',
  // el: "επιστροφή χρημάτων" is a refund
  'επιστροφ\\p{L}*\\s{1,3}(?:των\\s{1,3})?χρημάτων', 'επιστροφ\\p{L}*\\s{1,3}του\\s{1,3}(?:ποσού|αντιτίμου)', 'επιστρέψουμε\\s{1,3}(?:τα\\s{1,3}χρήματα|το\\s{1,3}(?:ποσό|αντίτιμο))', 'χρήματα', 'ποσό', 'ποσού', 'αποστολ\\p{L}*', 'αποστέλλ\\p{L}*', 'παράδοσ\\p{L}*', 'εγγύησ\\p{L}*', 'πίστωσ\\p{L}*',
  // hr, sl: "povrat novca", "vračilo kupnine" are refunds
  'povrat\\p{L}*\\s{1,3}(?:novca|sredstava|uplate|iznosa)', 'novac\\s{1,3}(?:ćemo\\s{1,3})?(?:vam\\s{1,3})?vrati\\p{L}*', 'vratit\\p{L}*\\s{1,3}ćemo\\s{1,3}(?:vam\\s{1,3})?(?:novac|iznos|sredstva)', 'novac', 'novca', 'isporu\\p{L}*', 'jamstv\\p{L}*',
  'vračil\\p{L}*\\s{1,3}(?:kupnine|denarja|plačila|zneska)', 'denar\\p{L}*\\s{1,3}(?:vam\\s{1,3})?(?:bomo\\s{1,3})?vrnili', 'bomo\\s{1,3}(?:vam\\s{1,3})?vrnili', 'vrnili\\s{1,3}(?:vam\\s{1,3})?(?:kupnino|denar|plačilo)', 'kupnin\\p{L}*', 'denar\\p{L}*', 'poštnin\\p{L}*', 'garancij\\p{L}*',
  'повернення\\s{1,3}(?:коштів|грошей|оплати)', 'повернемо\\s{1,3}(?:вам\\s{1,3})?(?:кошти|гроші)', 'кошти', 'гроші', 'гаранті\\p{L}*',
  // tr: "ücret iadesi" is a refund; "kargodan" (from the parcel) a starting point
  '(?:ücret|ücreti|ücretin|para|paran[ıi]z|bedel|bedeli)\\s{1,3}iade\\p{L}*', 'iade\\s{1,3}(?:ödemesi|tutarı|tutar[ıi]n[ıi])', 'geri\\s{1,3}ödeme\\p{L}*', 'kargo(?!\\p{L}*[dt][ae]n(?!\\p{L}))\\p{L}*', 'garantisi',
  // ga, mt
  'aisíoc\\p{L}*', 'seachad\\p{L}*', 'rifu[żz]jon\\p{L}*', 'kunsinn\\p{L}*', 'twassil',
];
// Longer phrases first, so "zwrot pieniędzy" is a refund and "satisfait ou remboursé" a return guarantee.
const TOPIC = letterRegExp(
  `(?<![\\p{L}])(?:(?<other>${OTHER_WORDS.filter((w) => /\\s/.test(w)).join('|')})|(?<ret>${RETURN_WORDS.filter((w) => /\\s/.test(w)).join('|')})|(?<other2>${OTHER_WORDS.filter((w) => !/\\s/.test(w)).join('|')})|(?<ret2>${RETURN_WORDS.filter((w) => !/\\s/.test(w)).join('|')}))(?!\\p{L})`,
  'giu',
);

const cap = (s: string): string => capText(s, MAX_TEXT);


type Topic = 'return' | 'other' | undefined;

function topics(s: string): { at: number; end: number; topic: 'return' | 'other' }[] {
  const out: { at: number; end: number; topic: 'return' | 'other' }[] = [];
  TOPIC.lastIndex = 0;
  for (let m = TOPIC.exec(s); m; m = TOPIC.exec(s)) {
    const g = m.groups ?? {};
    out.push({ at: m.index, end: m.index + m[0].length, topic: g.ret !== undefined || g.ret2 !== undefined ? 'return' : 'other' });
  }
  return out;
}

/** "30 days from delivery to return": a starting point, not the topic of the duration. */
const STARTING_POINT = letterRegExp(/(?<!\p{L})(?:from|after|of|since|od|ode|po|от|с|со|после|nuo|nach|ab|seit|compter|après|dès|de|desde|partir|tras|da|dal|dalla|dallo|dalle|dopo|na|vanaf|van|após|do|dos|da|das|contar|odo|la|după|din|след|från|efter|sedan|fra|etter|alates|no|pēc|από|μετά|nakon|primitka|від|після|ón|mill|minn)(?!\p{L})/iu);

/**
 * The topic word nearest the duration: the last one before it in the sentence, else the first after it
 * (skipping a delivery or receipt the window merely starts from).
 */
function topicOf(text: string, start: number, end: number, from: number, to: number): Topic {
  const before = topics(text.slice(from, start));
  if (before.length) return before[before.length - 1]!.topic;
  const after = text.slice(end, to);
  return topics(after).find((t) => t.topic === 'return' || !STARTING_POINT.test(after.slice(0, t.at)))?.topic;
}

/** "If your order is shipped into the European Union", "for EU deliveries": a window for some customers only. */
const EU_CONDITION = letterRegExp(
  '(?<!\\p{L})(?:if|when|for|only|where|wenn|falls|für|si|pour|jeśli|jeżeli|dla|se|per|als|voor|para)(?!\\p{L})[^.\\n]{0,80}(?<!\\p{L})(?:european\\s{1,3}union|eu|eea|ue|ee[ac]|unión\\s{1,3}europea|union\\s{1,3}européenne|unii\\s{1,3}europejskiej|europäische\\s{1,3}union|unione\\s{1,3}europea|europese\\s{1,3}unie)(?!\\p{L})',
  'iu',
);

/** Return windows stated in the text, in page order. */
export function returnWindowsInText(input: string): ReturnWindow[] {
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const out: ReturnWindow[] = [];
  for (const { days, businessDays, start, end } of durationsIn(text)) {
    if (out.length >= MAX_MATCHES) break;
    if (days < 1 || days > MAX_DAYS) continue;
    const [from, to] = sentenceAround(text, start, end, BEFORE_WINDOW, AFTER_WINDOW);
    if (topicOf(text, start, end, from, to) !== 'return') continue;
    const sentence = text.slice(from, to);
    const window: ReturnWindow = { days, text: cap(collapse(sentence)), businessDays, ...(EU_CONDITION.test(sentence) ? { euOnly: true } : {}) };
    if (!out.some((w) => w.days === window.days && w.text === window.text)) out.push(window);
  }
  return out;
}

/**
 * "We do not accept returns", "No se aceptan devoluciones", "Nie przyjmujemy zwrotów": a store that takes
 * nothing back. Exclusions of some goods ("we do not accept returns on sale items") do not count.
 */
const NO_RETURNS = letterRegExp(
  '(?<!\\p{L})(?:' +
    [
      "(?:we|we\\s{1,3}currently)\\s{1,3}(?:do\\s{1,3}not|don.t|cannot|can.t|are\\s{1,3}unable\\s{1,3}to)\\s{1,3}(?:accept|offer|take|allow|process)\\s{1,3}(?:any\\s{1,3})?returns?",
      'no\\s{1,3}returns?(?:\\s{1,3}(?:or|and|&)\\s{1,3}(?:exchanges?|refunds?))?\\s{0,3}(?:are\\s{1,3})?(?:accepted|allowed|possible)',
      'returns?\\s{1,3}(?:are|is)\\s{1,3}not\\s{1,3}(?:accepted|possible|allowed|offered)',
      'all\\s{1,3}sales\\s{1,3}(?:are\\s{1,3})?final',
      'nie\\s{1,3}(?:przyjmujemy|akceptujemy|prowadzimy)\\s{1,3}zwrotów',
      'zwroty?\\s{1,3}(?:nie\\s{1,3}(?:są|jest)\\s{1,3}(?:przyjmowane|możliwe|możliwy))',
      'no\\s{1,3}se\\s{1,3}(?:aceptan|admiten)\\s{1,3}devoluciones',
      'nous\\s{1,3}n.acceptons\\s{1,3}(?:pas|aucun)\\s{1,3}(?:de\\s{1,3}|les\\s{1,3})?retours?',
      'non\\s{1,3}(?:accettiamo|sono\\s{1,3}ammessi|si\\s{1,3}accettano)\\s{1,3}(?:i\\s{1,3})?resi',
      'wir\\s{1,3}(?:nehmen|akzeptieren)\\s{1,3}keine\\s{1,3}(?:rücksendungen|retouren|rückgaben)',
      'wij\\s{1,3}accepteren\\s{1,3}geen\\s{1,3}retour\\p{L}*',
      'vrácení\\s{1,3}(?:zboží\\s{1,3})?není\\s{1,3}možné',
      'возврат\\p{L}*\\s{1,3}(?:товара\\s{1,3})?не\\s{1,3}(?:принимается|производится|осуществляется)',
    ].join('|') +
    ')(?![^.\\n]{0,12}(?<!\\p{L})(?:on|for|of|na|für|pour|sur|per|para|en|op|voor|на|для)(?!\\p{L}))',
  'iu',
);

/** The sentence saying that returns are not accepted at all, if the text has one. */
export function noReturnsStatement(input: string): string | undefined {
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const m = NO_RETURNS.exec(text);
  if (!m) return undefined;
  const [from, to] = sentenceAround(text, m.index, m.index + m[0].length, BEFORE_WINDOW, AFTER_WINDOW);
  return cap(collapse(text.slice(from, to)));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function policyOf(p: Record<string, unknown>, owner: string): StructuredReturnPolicy {
  const rawCategory = [p.returnPolicyCategory].flat().find((v): v is string => typeof v === 'string');
  const category = rawCategory ? shortType(rawCategory) : undefined;
  const rawDays = [p.merchantReturnDays].flat()[0];
  const days = typeof rawDays === 'number' ? rawDays : typeof rawDays === 'string' && /^\s*\d{1,4}\s*$/.test(rawDays) ? Number(rawDays) : undefined;
  const parts = [category && `returnPolicyCategory ${category}`, days !== undefined && `merchantReturnDays ${days}`].filter(Boolean).join(', ');
  const text = `${owner}${parts ? `: ${parts}` : ''}`;
  if (category === 'MerchantReturnUnlimitedWindow') return { category: 'unlimited', text };
  if (category === 'MerchantReturnNotPermitted') return { category: 'not-permitted', text };
  const result: StructuredReturnPolicy = { category: category === 'MerchantReturnFiniteReturnWindow' || days !== undefined ? 'finite' : 'unspecified', text };
  if (days !== undefined && days > 0) result.days = days;
  return result;
}

/**
 * MerchantReturnPolicy items (on their own, or under an Organization's / Offer's hasMerchantReturnPolicy,
 * typed or not), with their category and merchantReturnDays.
 */
export function returnPoliciesFromStructuredData(items: StructuredItem[]): StructuredReturnPolicy[] {
  const out: StructuredReturnPolicy[] = [];
  const seen = new Set<string>();
  const add = (p: StructuredReturnPolicy) => {
    if (seen.has(p.text) || out.length >= MAX_MATCHES) return;
    seen.add(p.text);
    out.push(p);
  };
  for (const item of items) {
    if (item.types.includes('MerchantReturnPolicy')) add(policyOf(item.properties, 'MerchantReturnPolicy'));
    for (const v of valuesAt(item, 'hasMerchantReturnPolicy')) {
      // typed nested policies are items of their own and were read above
      if (isObject(v) && v['@type'] === undefined) add(policyOf(v, `${item.types[0] ?? 'Thing'}.hasMerchantReturnPolicy`));
    }
  }
  return out;
}
