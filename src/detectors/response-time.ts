/**
 * Promised reply times: "we reply within 12 hours", "odpowiadamy w ciągu 24 godzin", "ответим в течение
 * 15 минут", "atsakysime per 24 valandas", "Antwort innerhalb eines Werktages", "réponse sous 48 heures",
 * "respondemos en menos de 24 horas", "same day", "within minutes". English, Russian, Polish, Lithuanian,
 * German, French, Spanish.
 *
 * Shops state many durations (delivery, refunds, tracking); a duration is a reply time only when the
 * nearest topic word in its sentence is a reply word ("reply", "ответим", "Antwort"), not a delivery,
 * refund or processing word. Preferably the word before the duration, since that is what it qualifies.
 */
import { capText, collapse, sentenceAround } from './sentence.js';
import { letterRegExp } from './letters.js';

export interface ReplyPromise {
  /** The promise in hours: a (business) day is 24, minutes are fractions, a range counts as its upper end. */
  hours: number;
  /** The sentence part holding the promise (collapsed, capped). */
  text: string;
}

/** Promises sit in contact blocks and FAQ answers; a huge page is not read to its end. */
const MAX_SCAN = 300_000;
const MAX_MATCHES = 20;
const MAX_TEXT = 140;
/** How far a topic word may be from the duration, within the same sentence. */
const BEFORE_WINDOW = 90;
const AFTER_WINDOW = 60;
/** "Within minutes", "a few minutes": read as a quarter of an hour. */
const FEW_MINUTES_HOURS = 0.25;
/** Longer than this is not a reply promise but some other period (warranty, withdrawal). */
const MAX_HOURS = 24 * 60;

const PREPOSITIONS = [
  // en
  'within(?:\\s{1,3}the\\s{1,3}next)?', 'in\\s{1,3}(?:under|less\\s{1,3}than)', 'in', 'under', 'less\\s{1,3}than', 'up\\s{1,3}to', 'no\\s{1,3}later\\s{1,3}than', 'no\\s{1,3}more\\s{1,3}than', 'inside(?:\\s{1,3}of)?', 'max(?:imum)?',
  // pl
  'w\\s{1,3}ciągu(?:\\s{1,3}(?:maksymalnie|max\\.?|maks\\.?))?', 'w\\s{1,3}przeciągu', 'w\\s{1,3}czasie', 'najpóźniej\\s{1,3}w\\s{1,3}ciągu', 'maksymalnie', 'do',
  // ru
  'в\\s{1,3}течени[ея](?:\\s{1,3}(?:не\\s{1,3}более|максимум))?', 'в\\s{1,3}пределах', 'не\\s{1,3}более(?:\\s{1,3}чем)?', 'не\\s{1,3}позднее', 'не\\s{1,3}дольше', 'максимум', 'за', 'до',
  // lt
  'per(?:\\s{1,3}ne\\s{1,3}ilgiau\\s{1,3}kaip)?', 'ne\\s{1,3}vėliau\\s{1,3}(?:kaip|nei)(?:\\s{1,3}per)?', 'ne\\s{1,3}ilgiau\\s{1,3}kaip', 'iki',
  // de
  'innerhalb(?:\\s{1,3}(?:von|der\\s{1,3}nächsten))?', 'binnen', 'spätestens(?:\\s{1,3}(?:nach|in|innerhalb(?:\\s{1,3}von)?))?', 'bis\\s{1,3}zu', 'maximal',
  // fr
  'sous', 'dans\\s{1,3}les', 'en\\s{1,3}moins\\s{1,3}de', 'dans\\s{1,3}un\\s{1,3}délai\\s{1,3}(?:de|maximum\\s{1,3}de)', 'au\\s{1,3}plus\\s{1,3}tard\\s{1,3}(?:sous|dans)', 'd[’\']ici', 'en',
  // es
  'en\\s{1,3}menos\\s{1,3}de', 'en\\s{1,3}un\\s{1,3}plazo\\s{1,3}(?:máximo\\s{1,3})?de', 'dentro\\s{1,3}de', 'en\\s{1,3}un\\s{1,3}máximo\\s{1,3}de', 'antes\\s{1,3}de', 'en\\s{1,3}máximo',
  // nl
  'binnen(?:\\s{1,3}de)?', 'uiterlijk\\s{1,3}binnen', 'in\\s{1,3}minder\\s{1,3}dan',
  // cs
  'během', 'do', 'nejpozději\\s{1,3}do', 'za',
  // it
  'entro(?:\\s{1,3}(?:le|il|un))?', 'in\\s{1,3}meno\\s{1,3}di',
  // pt
  'em\\s{1,3}até', 'até', 'no\\s{1,3}prazo\\s{1,3}(?:máximo\\s{1,3})?de', 'no\\s{1,3}máximo\\s{1,3}(?:em\\s{1,3})?', 'em\\s{1,3}menos\\s{1,3}de', 'em',
  // sk
  'počas', 'v\\s{1,3}priebehu', 'najneskôr\\s{1,3}do', 'najneskôr\\s{1,3}(?:za|v\\s{1,3}priebehu)',
  // hu (postpositions follow the number: only "legkésőbb 24 órán belül" has a word before it)
  'legkésőbb', 'legfeljebb',
  // ro
  'în\\s{1,3}(?:maxim|cel\\s{1,3}mult|termen\\s{1,3}de)', 'în', 'maxim', 'până\\s{1,3}la',
  // bg
  'в\\s{1,3}рамките\\s{1,3}на', 'в\\s{1,3}срок\\s{1,3}до', 'не\\s{1,3}по-късно\\s{1,3}от',
  // sv
  'inom(?:\\s{1,3}loppet\\s{1,3}av)?', 'senast\\s{1,3}inom', 'på\\s{1,3}(?:under|mindre\\s{1,3}än)',
  // da, nb
  'inden(?:\\s{1,3}for)?', 'innen(?:\\s{1,3}for)?', 'i\\s{1,3}løbet\\s{1,3}af', 'i\\s{1,3}løpet\\s{1,3}av', 'senest\\s{1,3}(?:inden|innen)(?:\\s{1,3}for)?',
  // fi (mostly postpositions: "24 tunnin kuluessa", read below)
  'viimeistään',
  // et, lv (mostly postpositions too: "24 tunni jooksul", "24 stundu laikā")
  'hiljemalt', 'kuni', 'līdz', 'ne\\s{1,3}vēlāk\\s{1,3}kā',
  // el
  'εντός(?:\\s{1,3}(?:των|της))?', 'μέσα\\s{1,3}σε', 'το\\s{1,3}αργότερο\\s{1,3}(?:εντός|σε)', 'έως', 'σε',
  // hr, sl
  'протягом', 'впродовж', 'не\\s{1,3}пізніше(?:\\s{1,3}ніж)?',
  'u\\s{1,3}roku\\s{1,3}od', 'unutar', 'najkasnije\\s{1,3}(?:u\\s{1,3}roku\\s{1,3}od|za|v)', 'v\\s{1,3}roku(?:\\s{1,3}(?:največ|enega))?', 'v',
];

/** Number words that appear in reply promises; `few` words mean "a few". */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, 'twenty-four': 24, 'forty-eight': 48,
  jednego: 1, jeden: 1, jednej: 1, dwóch: 2, dwu: 2, trzech: 3,
  один: 1, одного: 1, одной: 1, одни: 1, одних: 1, двух: 2, трех: 3, трёх: 3,
  vienos: 1, vieną: 1, vienerių: 1, dviejų: 2, trijų: 3,
  ein: 1, eine: 1, einer: 1, eines: 1, einem: 1, zwei: 2, drei: 3,
  un: 1, une: 1, deux: 2, trois: 3,
  una: 1, uno: 1, dos: 2, tres: 3,
  één: 1, een: 1, twee: 2, drie: 3,
  jednoho: 1, jedné: 1, dvou: 2, tří: 3,
  due: 2, tre: 3,
  um: 1, dois: 2, duas: 2, três: 3,
  jedného: 1, dvoch: 2, troch: 3,
  egy: 1, két: 2, három: 3,
  o: 1, două: 2, trei: 3,
  един: 1, една: 1,
  en: 1, ett: 1, två: 2,
  et: 1, to: 2, én: 1,
  yhden: 1, kahden: 2, kolmen: 3,
  ühe: 1, kahe: 2, kolme: 3,
  vienas: 1, vienu: 1, divu: 2, divām: 2,
  μία: 1, μίας: 1, μιας: 1, ένα: 1, δύο: 2,
  jednog: 1, jednoga: 1, enega: 1, dveh: 2,
  однієї: 1, bir: 1, iki: 2,
};
const FEW_WORDS = ['few', 'a\\s{1,3}few', 'couple\\s{1,3}of', 'a\\s{1,3}couple\\s{1,3}of', 'kilku', 'kilkunastu', 'нескольких', 'пары', 'kelių', 'kelias', 'wenigen', 'weniger', 'quelques', 'pocos', 'unos', 'unas', 'algunos'];

const UNITS: { re: string; hours: number }[] = [
  { re: 'min(?:s|\\.)?|minutes?|minut\\p{L}*|минут\\p{L}*|мин\\.?|minuč\\p{L}*|minutę|minutos?|perc\\p{L}*|(?:de\\s{1,3})?minute|minuut\\p{L}*|minūt\\p{L}*|minūš\\p{L}*|λεπτ(?:ά|ών|ό)|хвилин\\p{L}*|dakika', hours: 1 / 60 },
  { re: 'h|hrs?|hours?|godzin\\p{L}*|godz\\.?|час\\p{L}*|ч\\.?|valand\\p{L}*|val\\.?|stunden?|std\\.?|heures?|horas?|hs|uur|hodin\\p{L}*|ore|ora|hodín|óra|órá\\p{L}*|(?:de\\s{1,3})?ore|oră|timm(?:e|ar)|timer?|tun(?:ti|nin|nissa|tia)|tunni|tund|stund\\p{L}*|ώρ\\p{L}*|ωρ(?:ών|ες)|sat(?:a|i)?|ur(?:ah|i|e|o)?|годин\\p{L}*|saat', hours: 1 },
  {
    re: 'business\\s{1,3}days?|working\\s{1,3}days?|(?:dni|dnia|dzień)\\s{1,3}robocz\\p{L}*|рабоч\\p{L}*\\s{1,3}(?:дн\\p{L}*|день|суток)|darbo\\s{1,3}dien\\p{L}*|werktag\\p{L}*|arbeitstag\\p{L}*|geschäftstag\\p{L}*|jours?\\s{1,3}ouvr\\p{L}*|días?\\s{1,3}(?:hábiles|laborables)|dias?\\s{1,3}(?:habiles|laborables)|werkdag(?:en)?|pracovní\\p{L}*\\s{1,3}(?:dn\\p{L}*|den)|giorn[oi]\\s{1,3}lavorativ[oi]|dias?\\s{1,3}úteis|pracovn\\p{L}*\\s{1,3}(?:dn\\p{L}*|deň|dňa)|munkanap\\p{L}*|(?:de\\s{1,3})?zile\\s{1,3}lucr[ăa]toare|zi\\s{1,3}lucr[ăa]toare|работн\\p{L}*\\s{1,3}(?:дни|ден|дена)|arbetsdag(?:ar|en)?|vardag(?:ar|en)?|hverdag(?:e|en)?|arbejdsdag(?:e|en)?|virkedag(?:er|en)?|arbeidsdag(?:er|en)?|arkipäiv\\p{L}*|työpäiv\\p{L}*|tööpäev\\p{L}*|darba\\s{1,3}dien\\p{L}*|εργάσιμ\\p{L}*\\s{1,3}(?:ημέρ|ημερ|μέρ)\\p{L}*|робоч\\p{L}*\\s{1,3}(?:дн\\p{L}*|день)|iş\\s{1,3}günü?|radn\\p{L}*\\s{1,3}dan\\p{L}*|delovn\\p{L}*\\s{1,3}(?:dni|dneh|dneva|dan\\p{L}*)',
    hours: 24,
  },
  { re: 'days?|dni|dnia|dzień|дн\\p{L}*|день|суток|сутки|dien\\p{L}*|d\\.|tag(?:e|en|es)?|jours?|j|días?|dias?|dag(?:en)?|dn(?:ů|y|í|e)|den|giorn[oi]|deň|dňa|nap(?:on|ig|ja)?|(?:de\\s{1,3})?zile|ден|дена|dagar|dage|dager|päiv\\p{L}*|vrk|päev\\p{L}*|(?:ημέρ|ημερ|μέρ)\\p{L}*|dana|dneh|dan|gün', hours: 24 },
  { re: 'weeks?|tygodni\\p{L}*|тиждень|недел\\p{L}*|savait\\p{L}*|woche\\p{L}*|semaines?|semanas?', hours: 168 },
];
const UNIT_TESTS = UNITS.map((u) => ({ re: letterRegExp(`^(?:${u.re})$`, 'iu'), hours: u.hours }));

const NUMBER = `\\d{1,3}(?:[.,]5)?|${Object.keys(NUMBER_WORDS).join('|')}`;
/** "within 24-48 hours", "w ciągu 1 dnia roboczego", "sous 24h", "innerhalb eines Werktages", "в течение часа". */
const DURATION = letterRegExp(
  `(?<![\\p{L}\\d])(?<prep>${PREPOSITIONS.join('|')})\\s{0,3}` +
    `(?:(?<low>\\d{1,3})\\s{0,3}(?:[-–—]|to|do|до|bis|à|a|iki)\\s{0,3})?` +
    `(?:(?<few>${FEW_WORDS.join('|')})\\s{1,3}|(?<n>${NUMBER})\\s{0,3}(?:\\(\\d{1,3}\\)\\s{0,3})?)?` +
    `(?<unit>${UNITS.map((u) => u.re).join('|')})(?!\\p{L})`,
  'giu',
);

/**
 * Hungarian and Finnish put the "within" after the number: "24 órán belül", "1 munkanapon belül",
 * "24 tunnin kuluessa", "yhden arkipäivän sisällä"; Estonian and Latvian too: "24 tunni jooksul", "24 stundu laikā".
 */
const POSTPOSITION = letterRegExp(
  `(?<![\\p{L}\\d])(?<n>${NUMBER})\\s{0,3}(?<unit>percen|órán|napon|munkanapon|minuutin|tunnin|päivän|arkipäivän|työpäivän|minuti|tunni|päeva|tööpäeva|minūšu|stundu|stundas|dienu|dienas|darba\\s{1,3}dien(?:u|as)|dakika|saat|gün|iş\\s{1,3}günü)\\s{1,3}(?:belül|kuluessa|sisällä|aikana|jooksul|laikā|içinde|içerisinde)(?!\\p{L})`,
  'giu',
);
const POSTPOSITION_HOURS: Record<string, number> = { percen: 1 / 60, minuutin: 1 / 60, minuti: 1 / 60, minūšu: 1 / 60, órán: 1, tunnin: 1, tunni: 1, stundu: 1, stundas: 1, dakika: 1 / 60, saat: 1 };

const SAME_DAY = letterRegExp(
  `(?<![\\p{L}])(?:` +
    [
      '(?:the\\s{1,3})?same(?:\\s{1,3}business|\\s{1,3}working)?\\s{1,3}day', '(?:the\\s{1,3})?next\\s{1,3}(?:business|working)\\s{1,3}day',
      'в\\s{1,3}тот\\s{1,3}же\\s{1,3}день', 'в\\s{1,3}день\\s{1,3}обращения', 'tego\\s{1,3}samego\\s{1,3}dnia', 'w\\s{1,3}dniu\\s{1,3}(?:zgłoszenia|otrzymania)',
      'tą\\s{1,3}pačią\\s{1,3}dieną', 'tos\\s{1,3}pačios\\s{1,3}dienos', '(?:noch\\s{1,3})?am\\s{1,3}(?:selben|gleichen)\\s{1,3}(?:tag|werktag)', 'le\\s{1,3}jour\\s{1,3}même', 'el\\s{1,3}mismo\\s{1,3}día',
    ].join('|') +
    `)(?!\\p{L})`,
  'giu',
);

const REPLY = letterRegExp(
  `(?<![\\p{L}])(?:` +
    [
      'repl(?:y|ies|ied)', 'respond\\p{L}*', 'responses?', 'answer\\p{L}*', 'get\\s{1,3}back\\s{1,3}to\\s{1,3}you', 'hear\\s{1,3}(?:back\\s{1,3})?from\\s{1,3}us', 'contact\\s{1,3}you', 'be\\s{1,3}in\\s{1,3}touch', 'call\\s{1,3}you\\s{1,3}back',
      'inquir\\p{L}*', 'enquir\\p{L}*', 'quer(?:y|ies)', 'tickets?',
      'ответ\\p{L}*', 'отвеч\\p{L}*', 'свяжемся', 'свяжется', 'перезвон\\p{L}*', 'обратн\\p{L}*\\s{1,3}связ\\p{L}*', 'обращени\\p{L}*', 'запрос\\p{L}*',
      'odpowi\\p{L}*', 'skontaktujemy', 'skontaktuje\\s{1,3}się\\s{1,3}z\\s{1,3}(?:tobą|państwem|panem|panią)', 'odezwiemy', 'oddzwoni\\p{L}*', 'zapytani\\p{L}*', 'zgłoszeni\\p{L}*',
      'atsaky\\p{L}*', 'atsakome', 'susisieksime', 'susisieks', 'paskambinsime', 'užklaus\\p{L}*',
      'antwort\\p{L}*', 'beantwort\\p{L}*', 'melden\\s{1,3}(?:uns|wir\\s{1,3}uns)', 'rückmeldung', 'zurückrufen', 'rückruf\\p{L}*', 'kontaktieren\\s{1,3}(?:wir\\s{1,3})?(?:sie|dich)(?!\\s{1,3}uns)', 'anfrage\\p{L}*',
      'répon\\p{L}*', 'repon\\p{L}*', 'recontact\\p{L}*', 'reviendr\\p{L}*\\s{1,3}vers\\s{1,3}vous', 'vous\\s{1,3}rappel\\p{L}*', 'demandes?',
      'respuestas?', 'contest\\p{L}*', 'nos\\s{1,3}pondremos\\s{1,3}en\\s{1,3}contacto', '(?:te|le)\\s{1,3}llamar\\p{L}*', 'consultas?',
      'antwoord\\p{L}*', 'beantwoord\\p{L}*', 'reageren', 'reactie', 'nemen\\s{1,3}(?:wij|we)\\s{1,3}contact', 'contact\\s{1,3}met\\s{1,3}(?:u|je)\\s{1,3}op', 'vragen',
      'odpov\\p{L}*', 'ozveme', 'kontaktujeme', 'dotaz\\p{L}*',
      'rispost\\p{L}*', 'rispond\\p{L}*', 'ricontatt\\p{L}*', 'richiest\\p{L}*',
      'respostas?', 'retorn(?:a|amos|aremos|ará|o)', 'entraremos\\s{1,3}em\\s{1,3}conta(?:c)?to', 'conta(?:c)?taremos', 'mensage(?:m|ns)', 'dúvidas',
      'odpovieme', 'odpoveď', 'otázk\\p{L}*', 'správ\\p{L}*',
      'răspun\\p{L}*', 'raspun\\p{L}*', '(?:vă|te)\\s{1,3}(?:vom\\s{1,3})?contact\\p{L}*', 'revenim', 'mesaj\\p{L}*', 'întrebări\\p{L}*',
      'отговор\\p{L}*', 'отговаря\\p{L}*', 'ще\\s{1,3}се\\s{1,3}свържем', 'свържем', 'запитван\\p{L}*', 'съобщени\\p{L}*',
      'svar\\p{L}*', 'återkommer', 'kontaktar\\s{1,3}(?:dig|er)', 'ärenden', 'frågor',
      'besvar\\p{L}*', 'vender\\s{1,3}tilbage', 'kommer\\s{1,3}tilbake', 'kontakter\\s{1,3}(?:dig|deg)', 'henvendelse\\p{L}*', 'spørgsmål', 'spørsmål',
      'відпов\\p{L}*', "зв['’ʼ]яжемося", 'звернен\\p{L}*', 'запит\\p{L}*',
      'yan[ıi]t\\p{L}*', 'cevap\\p{L}*', 'dönüş\\s{1,3}(?:yap\\p{L}*|sağla\\p{L}*)', 'size\\s{1,3}ulaş\\p{L}*', 'talep\\p{L}*',
      'odgovor\\p{L}*', 'odgovaramo', 'javit\\s{1,3}ćemo', 'kontaktirat\\s{1,3}ćemo', 'upit\\p{L}*', 'vprašanj\\p{L}*', 'sporočil\\p{L}*',
      'απ[αά]ντ\\p{L}*', '(?:θα\\s{1,3})?επικοινωνήσουμε', 'αιτήματ\\p{L}*', 'ερωτήσ\\p{L}*', 'μηνύματ\\p{L}*',
      'vastame', 'vastus\\p{L}*', 'võtame\\s{1,3}(?:teiega|sinuga)\\s{1,3}ühendust', 'päring\\p{L}*', 'küsimus\\p{L}*',
      'atbild\\p{L}*', 'sazināsimies', 'sazināsies', 'pieprasījum\\p{L}*', 'jautājum\\p{L}*', 'ziņojum\\p{L}*',
      'vastaa\\p{L}*', 'vastaus\\p{L}*', 'vastaamme', 'otamme\\s{1,3}yhteyttä', 'yhteydenot\\p{L}*', 'viest\\p{L}*', 'kysymy\\p{L}*',
      'válasz\\p{L}*', 'megválaszol\\p{L}*', 'felvesszük\\s{1,3}(?:önnel|veled)\\s{1,3}a\\s{1,3}kapcsolatot', 'visszahív\\p{L}*', 'megkeresés\\p{L}*', 'üzenet\\p{L}*', 'kérdés\\p{L}*',
    ].join('|') +
    `)(?!\\p{L})`,
  'giu',
);
/** Other things shops promise in hours or days. */
const BLOCK = letterRegExp(
  `(?<![\\p{L}])(?:` +
    [
      'deliver\\p{L}*', 'ship\\p{L}*', 'dispatch\\p{L}*', 'refund\\p{L}*', 'returns?', 'process\\p{L}*', 'tracking', 'arriv\\p{L}*', 'orders?',
      'достав\\p{L}*', 'отправ\\p{L}*', 'возврат\\p{L}*', 'вернем', 'вернём', 'заказ\\p{L}*',
      'dostaw\\p{L}*', 'wysył\\p{L}*', 'zwrot\\p{L}*', 'realizac\\p{L}*', 'przetwarz\\p{L}*', 'zamówieni\\p{L}*',
      'pristat\\p{L}*', 'išsiųs\\p{L}*', 'grąžin\\p{L}*', 'užsakym\\p{L}*',
      'liefer\\p{L}*', 'versand\\p{L}*', 'versend\\p{L}*', 'rückerstatt\\p{L}*', 'erstatt\\p{L}*', 'bestellung\\p{L}*', 'rücksend\\p{L}*',
      'livr\\p{L}*', 'expédi\\p{L}*', 'rembours\\p{L}*', 'commandes?',
      'entreg\\p{L}*', 'envío\\p{L}*', 'envio\\p{L}*', 'enviamos', 'reembols\\p{L}*', 'devoluci\\p{L}*', 'pedidos?',
      'devoluç\\p{L}*', 'encomend\\p{L}*', 'enviad\\p{L}*', 'estorn\\p{L}*', 'expedi\\p{L}*', 'despach\\p{L}*',
      'doruč\\p{L}*', 'doprav\\p{L}*', 'odoslan\\p{L}*', 'objednáv\\p{L}*', 'vráten\\p{L}*', 'expedíc\\p{L}*',
      'szállít\\p{L}*', 'kiszállít\\p{L}*', 'kézbesít\\p{L}*', 'rendelés\\p{L}*', 'visszatérít\\p{L}*', 'visszaküld\\p{L}*', 'feldolgoz\\p{L}*',
      'comand\\p{L}*', 'retur\\p{L}*', 'ramburs\\p{L}*', 'colet\\p{L}*',
      'поръчк\\p{L}*', 'изпра\\p{L}*', 'връщ\\p{L}*', 'възстанов\\p{L}*',
      'lever\\p{L}*', 'skicka\\p{L}*', 'frakt\\p{L}*', 'beställning\\p{L}*', 'återbetal\\p{L}*',
      'sendes', 'afsend\\p{L}*', 'fragt\\p{L}*', 'ordre\\p{L}*', 'bestilling\\p{L}*', 'tilbagebetal\\p{L}*', 'tilbakebetal\\p{L}*',
      'toimit\\p{L}*', 'lähet\\p{L}*', 'tilau\\p{L}*', 'hyvit\\p{L}*', 'palautu\\p{L}*',
      'tarn\\p{L}*', 'saade\\p{L}*', 'tellimus\\p{L}*', 'tagast\\p{L}*',
      'piegād\\p{L}*', 'nosūt\\p{L}*', 'pasūtījum\\p{L}*', 'atmaks\\p{L}*',
      'αποστ[έε]λλ\\p{L}*', 'αποστολ\\p{L}*', 'παράδοσ\\p{L}*', 'παραδ[ίι]δ\\p{L}*', 'παραγγελ\\p{L}*', 'επιστροφ\\p{L}*',
      'isporu\\p{L}*', 'narudžb\\p{L}*', 'šalje\\p{L}*', 'poslan\\p{L}*', 'povrat\\p{L}*', 'naročil\\p{L}*', 'pošlje\\p{L}*', 'odpošlj\\p{L}*', 'vračil\\p{L}*',
      'відправ\\p{L}*', 'замовлен\\p{L}*', 'поверн\\p{L}*', 'надсила\\p{L}*',
      'kargo\\p{L}*', 'teslim\\p{L}*', 'sipariş\\p{L}*', 'gönder\\p{L}*', 'iade\\p{L}*',
    ].join('|') +
    // "return requests", "Rückgabe-Anfragen": what is answered, not a delivery
    `)(?!\\p{L})(?![\\s-]+(?:requests?|inquir\\p{L}*|enquir\\p{L}*|questions?|quer(?:y|ies)|claims?|tickets?|e-?mails?|anfrage\\p{L}*|zapytani\\p{L}*|запрос\\p{L}*|demandes?|solicitud\\p{L}*))`,
  'giu',
);
/** "answer calls 24 hours a day" is availability, not a reply time. */
const AVAILABILITY_AFTER = /^\s*(?:a\s+day|per\s+day|\/\s*7|,?\s*7\s+days|na\s+dobę|w\s+tygodniu|в\s+сутки|в\s+день|per\s+parą|am\s+tag|täglich|par\s+jour|sur\s+24|al\s+día|del\s+día)/iu;
/** Without a preposition, a duration still counts after a label: "Response time: 24h", "Czas odpowiedzi: 1h". */
const REPLY_LABEL =
  '(?:response|reply)\\s{1,3}time|czas\\s{1,3}odpowiedzi|время\\s{1,3}ответа|atsakymo\\s{1,3}laikas|antwortzeit|reaktionszeit|délai\\s{1,3}de\\s{1,3}réponse|temps\\s{1,3}de\\s{1,3}réponse|tiempo\\s{1,3}de\\s{1,3}respuesta|tempo\\s{1,3}de\\s{1,3}resposta|prazo\\s{1,3}de\\s{1,3}resposta|doba\\s{1,3}odpovede|válaszidő|timp\\s{1,3}de\\s{1,3}răspuns|време\\s{1,3}за\\s{1,3}отговор|svarstid|vastausaika|vastamisaeg|atbildes\\s{1,3}laiks|χρόνος\\s{1,3}απόκρισης';
const LABELLED = letterRegExp(
  `(?<![\\p{L}])(?:${REPLY_LABEL})\\s{0,3}:?\\s{0,3}(?:(?:${NUMBER})\\s{0,3}[-–—]\\s{0,3})?(${NUMBER})\\s{0,3}(${UNITS.map((u) => u.re).join('|')})(?!\\p{L})`,
  'giu',
);
/** Units too short to stand without a number ("en j", "do h"). */
const ABBREVIATED_UNIT = /^(?:h|hs|hrs?|j|d\.|ч\.?|min[s.]?|мин\.?|val\.?|godz\.?|std\.?)$/iu;

const cap = (s: string): string => capText(s, MAX_TEXT);

/** The sentence around [start, end): cut at sentence punctuation followed by a space, or a line break. */

type Topic = 'reply' | 'other' | undefined;

/** The topic word nearest the duration: before it if there is one, else after it. */
function topicOf(text: string, start: number, end: number, from: number, to: number): Topic {
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const last = (re: RegExp, s: string): number => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) at = m.index + m[0].length;
    return at;
  };
  const first = (re: RegExp, s: string): number => {
    re.lastIndex = 0;
    return re.exec(s)?.index ?? -1;
  };
  const reply = last(REPLY, before);
  const block = last(BLOCK, before);
  if (reply >= 0 || block >= 0) return reply > block ? 'reply' : 'other';
  const replyAfter = first(REPLY, after);
  const blockAfter = first(BLOCK, after);
  if (replyAfter < 0 && blockAfter < 0) return undefined;
  if (replyAfter < 0) return 'other';
  return blockAfter < 0 || replyAfter < blockAfter ? 'reply' : 'other';
}

function unitHours(unit: string): number | undefined {
  const u = unit.replace(/\s+/g, ' ');
  return UNIT_TESTS.find((t) => t.re.test(u))?.hours;
}

function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const n = Number(word.replace(',', '.'));
  return Number.isFinite(n) ? n : NUMBER_WORDS[word.toLowerCase()];
}

/** Reply promises in a page's text, in the order they appear. */
export function replyPromisesInText(input: string): ReplyPromise[] {
  const text = input.length > MAX_SCAN ? input.slice(0, MAX_SCAN) : input;
  const found: { start: number; end: number; hours: number }[] = [];

  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m && found.length < MAX_MATCHES * 3; m = DURATION.exec(text)) {
    const g = m.groups ?? {};
    const per = unitHours(g.unit ?? '');
    if (per === undefined) continue;
    let count = g.few !== undefined ? (per < 1 ? FEW_MINUTES_HOURS / per : 3) : numberOf(g.n);
    if (count === undefined) {
      // no number: "в течение часа", "w ciągu dnia" is one unit, "within minutes" a few; abbreviations need their number
      if (ABBREVIATED_UNIT.test(g.unit!)) continue;
      count = per < 1 ? FEW_MINUTES_HOURS / per : 1;
    }
    const hours = Math.max(count, numberOf(g.low) ?? 0) * per;
    const end = m.index + m[0].length;
    if (hours <= 0 || hours > MAX_HOURS || AVAILABILITY_AFTER.test(text.slice(end, end + 20))) continue;
    found.push({ start: m.index, end, hours });
  }
  POSTPOSITION.lastIndex = 0;
  for (let m = POSTPOSITION.exec(text); m && found.length < MAX_MATCHES * 3; m = POSTPOSITION.exec(text)) {
    const unit = (m.groups?.unit ?? '').toLowerCase();
    const per = POSTPOSITION_HOURS[unit] ?? 24;
    const hours = (numberOf(m.groups?.n) ?? 0) * per;
    // "legkésőbb 24 órán belül" was read above with its preposition
    if (hours <= 0 || hours > MAX_HOURS || found.some((f) => f.start <= m!.index && f.end > m!.index)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, hours });
  }
  SAME_DAY.lastIndex = 0;
  for (let m = SAME_DAY.exec(text); m && found.length < MAX_MATCHES * 3; m = SAME_DAY.exec(text)) {
    found.push({ start: m.index, end: m.index + m[0].length, hours: 24 });
  }

  const out: ReplyPromise[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    if (out.length >= MAX_MATCHES) break;
    const [from, to] = sentenceAround(text, f.start, f.end, BEFORE_WINDOW, AFTER_WINDOW);
    if (topicOf(text, f.start, f.end, from, to) !== 'reply') continue;
    const promise = { hours: Math.round(f.hours * 1000) / 1000, text: cap(collapse(text.slice(from, to))) };
    // "within 24 hours, usually the same day" is one sentence and, at 24 hours, one promise
    if (!out.some((p) => p.hours === promise.hours && p.text === promise.text)) out.push(promise);
  }

  // "Response time: 24h" — a bare duration right after a reply-time label
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(text); m && out.length < MAX_MATCHES; m = LABELLED.exec(text)) {
    const per = unitHours(m[2] ?? '');
    const n = numberOf(m[1]);
    if (per === undefined || n === undefined) continue;
    const hours = Math.round(n * per * 1000) / 1000;
    if (hours <= 0 || hours > MAX_HOURS) continue; // "Response time: 0 h" promises nothing
    if (!out.some((p) => p.text.includes(collapse(m![0])))) out.push({ hours, text: cap(collapse(m[0])) });
  }
  return out;
}
