/**
 * Words that identify a link to each discoverable page role, per language: patterns for the link's
 * text and for its URL path. Compiled once at module load.
 *
 * Matching works on *folded* strings (see `fold`): lower case, diacritics stripped, ł→l, ß→ss,
 * digits removed, punctuation turned into spaces. Patterns are folded the same way when compiled, so
 * they can be written with their natural spelling ("Grąžinimas", "Häufige Fragen") and still match
 * text typed without diacritics. JavaScript's `\b` only knows ASCII word characters, so word
 * boundaries are Unicode lookarounds (`wordRe`).
 */
import type { DiscoverableRole } from '../snapshot.js';

/** Lower-cases and strips diacritics so "Grąžinimas", "Grazinimas" and "GRĄŽINIMAS" compare equal. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[łŁ]/gu, 'l')
    .replace(/ß/gu, 'ss')
    .replace(/[øØ]/gu, 'o')
    .replace(/[’‘`´ʼ]/gu, "'")
    .toLowerCase();
}

/**
 * Link text as the lexicon sees it: folded, numbers dropped ("Cart (2)", "Warenkorb 0",
 * "Корзина0"), punctuation and emoji turned into spaces; '&' and apostrophes kept ("Hilfe & Kontakt",
 * "centre d'aide").
 */
export function normalizeText(s: string): string {
  return fold(s)
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/\S+/gu, withoutAddress)
    .replace(/\p{N}+/gu, ' ')
    .replace(/[^\p{L}&']+/gu, ' ')
    // prices in cart widgets ("Warenkorb 0 EUR 0,00", "Корзина: 0 грн")
    .replace(CURRENCY_WORD, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * A word of link text without the address in it, which says nothing about the page ("pagalba@pirk.lt" is not
 * "Pagalba"): a word with an @ goes, and a web address from where it starts. One word at a time: `\S+@\S+`
 * over the whole text was retried from every character of a long run (a link of 200 KB took a minute).
 */
function withoutAddress(word: string): string {
  if (/\S@\S/u.test(word)) return ' ';
  const web = word.search(/https?:\/\/\S|www\.\S/u);
  return web === -1 ? word : `${word.slice(0, web)} `;
}

const CURRENCY_WORD = /(?<![\p{L}])(?:eur|usd|gbp|pln|zl|chf|sek|nok|dkk|czk|kc|huf|ron|lei|uah|rub|руб|р|грн|тг)(?![\p{L}])/gu;

/**
 * A word character of the texts these patterns run on. Link texts go through normalizeText and path
 * segments through the slug folding in discover.ts, so words are separated by nothing but spaces and
 * hyphens. Saying so, rather than [\p{L}\p{N}], matters: V8 takes about 0.3 ms to compile each Unicode
 * property class under /iu, and the lexicon has hundreds of patterns.
 */
const L = "[^\\s\\-'&]";

/**
 * A word-bounded, case-insensitive pattern over folded text. `stem` drops the right boundary, for German
 * compounds ("Versand" in "Versandkosten") and run-together URL slugs ("shippinginfo").
 */
export function wordRe(source: string, opts: { stem?: boolean } = {}): RegExp {
  // a stem still consumes the rest of its word, so "Versandkosten" is an exact match, not a prefix
  // folded text and folded patterns are both lower case: no /i, whose case tables cost more to compile than the match
  return new RegExp(`(?<!${L})(?:${foldPattern(source)})${opts.stem ? `${L}*` : `(?!${L})`}`, 'u');
}

/** `fold` for a regex source: escapes such as `\p{L}` and `\s` must keep their case. */
function foldPattern(source: string): string {
  return source
    .split(/(\\p\{[^}]*\}|\\.)/u)
    .map((part, i) => (i % 2 === 1 ? part : fold(part)))
    .join('');
}

export interface TextEntry {
  role: DiscoverableRole;
  /** Language code(s) of the phrase, for reasons: "pl", "de/pl". */
  lang: string;
  re: RegExp;
  /** 1 for a phrase that names the page outright; less for looser ones ("Customer service", "My orders"). */
  weight: number;
  /** Counts only when the phrase is the whole link text (ambiguous words like "Bag", "Оформить"). */
  exactOnly: boolean;
  /** Counts only at the start of the link text ("Cesta" but not "Cesta de Navidad" in the middle). */
  anchored: boolean;
}

interface PhraseGroup {
  lang: string;
  phrases: string[];
  weight?: number;
  exactOnly?: boolean;
  anchored?: boolean;
  stem?: boolean;
}

/* Link-text phrases. Written as regex sources: ' ' is one space in normalized text (hyphens and
 * slashes become spaces), `\p{L}*` extends a stem, `(?:…)?` marks optional words. */
const TEXT_PHRASES: Record<DiscoverableRole, PhraseGroup[]> = {
  contact: [
    {
      lang: 'en',
      phrases: ['contact us', 'contacts', 'contact (?:information|info|details|page|form)', 'get in touch', 'email us', 'write to us'],
    },
    { lang: 'en/fr/nl', phrases: ['contact'] },
    { lang: 'en', phrases: ['customer (?:service|care|support)'], weight: 0.75 },
    // "Support" alone is a nav item; inside a text it is usually a product word
    { lang: 'en', phrases: ['support'], weight: 0.75, exactOnly: true },
    { lang: 'de/pl', phrases: ['kontakt'] },
    { lang: 'pl', phrases: ['kontakty', 'skontaktuj sie(?: z nami)?', 'napisz do nas', 'formularz kontaktowy', 'dane kontaktowe'] },
    { lang: 'pl', phrases: ['obsługa klienta', 'biuro obsługi klienta'], weight: 0.75 },
    { lang: 'lt', phrases: ['kontaktai', 'susisiekite(?: su mumis)?', 'susisiekti', 'kontaktinė informacija'] },
    { lang: 'lt', phrases: ['klientų aptarnavimas'], weight: 0.75 },
    {
      lang: 'ru',
      phrases: ['контакты', 'контактная информация', 'связаться с нами', 'свяжитесь с нами', 'обратная связь', 'напишите нам', 'наши контакты'],
    },
    { lang: 'ru', phrases: ['служба поддержки', 'поддержка'], weight: 0.75 },
    { lang: 'uk', phrases: ['контакти', "зв'яжіться з нами", "зв'язатися з нами", "зворотний зв'язок", 'напишіть нам'] },
    { lang: 'de', phrases: ['kontakt aufnehmen', 'kontaktieren sie uns', 'kontaktformular', 'so erreichen sie uns'] },
    { lang: 'de', phrases: ['kundenservice', 'kundendienst'], weight: 0.75 },
    { lang: 'fr', phrases: ['contactez nous', 'nous contacter'] },
    { lang: 'fr', phrases: ['service client(?:s|èle)?'], weight: 0.75 },
    { lang: 'es/pt', phrases: ['contacto'] },
    { lang: 'es', phrases: ['contáctanos', 'contáctenos', 'contacta con nosotros', 'contactar'] },
    { lang: 'es', phrases: ['atención al cliente'], weight: 0.75 },
    { lang: 'it', phrases: ['contatti', 'contattaci', 'contatto'] },
    { lang: 'it', phrases: ['servizio clienti', 'assistenza clienti'], weight: 0.75 },
    { lang: 'nl', phrases: ['neem contact op', 'contactgegevens'] },
    { lang: 'nl', phrases: ['klantenservice'], weight: 0.75 },
    { lang: 'pt', phrases: ['contato', 'contacte nos', 'fale conosco'] },
    { lang: 'cs', phrases: ['kontakty?', 'kontaktujte nás', 'napište nám'] },
    { lang: 'cs', phrases: ['zákaznický servis', 'zákaznická podpora'], weight: 0.75 },
    { lang: 'pt', phrases: ['contatos', 'contactos', 'fale connosco', 'entre em conta(?:c)?to', 'contacte nos'] },
    { lang: 'pt', phrases: ['atendimento ao cliente', 'apoio ao cliente', 'central de atendimento'], weight: 0.75 },
    { lang: 'sk', phrases: ['kontaktujte nás', 'napíšte nám', 'kontaktné údaje', 'kontaktný formulár'] },
    { lang: 'sk', phrases: ['zákaznícky servis', 'zákaznícka podpora', 'zákaznícke centrum'], weight: 0.75 },
    { lang: 'hu', phrases: ['kapcsolat', 'elérhetőség(?:ek)?', 'kapcsolatfelvétel', 'lépjen kapcsolatba velünk', 'írjon nekünk', 'kapcsolat(?: &| és)? elérhetőség(?:ek)?'] },
    { lang: 'hu', phrases: ['ügyfélszolgálat'], weight: 0.75 },
    { lang: 'ro', phrases: ['contactează ne', 'contactați ne', 'date de contact', 'formular de contact', 'scrie ne', 'contactul'] },
    { lang: 'ro', phrases: ['relații (?:cu )?clienți(?:i)?', 'serviciul clienți', 'asistență clienți'], weight: 0.75 },
    { lang: 'bg', phrases: ['свържете се с нас', 'връзка с нас', 'пишете ни', 'контакт'] },
    { lang: 'bg', phrases: ['обслужване на клиенти'], weight: 0.75 },
    { lang: 'sv', phrases: ['kontakta oss', 'kontaktuppgifter', 'kontaktformulär'] },
    { lang: 'sv', phrases: ['kundservice', 'kundtjänst'], weight: 0.75 },
    { lang: 'da/nb', phrases: ['kontakt os', 'kontakt oss', 'kontaktoplysninger', 'kontaktinformasjon', 'skriv til os'] },
    { lang: 'da/nb', phrases: ['kundeservice', 'kundesenter'], weight: 0.75 },
    { lang: 'fi', phrases: ['ota yhteyttä', 'yhteystiedot', 'yhteydenotto(?:lomake)?'] },
    { lang: 'fi', phrases: ['asiakaspalvelu'], weight: 0.75 },
    { lang: 'et', phrases: ['võta meiega ühendust', 'kontaktandmed', 'kirjuta meile'] },
    { lang: 'et', phrases: ['klienditeenindus'], weight: 0.75 },
    { lang: 'lv', phrases: ['kontakti', 'sazinies ar mums', 'sazinieties ar mums', 'kontaktinformācija', 'raksti mums'] },
    { lang: 'lv', phrases: ['klientu apkalpošana'], weight: 0.75 },
    { lang: 'el', phrases: ['επικοινωνία', 'επικοινωνήστε μαζί μας', 'στοιχεία επικοινωνίας', 'φόρμα επικοινωνίας'] },
    { lang: 'el', phrases: ['εξυπηρέτηση πελατών'], weight: 0.75 },
    { lang: 'hr/sl', phrases: ['kontaktirajte nas', 'pišite nam', 'javite nam se', 'kontakt podaci', 'kontaktni podatki'] },
    { lang: 'hr/sl', phrases: ['korisnička podrška', 'služba za korisnike', 'pomoč kupcem', 'služba za stranke'], weight: 0.75 },
    { lang: 'uk', phrases: ['служба підтримки', 'підтримка'], weight: 0.75 },
    { lang: 'tr', phrases: ['iletişim', 'bize ulaşın', 'bize yazın', 'iletişim formu'] },
    { lang: 'tr', phrases: ['müşteri hizmetleri'], weight: 0.75 },
  ],
  faq: [
    {
      lang: 'en',
      phrases: ['faqs?', 'f a q', 'help', 'help (?:centre|center|desk)', 'need help', 'frequently asked questions', 'questions & answers', 'q&a'],
    },
    /* "Help" in most languages is also an ordinary noun that starts category names ("Pagalba judėjimui" =
     * mobility aids, "Aide auditive" = hearing aids): alone it counts, inside a longer text only in the
     * listed phrases. */
    { lang: 'pl/lt/ru/uk/fr/es/it/nl/pt', phrases: ['pomoc', 'pagalba', 'помощь', 'допомога', 'aide', 'ayuda', 'aiuto', 'hulp', 'ajuda'], exactOnly: true },
    { lang: 'pl', phrases: ['pomoc i kontakt', 'centrum pomocy', '(?:najczęściej|często) zadawane pytania', 'pytania i odpowiedzi'] },
    { lang: 'lt', phrases: ['duk', 'd u k', 'dažniausiai užduodami klausimai', 'dažnai užduodami klausimai', 'pagalba klientams', 'pagalbos centras', 'klausimai ir atsakymai'] },
    {
      lang: 'ru',
      phrases: ['частые вопросы', 'часто задаваемые вопросы', 'вопросы и ответы', 'вопрос ответ', 'помощь покупател(?:ю|ям)', 'справка', 'чаво'],
    },
    { lang: 'uk', phrases: ['часті питання', 'поширені запитання', 'питання та відповіді', 'допомога покупцям'] },
    {
      lang: 'de',
      phrases: ['hilfe', 'hilfe ?center', 'häufige fragen', 'häufig gestellte fragen', 'fragen & antworten', 'fragen und antworten'],
    },
    { lang: 'fr', phrases: ["centre d'aide", "besoin d'aide", 'aide (?:&|et) contact', 'foire aux questions', 'questions fréquentes'] },
    { lang: 'es', phrases: ['centro de ayuda', 'ayuda (?:&|y) contacto', 'preguntas frecuentes'] },
    { lang: 'it', phrases: ['domande frequenti', 'centro assistenza'] },
    { lang: 'nl', phrases: ['veelgestelde vragen'] },
    { lang: 'pt', phrases: ['central de ajuda', 'centro de ajuda', 'perguntas frequentes'] },
    { lang: 'cs', phrases: ['časté dotazy', 'nejčastější dotazy', 'často kladené otázky', 'otázky a odpovědi', 'nápověda'] },
    { lang: 'nl', phrases: ['vaak gestelde vragen', 'veel gestelde vragen'] },
    { lang: 'pt', phrases: ['dúvidas frequentes', 'perguntas mais frequentes', 'ajuda (?:&|e) contacto', 'centro de apoio'] },
    { lang: 'sk', phrases: ['časté otázky', 'najčastejšie (?:kladené )?otázky', 'často kladené otázky', 'otázky a odpovede', 'centrum pomoci'] },
    { lang: 'hu', phrases: ['gyik', 'gy i k', 'gyakori kérdések', 'gyakran ismételt kérdések', 'kérdések és válaszok', 'súgó'] },
    { lang: 'hu', phrases: ['segítség'], exactOnly: true },
    { lang: 'ro', phrases: ['întrebări frecvente', 'centru de ajutor', 'întrebări și răspunsuri'] },
    { lang: 'ro/sv/bg', phrases: ['ajutor', 'hjälp', 'помощ'], exactOnly: true },
    { lang: 'bg', phrases: ['често задавани въпроси', 'въпроси и отговори', 'чзв'] },
    { lang: 'sv', phrases: ['vanliga frågor', 'frågor (?:och|&) svar', 'hjälpcenter'] },
    { lang: 'da/nb', phrases: ['ofte stillede spørgsmål', 'ofte stilte spørsmål', 'spørgsmål og svar', 'spørsmål og svar'] },
    { lang: 'da/nb/fi', phrases: ['hjælp', 'hjelp', 'apua'], exactOnly: true },
    { lang: 'fi', phrases: ['usein kysyt(?:yt|tyä)(?: kysymykset)?', 'ukk', 'kysymykset ja vastaukset'] },
    { lang: 'et', phrases: ['korduma kippuvad küsimused', 'kkk', 'küsimused ja vastused'] },
    { lang: 'et/lv', phrases: ['abi', 'palīdzība'], exactOnly: true },
    { lang: 'lv', phrases: ['biežāk uzdotie jautājumi', 'bieži uzdotie jautājumi', 'buj', 'jautājumi un atbildes'] },
    { lang: 'el', phrases: ['συχνές ερωτήσεις', 'ερωτήσεις (?:και|&) απαντήσεις', 'κέντρο βοήθειας'] },
    { lang: 'el', phrases: ['βοήθεια'], exactOnly: true },
    { lang: 'hr', phrases: ['česta pitanja', 'najčešća pitanja', 'pitanja i odgovori'] },
    { lang: 'sl', phrases: ['pogosta vprašanja', 'vprašanja in odgovori'] },
    { lang: 'tr', phrases: ['s[ıi]kça sorulan sorular', 'sss', 'yard[ıi]m merkezi'] },
    { lang: 'tr', phrases: ['yard[ıi]m'], exactOnly: true },
  ],
  returns: [
    {
      lang: 'en',
      // "Return to shop" / "Return to cart" are back links, not the policy.
      phrases: [
        'returns?(?! to)',
        'returns? (?:policy|&|and) ?(?:refunds?|exchanges?)?',
        'refunds?',
        'refund policy',
        'exchanges?',
        'start a return',
        'return an item',
        'returns? & exchanges?',
      ],
    },
    {
      lang: 'pl',
      phrases: ['zwroty?', 'zwrot towaru', 'polityka zwrotów', 'zwroty i reklamacje', 'reklamacje i zwroty', 'odstąpienie od umowy', 'prawo odstąpienia(?: od umowy)?'],
    },
    { lang: 'pl', phrases: ['reklamacje?'], weight: 0.8 },
    {
      lang: 'lt',
      phrases: ['grąžinimas', 'prekių grąžinimas', 'grąžinimo (?:politika|sąlygos|taisyklės)', 'prekių grąžinimas ir keitimas', 'grąžinimas ir keitimas'],
    },
    { lang: 'ru', phrases: ['возврат', 'возврат товара', 'обмен и возврат', 'возврат и обмен', 'обмен', 'условия возврата'] },
    { lang: 'uk', phrases: ['повернення', 'обмін (?:та|і) повернення', 'політика повернення'] },
    { lang: 'de', phrases: ['rücksend', 'rückgabe', 'retoure', 'widerruf', 'rückerstattung', 'rückversand'], stem: true },
    { lang: 'de', phrases: ['umtausch'] },
    {
      lang: 'fr',
      phrases: ['retours', 'politique de retours?', 'retours? (?:et|&) échanges?', 'échanges? (?:et|&) retours?', 'remboursements?', 'politique de remboursement', 'droit de rétractation', 'rétractation'],
    },
    {
      lang: 'es',
      phrases: ['devoluciones', 'devolución', 'política de devoluci(?:ón|ones)', 'cambios y devoluciones', 'desistimiento'],
    },
    { lang: 'es/pt', phrases: ['reembolsos?', 'política de reembolso'] },
    { lang: 'it', phrases: ['resi', 'reso', 'rimbors[oi]', 'politica di rimborso', 'diritto di recesso', 'recesso'] },
    { lang: 'nl', phrases: ['retourneren', 'retouren', 'retourbeleid', 'terugbetalingsbeleid', 'herroepingsrecht'] },
    { lang: 'pt', phrases: ['devoluções', 'trocas e devoluções'] },
    { lang: 'cs', phrases: ['vrácení(?: zboží)?', 'reklamace a vrácení(?: zboží)?', 'vrácení a reklamace', 'odstoupení od (?:kupní )?smlouvy', 'reklamační řád'] },
    { lang: 'cs', phrases: ['reklamace'], weight: 0.8 },
    { lang: 'it', phrases: ['modulo (?:di )?reso', 'resi e rimborsi', 'resi e cambi'] },
    { lang: 'nl', phrases: ['retour', 'ruilen en retourneren', 'retour en ruilen'] },
    {
      lang: 'pt',
      phrases: ['devolução', 'trocas', 'troca e devolução', 'trocas e devoluções', 'política de (?:devolução|devoluções|trocas)(?: e devoluções)?', 'direito de arrependimento', '(?:direito de )?livre resolução'],
    },
    {
      lang: 'sk',
      phrases: ['vrátenie(?: tovaru)?', 'výmena a vrátenie(?: tovaru)?', 'vrátenie a výmena(?: tovaru)?', 'reklamácie a vrátenie(?: tovaru)?', 'odstúpenie od (?:kúpnej )?zmluvy', 'reklamačný poriadok'],
    },
    { lang: 'sk', phrases: ['reklamácie?'], weight: 0.8 },
    {
      lang: 'hu',
      phrases: ['visszaküldés', 'termékvisszaküldés', 'visszaküldési (?:feltételek|szabályzat|információk)', 'csere(?: és|,)? visszaküldés', 'elállás', 'elállási (?:jog|nyilatkozat)', 'visszatérítés', 'elállás (?:és|&) visszaküldés'],
    },
    { lang: 'hu', phrases: ['garancia(?: és|,)? (?:reklamáció|szavatosság)', 'reklamáció'], weight: 0.8 },
    {
      lang: 'ro',
      phrases: ['retur', 'retururi', 'returnare(?: produse)?', 'returnarea produselor', 'politica de retur(?:nare)?', 'retur (?:și|&) schimb', 'schimb (?:și|&) retur', 'dreptul de retragere', 'rambursare'],
    },
    {
      lang: 'bg',
      phrases: ['връщане(?: на (?:стоки|стока|продукти))?', 'политика за връщане', 'връщане (?:и|&) замяна', 'замяна (?:и|&) връщане', 'отказ от договора', 'право на отказ'],
    },
    { lang: 'bg', phrases: ['рекламации'], weight: 0.8 },
    { lang: 'sv', phrases: ['returer?', 'returnera', 'returpolicy', 'byten? (?:och|&) returer?', 'returer? (?:och|&) byten?', 'ångerrätt', 'öppet köp'] },
    { lang: 'sv', phrases: ['reklamation(?:er)?'], weight: 0.8 },
    { lang: 'da', phrases: ['returnering', 'returret', 'fortrydelsesret', 'returpolitik', 'bytte (?:og|&) retur', 'retur (?:og|&) bytte'] },
    { lang: 'nb', phrases: ['angrerett', 'returrett', 'retur (?:og|&) bytte', 'bytte (?:og|&) retur'] },
    { lang: 'nb', phrases: ['reklamasjon'], weight: 0.8 },
    { lang: 'fi', phrases: ['palautu', 'peruutusoikeus', 'vaihto (?:ja|&) palautus'], stem: true },
    { lang: 'fi', phrases: ['reklamaatio(?:t)?'], weight: 0.8 },
    { lang: 'et', phrases: ['tagast', 'taganemisõigus', 'vahetus (?:ja|&) tagast'], stem: true },
    { lang: 'lv', phrases: ['(?:preču )?atgriešana', 'atgriešana (?:un|&) (?:ap)?maiņa', 'atgriešanas (?:noteikumi|politika)', 'atteikuma tiesības'] },
    {
      lang: 'el',
      phrases: ['επιστροφές', 'επιστροφή(?: προϊόντων)?', 'πολιτική επιστροφών', 'αλλαγές (?:και|&) επιστροφές', 'επιστροφές (?:και|&) αλλαγές', '(?:δικαίωμα )?υπαναχώρησης?'],
    },
    { lang: 'hr', phrases: ['povrat(?: robe| proizvoda)?', 'povrat i zamjena', 'zamjena i povrat', '(?:jednostrani )?raskid ugovora', 'pravo na raskid(?: ugovora)?'] },
    { lang: 'sl', phrases: ['vračil[oa](?: blaga| izdelkov)?', 'vračilo in zamenjava', 'zamenjava in vračilo', 'odstop od pogodbe', 'pravica do odstopa'] },
    { lang: 'hr/sl', phrases: ['reklamacij[ae]'], weight: 0.8 },
    { lang: 'tr', phrases: ['iade', 'iade (?:ve|&) değişim', 'değişim (?:ve|&) iade', 'iade (?:koşulları|politikası|şartları)', 'iade ve değişim (?:koşulları|şartları)', 'cayma hakkı'] },
  ],
  shipping: [
    {
      lang: 'en',
      phrases: [
        'shipping',
        'shipping (?:policy|information|info|rates|costs)',
        'delivery',
        'delivery (?:policy|information|info|options|times)',
        'postage',
        'shipping & delivery',
      ],
    },
    {
      lang: 'pl',
      phrases: ['dostawa', 'wysyłka', '(?:koszty?|czas|formy|sposoby|warunki) (?:dostawy|wysyłki)', 'polityka wysyłki', 'dostawa i płatność', 'płatność i dostawa'],
    },
    { lang: 'lt', phrases: ['pristatymas', 'prekių pristatymas', 'pristatymo (?:sąlygos|informacija|kaina|būdai)', 'siuntimas'] },
    { lang: 'ru/uk', phrases: ['доставка'] },
    { lang: 'ru', phrases: ['доставка и оплата', 'оплата и доставка', '(?:условия|способы|стоимость) доставки'] },
    { lang: 'uk', phrases: ['політика доставки', 'доставка (?:та|і) оплата', 'оплата (?:та|і) доставка'] },
    { lang: 'de', phrases: ['versand', 'liefer'], stem: true },
    { lang: 'fr', phrases: ['livraison', 'modes? de livraison', 'modalités (?:de )?livraison', 'frais de (?:port|livraison)', 'expédition', "politique d'expédition"] },
    { lang: 'es', phrases: ['envíos', 'gastos de envío'] },
    { lang: 'es/pt', phrases: ['envío', 'política de envío'] },
    { lang: 'es/pt', phrases: ['entrega'] },
    { lang: 'it', phrases: ['spedizion[ei]', 'politica di spedizione', 'consegna'] },
    { lang: 'nl', phrases: ['verzending', 'verzendbeleid', 'verzendkosten', 'levering', 'bezorging'] },
    { lang: 'pt', phrases: ['portes'] },
    { lang: 'cs', phrases: ['doprava', 'doprava a platba', 'platba a doprava', 'doručení', 'dodání', 'způsoby dopravy'] },
    { lang: 'nl', phrases: ['levering(?:en)? (?:&|en) (?:ophaling|retour)', 'leveringskosten', 'levertijd(?:en)?', 'verzendinformatie'] },
    { lang: 'pt', phrases: ['envios', 'entregas', 'frete', 'portes de envio', 'prazos? de entrega', '(?:formas|modos|métodos|custos) de (?:envio|entrega)', 'envio e entrega', 'política de (?:envio|entrega)'] },
    { lang: 'sk', phrases: ['doručenie', 'doprava a platba', 'platba a doprava', 'spôsoby? (?:dopravy|doručenia)', 'poštovné', 'dodanie tovaru', 'cena dopravy'] },
    { lang: 'hu', phrases: ['szállítás', 'kiszállítás', 'házhozszállítás', 'szállítási (?:információk|feltételek|díjak?|módok|idő)', 'szállítás (?:és|&) fizetés', 'fizetés (?:és|&) szállítás'] },
    { lang: 'ro', phrases: ['livrare', 'livrarea (?:produselor|comenzilor)', 'livrare (?:și|&) plată', 'plată (?:și|&) livrare', 'informații (?:de )?livrare', '(?:costuri|modalități|metode|taxe) de livrare', 'expediere'] },
    // "Transport" is also a toy or a category: only as the whole link
    { lang: 'ro', phrases: ['transport'], exactOnly: true },
    { lang: 'bg', phrases: ['доставка (?:и|&) плащане', 'плащане (?:и|&) доставка', '(?:условия|начини|цени) (?:за|на) доставка'] },
    { lang: 'sv', phrases: ['frakt', 'leverans', 'leveransinformation', 'frakt (?:och|&) leverans', 'leverans(?:tider|villkor)', 'fraktkostnad(?:er)?', 'frakt(?:information|villkor)'] },
    { lang: 'da/nb', phrases: ['fragt', 'forsendelse', 'fragtpriser', 'fraktpriser', 'levering (?:og|&) (?:fragt|frakt|betaling)', '(?:fragt|frakt) (?:og|&) levering', 'leveringstid(?:er)?', 'leveringsinformasjon'] },
    // not "Toimitusehdot": Finnish shops call their terms and conditions that
    { lang: 'fi', phrases: ['toimitus', 'toimitukset', 'toimitustavat', 'toimitusaika', 'toimituskulut', 'toimitus (?:ja|&) maksu(?:tavat)?', 'maksu (?:ja|&) toimitus(?:tavat)?', 'postikulut'] },
    { lang: 'et', phrases: ['tarne', 'kohaletoimetamine', 'saatmine', 'tarne (?:ja|&) maksmine', 'maksmine (?:ja|&) tarne'] },
    { lang: 'et', phrases: ['tarne'], stem: true },
    { lang: 'lv', phrases: ['piegāde', 'piegādes (?:noteikumi|informācija|cenas|veidi|laiks)', 'piegāde (?:un|&) apmaksa', 'apmaksa (?:un|&) piegāde'] },
    { lang: 'el', phrases: ['αποστολ(?:ή|ές)', '(?:τρόποι|κόστος|χρόνος) αποστολής', 'μεταφορικά', 'παράδοση', 'αποστολή (?:και|&) παράδοση'] },
    { lang: 'hr/sl', phrases: ['dostava', 'dostava i plaćanje', 'dostava in plačilo', 'načini dostave', 'troškovi dostave', 'stroški dostave', 'isporuka', 'poštnina'] },
    { lang: 'tr', phrases: ['kargo', 'teslimat', 'kargo (?:ve|&) teslimat', 'teslimat (?:ve|&) kargo', 'kargo (?:bilgileri|ücretleri)', 'teslimat (?:bilgileri|koşulları)'] },
  ],
  cart: [
    { lang: 'en', phrases: ['cart', '(?:shopping|my|view|your) (?:cart|basket|bag)', 'basket', 'view ?cart'] },
    // "Bag" is also a product word ("Tote bag"): only when the link says just that.
    { lang: 'en', phrases: ['bag'], exactOnly: true },
    { lang: 'pl', phrases: ['koszyk', '(?:mój|twój) koszyk', '(?:przejdź )?do koszyka'] },
    { lang: 'lt', phrases: ['krepšelis', '(?:mano|jūsų) krepšelis', 'į krepšelį'] },
    { lang: 'ru', phrases: ['корзина', '(?:моя|ваша) корзина', '(?:перейти )?в корзину'] },
    { lang: 'uk', phrases: ['кошик', '(?:мій|ваш) кошик'] },
    { lang: 'de', phrases: ['(?:zum )?warenkorb', 'einkaufswagen'] },
    { lang: 'fr', phrases: ['(?:mon |voir (?:le |mon )?)?panier'] },
    { lang: 'es', phrases: ['(?:mi |ver (?:el )?|ir al )?carrito'] },
    { lang: 'es/pt', phrases: ['(?:mi )?cesta', 'cesto'], anchored: true },
    { lang: 'it', phrases: ['carrello'] },
    { lang: 'nl', phrases: ['winkelwagen', 'winkelmand(?:je)?', 'mandje'] },
    { lang: 'pt', phrases: ['carrinho(?: de compras)?'] },
    { lang: 'cs', phrases: ['košík', 'nákupní košík'] },
    { lang: 'pt', phrases: ['(?:o )?meu carrinho', 'ver carrinho', 'cesto de compras'] },
    // "Sacola" is also a product ("Sacola de praia"): only as the whole link
    { lang: 'pt', phrases: ['sacola', 'minha sacola'], exactOnly: true },
    { lang: 'sk', phrases: ['nákupný košík', 'môj košík', '(?:prejsť )?do košíka'] },
    // not "Kosárba" (the add-to-cart button): wordRe needs the word to end
    { lang: 'hu', phrases: ['kosár', 'kosaram', 'a kosaram', 'kosár megtekintése', 'bevásárlókosár'] },
    { lang: 'ro', phrases: ['coș(?:ul)?(?: meu| de cumpărături)?', 'vezi coșul'] },
    { lang: 'bg', phrases: ['количка', '(?:моята|вашата) количка', 'кошница'] },
    { lang: 'sv', phrases: ['varukorg(?:en)?', 'kundvagn(?:en)?', 'min varukorg'] },
    { lang: 'da/nb', phrases: ['indkøbskurv', 'handlekurv(?:en)?', 'handlevogn(?:en)?', '(?:min|din|se) (?:kurv|handlekurv)'] },
    // "Kurv" and "Kori" are also products (a wicker basket): only as the whole link
    { lang: 'da/nb/fi', phrases: ['kurv', 'kori'], exactOnly: true },
    { lang: 'fi', phrases: ['ostoskori(?:si)?'] },
    { lang: 'et', phrases: ['ostukorv', 'minu ostukorv'] },
    { lang: 'lv', phrases: ['grozs', '(?:iepirkumu|mans) grozs'] },
    { lang: 'el', phrases: ['καλάθι(?: αγορών)?', 'το καλάθι μου'] },
    { lang: 'hr/sl', phrases: ['košarica', '(?:moja|nakupovalna) košarica'] },
    // not "Sepete ekle" (add to cart): "sepet" must end the word
    { lang: 'tr', phrases: ['sepet(?:im)?', 'sepete git', 'alışveriş sepeti(?:m)?'] },
  ],
  checkout: [
    { lang: 'en', phrases: ['checkout', 'check out', '(?:proceed|go|continue) to checkout', 'secure checkout'] },
    // not "Złóż zamówienie": stores also use it for "order and create an account" links
    { lang: 'pl', phrases: ['kasa', '(?:przejdź )?do kasy'] },
    { lang: 'lt', phrases: ['atsiskaityti', 'apmokėti'], anchored: true },
    { lang: 'ru', phrases: ['оформить заказ', 'оформление заказа', 'перейти к оформлению(?: заказа)?'] },
    // Bare "Оформить" is the cart widget's checkout button; longer texts ("Оформить подписку") are not.
    { lang: 'ru', phrases: ['оформить'], exactOnly: true },
    { lang: 'uk', phrases: ['оформити замовлення', 'оформлення замовлення'] },
    { lang: 'de', phrases: ['kasse', 'zur kasse(?: gehen)?'] },
    // "Paiement" alone is usually the payment-methods info page, so it is not listed.
    { lang: 'fr', phrases: ['commander', 'passer (?:la |ma )?commande', 'valider (?:la |ma )?commande', 'finaliser (?:la |ma )?commande'] },
    { lang: 'es', phrases: ['finalizar (?:la )?compra', 'tramitar (?:el )?pedido', 'realizar pedido'] },
    { lang: 'it', phrases: ['cassa', 'vai alla cassa', "procedi all'acquisto", 'procedi al checkout'] },
    { lang: 'nl', phrases: ['afrekenen', 'naar de kassa', 'kassa'] },
    { lang: 'pt', phrases: ['finalizar compra', 'finalizar encomenda'] },
    { lang: 'cs', phrases: ['pokladna', 'k pokladně', 'dokončit objednávku'] },
    { lang: 'pt', phrases: ['finalizar (?:o )?pedido', 'fechar pedido', 'concluir compra', 'ir para o checkout'] },
    { lang: 'sk', phrases: ['pokladňa', 'k pokladni', 'prejsť k pokladni', 'dokončiť objednávku'] },
    { lang: 'hu', phrases: ['pénztár', 'tovább a pénztárhoz', 'a pénztárhoz', 'rendelés leadása', 'tovább a fizetéshez'] },
    { lang: 'ro', phrases: ['finalizează comanda', 'finalizare comandă', 'plasează comanda', 'spre finalizare'] },
    { lang: 'bg', phrases: ['към касата', 'каса', 'завърши поръчката', 'завършване на поръчката', 'приключи поръчката'] },
    { lang: 'sv', phrases: ['kassan', '(?:gå )?till kassan', 'slutför (?:köpet|beställningen)'] },
    { lang: 'da/nb', phrases: ['kassen', '(?:gå )?til kassen'] },
    { lang: 'fi', phrases: ['kassalle', 'siirry kassalle'] },
    { lang: 'et', phrases: ['kassasse', 'mine kassasse', 'vormista tellimus'] },
    { lang: 'lv', phrases: ['noformēt pasūtījumu', 'pasūtījuma noformēšana', 'uz kasi'] },
    { lang: 'el', phrases: ['ολοκλήρωση (?:αγοράς|παραγγελίας)', 'ταμείο', '(?:μετάβαση|προχωρήστε) στο ταμείο'] },
    { lang: 'hr/sl', phrases: ['blagajna', 'na blagajn[uo]', 'završi kupnju', 'dovrši narudžbu', 'zaključi nakup', 'oddaj naročilo'] },
    { lang: 'tr', phrases: ['ödemeye geç', 'siparişi tamamla', 'alışverişi tamamla'] },
  ],
  'order-tracking': [
    {
      lang: 'en',
      phrases: [
        'track (?:(?:your|my|an) )?(?:order|package|parcel|shipment)s?',
        'order (?:status|tracking|lookup)',
        'tracking',
        'where is my order',
        'track & trace',
      ],
    },
    { lang: 'en', phrases: ['my orders', 'order history'], weight: 0.6 },
    {
      lang: 'pl',
      phrases: ['śledzenie (?:przesyłki|przesyłek|zamówienia|paczki)', 'status zamówienia', 'sprawdź status(?: zamówienia)?', 'gdzie jest moja paczka'],
    },
    { lang: 'pl', phrases: ['moje zamówienia'], weight: 0.6 },
    { lang: 'lt', phrases: ['užsakymo (?:būsena|būklė|sekimas)', 'sekti siuntą', 'siuntos sekimas', 'sekti užsakymą'] },
    { lang: 'lt', phrases: ['mano užsakymai'], weight: 0.6 },
    { lang: 'ru', phrases: ['отследить (?:заказ|посылку)', 'статус заказа', 'отслеживание (?:заказа|посылки|отправления)', 'где мой заказ'] },
    { lang: 'ru', phrases: ['мои заказы'], weight: 0.6 },
    { lang: 'uk', phrases: ['відстежити замовлення', 'статус замовлення', 'відстеження замовлення'] },
    {
      lang: 'de',
      phrases: ['sendungsverfolgung', 'bestellstatus', 'auftragsstatus', 'auftragsauskunft', 'bestellung verfolgen', 'lieferstatus'],
    },
    { lang: 'de', phrases: ['meine bestellungen'], weight: 0.6 },
    { lang: 'fr', phrases: ['suivi de (?:ma |la |votre )?commande', 'suivre (?:ma |votre )?commande', 'suivi de colis', 'suivi des commandes'] },
    { lang: 'fr', phrases: ['mes commandes'], weight: 0.6 },
    {
      lang: 'es',
      phrases: ['seguimiento (?:de(?:l)? )?(?:mi |tu )?(?:pedidos?|envío)', 'estado (?:de(?:l)? )?(?:mi |tu )?pedido', 'rastrear (?:mi )?pedido', 'localizar pedido'],
    },
    { lang: 'es', phrases: ['mis pedidos'], weight: 0.6 },
    { lang: 'it', phrases: ["stato (?:dell')?ordine", 'traccia (?:il )?(?:mio )?ordine', 'tracciamento (?:ordine|spedizione)'] },
    { lang: 'nl', phrases: ['bestelling volgen', 'bestelstatus', 'track en trace'] },
    { lang: 'pt', phrases: ['rastrear (?:encomenda|pedido)', 'estado da encomenda', 'acompanhar pedido'] },
    { lang: 'cs', phrases: ['sledování (?:zásilky|objednávky)', 'stav objednávky'] },
    { lang: 'pt', phrases: ['rastre(?:ar|io)(?: d[oa])? (?:minha |meu )?(?:encomenda|pedido)s?', 'rastreio', 'seguir (?:a )?encomenda', 'acompanhe (?:o )?seu pedido', 'estado do pedido', 'status do pedido'] },
    { lang: 'pt', phrases: ['meus pedidos', '(?:as )?minhas encomendas'], weight: 0.6 },
    { lang: 'sk', phrases: ['sledovanie (?:zásielky|objednávky)', 'stav objednávky'] },
    { lang: 'sk', phrases: ['moje objednávky'], weight: 0.6 },
    { lang: 'hu', phrases: ['rendelés (?:követése|állapota)', 'rendeléskövetés', 'csomagkövetés', 'csomag nyomon követése', 'rendelés nyomon követése'] },
    { lang: 'hu', phrases: ['rendeléseim'], weight: 0.6 },
    { lang: 'ro', phrases: ['urmărire (?:comandă|colet)', 'urmărește (?:comanda|coletul)', 'status(?:ul)? comenzii', 'status comandă'] },
    { lang: 'ro', phrases: ['comenzile mele'], weight: 0.6 },
    { lang: 'bg', phrases: ['проследяване на (?:поръчка|пратка)(?:та)?', 'проследи (?:поръчка|пратка)(?:та)?', 'статус на поръчка(?:та)?'] },
    { lang: 'bg', phrases: ['моите поръчки'], weight: 0.6 },
    { lang: 'sv', phrases: ['spåra (?:din |min )?(?:order|beställning|paket|försändelse)', 'orderstatus', 'spåra paket'] },
    { lang: 'sv', phrases: ['mina (?:ordrar|beställningar|köp)'], weight: 0.6 },
    { lang: 'da/nb', phrases: ['spor (?:din |min )?(?:ordre|pakke|forsendelse|sending)', 'ordrestatus', 'sporing'] },
    { lang: 'da/nb', phrases: ['mine ordrer?'], weight: 0.6 },
    { lang: 'fi', phrases: ['seuraa (?:tilaustasi|tilausta|pakettia|lähetystä)', '(?:tilauksen|lähetyksen) (?:seuranta|tila)'] },
    { lang: 'fi', phrases: ['omat tilaukset'], weight: 0.6 },
    { lang: 'et', phrases: ['tellimuse (?:jälgimine|staatus|olek)', 'paki jälgimine', 'jälgi (?:tellimust|pakki)'] },
    { lang: 'et', phrases: ['minu tellimused'], weight: 0.6 },
    { lang: 'lv', phrases: ['pasūtījuma (?:statuss|izsekošana)', 'sūtījuma izsekošana', 'izseko(?:t|jiet) (?:pasūtījumu|sūtījumu)'] },
    { lang: 'lv', phrases: ['mani pasūtījumi'], weight: 0.6 },
    { lang: 'el', phrases: ['παρακολούθηση (?:παραγγελίας|αποστολής|δέματος)', 'κατάσταση παραγγελίας'] },
    { lang: 'el', phrases: ['οι παραγγελίες μου'], weight: 0.6 },
    { lang: 'hr', phrases: ['praćenje (?:narudžbe|pošiljke)', 'status narudžbe'] },
    { lang: 'sl', phrases: ['sledenje (?:naročil[ua]|pošiljk[ie]|paketu)', 'status naročila'] },
    { lang: 'hr/sl', phrases: ['moje narudžbe', 'moja naročila'], weight: 0.6 },
    { lang: 'uk', phrases: ['мої замовлення'], weight: 0.6 },
    { lang: 'tr', phrases: ['(?:sipariş|kargo) takibi', 'siparişimi takip et', 'siparişim nerede'] },
    { lang: 'tr', phrases: ['siparişlerim'], weight: 0.6 },
  ],
  terms: [
    { lang: 'en', phrases: ['terms(?: of (?:service|use|sale))?', 'terms (?:&|and) conditions(?: of sale)?', 't&c', 't&cs', '(?:general )?conditions of sale', 'terms of trade'] },
    { lang: 'de', phrases: ['agb', 'allgemeine geschäftsbedingungen', 'geschäftsbedingungen'] },
    { lang: 'pl', phrases: ['regulamin(?: sklepu)?', 'warunki sprzedaży'] },
    { lang: 'lt', phrases: ['(?:pirkimo )?taisyklės', 'pirkimo(?: pardavimo)? sąlygos', 'prekybos sąlygos'] },
    { lang: 'ru', phrases: ['пользовательское соглашение', '(?:договор )?(?:публичной )?оферт[аы]', 'условия продажи'] },
    { lang: 'uk', phrases: ['публічна оферта', 'умови продажу'] },
    { lang: 'fr', phrases: ['conditions générales(?: de vente)?', 'cgv', 'conditions de vente'] },
    { lang: 'es', phrases: ['términos(?: y condiciones| de servicio)?', 'condiciones (?:generales(?: de (?:venta|contratación))?|de venta)'] },
    { lang: 'it', phrases: ['termini(?: e condizioni| di servizio)?', 'condizioni (?:generali )?di vendita', 'condizioni generali'] },
    { lang: 'nl', phrases: ['algemene (?:verkoops?|verhuur)?voorwaarden', 'servicevoorwaarden', 'verkoopvoorwaarden', 'voorwaarden'] },
    { lang: 'pt', phrases: ['termos(?: de serviço| e condições)?', 'condições gerais(?: de venda)?'] },
    { lang: 'cs', phrases: ['(?:všeobecné )?obchodní podmínky', 'smluvní podmínky', 'vop'] },
    { lang: 'pt', phrases: ['condições de venda', 'termos e condições de (?:uso|venda|compra)'] },
    { lang: 'sk', phrases: ['(?:všeobecné )?obchodné podmienky'] },
    { lang: 'hu', phrases: ['ászf', 'általános szerződési feltételek', 'vásárlási feltételek'] },
    { lang: 'ro', phrases: ['termeni (?:și|&) condiții', 'termenii (?:și|&) condițiile', 'condiții generale(?: de vânzare)?'] },
    { lang: 'bg', phrases: ['общи условия'] },
    { lang: 'sv', phrases: ['köpvillkor', 'allmänna (?:köp)?villkor', 'villkor'] },
    { lang: 'da', phrases: ['handelsbetingelser', 'salgsbetingelser', 'vilkår og betingelser', 'betingelser'] },
    { lang: 'nb', phrases: ['kjøpsvilkår', 'salgsvilkår', 'vilkår'] },
    { lang: 'fi', phrases: ['(?:tilaus (?:ja|&) )?toimitusehdot', 'myyntiehdot', 'sopimusehdot', 'tilausehdot'] },
    { lang: 'et', phrases: ['müügitingimused', 'ostutingimused', '(?:üld)?tingimused'] },
    { lang: 'lv', phrases: ['(?:lietošanas|pirkšanas|pirkuma|pārdošanas|distances līguma) noteikumi', 'noteikumi'] },
    { lang: 'el', phrases: ['όροι (?:χρήσης|αγορών|πώλησης)', 'όροι (?:και|&) προϋποθέσεις', 'γενικοί όροι'] },
    { lang: 'hr', phrases: ['uvjeti (?:kupnje|poslovanja|korištenja)', 'opći uvjeti(?: poslovanja)?'] },
    { lang: 'sl', phrases: ['splošni pogoji(?: poslovanja)?', 'pogoji (?:poslovanja|nakupa|uporabe)'] },
    { lang: 'tr', phrases: ['(?:mesafeli )?satış sözleşmesi', 'satış koşulları'] },
  ],
};

/**
 * Link texts of pages that lead to the policies rather than being one: a legal notice, "Customer service",
 * "Policies", "How to buy". Discovery reads a few of them for links when roles are still missing.
 */
export const HUB_TEXT: readonly RegExp[] = [
  'impressum',
  'imprint',
  'legal(?: notice| information| info)?',
  'mentions légales',
  'aviso legal',
  'note legali',
  'juridische informatie',
  'informacje(?: dla (?:klienta|kupujących))?',
  'customer (?:service|care|information)',
  'klantenservice',
  'klantendienst',
  'kundenservice',
  'service client(?:s|èle)?',
  'servizio clienti',
  'assistenza clienti',
  'atención al cliente',
  'zákaznický servis',
  'pro zákazníky',
  'obsługa klienta',
  '(?:store |shop )?polic(?:y|ies)',
  'how to (?:buy|order|shop)',
  'shopping guide',
  'jak kupować',
  'jak (?:nakupovat|objednat)',
  'come acquistare',
  'comment commander',
  'cómo comprar',
  'hoe (?:te )?bestellen',
  'informace',
  'atendimento ao cliente',
  'apoio ao cliente',
  'zákaznícky servis',
  'pre zákazníkov',
  'ako nakupovať',
  'impresszum',
  'ügyfélszolgálat',
  'vásárlási információk',
  'hogyan vásároljak',
  'informații (?:pentru )?clienți',
  'relații (?:cu )?clienții?',
  'cum (?:cumpăr|comand)',
  'обслужване на клиенти',
  'информация за клиенти',
  'как да (?:поръчам|пазарувам)',
  'kundservice',
  'kundtjänst',
  'så handlar du',
  'kundeservice',
  'kundesenter',
  'sådan handler du',
  'slik handler du',
  'asiakaspalvelu',
  'näin tilaat',
  'klienditeenindus',
  'kuidas osta',
  'klientu apkalpošana',
  'kā iepirkties',
  'informācija pircējiem',
  'εξυπηρέτηση πελατών',
  'πώς (?:να )?αγοράσετε',
  'korisnička podrška',
  'pomoč kupcem',
  'kako (?:kupiti|naručiti|nakupovati)',
  'покупцям',
  'як (?:купити|замовити)',
  'müşteri hizmetleri',
  'nasıl sipariş verilir',
  'alışveriş rehberi',
].map((p) => wordRe(p));

/** Path segments of such pages. */
export const HUB_PATH: RegExp = wordRe(
  'impressum|imprint|legal(?:-notice)?|mentions?-legales?|aviso-legal|note-legali|informacje|customer-?(?:service|care)|klantenservice|kundenservice|service-?clients?|servizio-clienti|policies|how-to-(?:buy|order)|jak-kupowac|jak-nakupovat|come-acquistare|comment-commander|como-comprar|hoe-bestellen|pro-zakazniky|obsluga-klienta|atendimento-ao-cliente|apoio-ao-cliente|zakaznicky-servis|pre-zakaznikov|ako-nakupovat|impresszum|ugyfelszolgalat|vasarlasi-informaciok|hogyan-vasaroljak|relatii-clienti|informatii-clienti|cum-cumpar|kak-da-porucham|kundservice|kundtjanst|sa-handlar-du|kundeservice|kundesenter|sadan-handler-du|slik-handler-du|asiakaspalvelu|klienditeenindus|kuidas-osta|klientu-apkalposana|ka-iepirkties|eksypiretisi-pelaton|korisnicka-podrska|pomoc-kupcem|kako-(?:kupiti|naruciti|nakupovati)|pokuptsyam|musteri-hizmetleri|alisveris-rehberi',
);

/** The lexicon's text entries, in the order above (which is also the tie-break order within a role). */
export const TEXT_LEXICON: readonly TextEntry[] = Object.entries(TEXT_PHRASES).flatMap(([role, groups]) =>
  groups.flatMap((g) =>
    g.phrases.map(
      (p): TextEntry => ({
        role: role as DiscoverableRole,
        lang: g.lang,
        re: wordRe(p, { stem: g.stem ?? false }),
        weight: g.weight ?? 1,
        exactOnly: g.exactOnly ?? false,
        anchored: g.anchored ?? false,
      }),
    ),
  ),
);

/**
 * Pages that are never a role page, whatever path they sit at: legal notices and privacy. Terms (AGB,
 * Regulamin, CGV) are a role of their own: their returns and delivery sections count.
 */
export const NOT_A_ROLE_TEXT: readonly RegExp[] = [
  'impressum',
  'imprint',
  'legal(?: notice| information)?',
  'privacy(?: policy| notice)?',
  'cookies?(?: policy)?',
  'datenschutz\\p{L}*',
  'nutzungsbedingungen',
  'polityka (?:prywatności|cookies)',
  'privatumo politika',
  'naudojimo sąlygos',
  'политика конфиденциальности',
  'условия использования',
  'політика конфіденційності',
  'умови використання',
  'mentions légales',
  "conditions générales d'utilisation",
  'cgu',
  'vie privée',
  'politique de confidentialité',
  "conditions d'utilisation",
  'aviso legal',
  'política de (?:privacidad|cookies)',
  'informativa sulla privacy',
  'privacybeleid',
  'política de privacidade',
  '(?:zásady )?ochran[ay] osobních údajů',
  'gdpr',
  'rodo',
  'política de (?:cookies|privacidade)',
  'privacidade',
  '(?:zásady )?ochran[ay] osobných údajov',
  'impresszum',
  'adatvédelem',
  'adatvédelmi (?:tájékoztató|nyilatkozat|irányelvek|szabályzat)',
  'cookie (?:tájékoztató|szabályzat)',
  'politica de (?:confidențialitate|cookies?)',
  'protecția datelor(?: personale| cu caracter personal)?',
  'anpc',
  'политика за (?:поверителност|бисквитки)',
  'защита на личните данни',
  'лични данни',
  'integritetspolicy',
  'personuppgift(?:er|spolicy)',
  'privatlivspolitik',
  'persondatapolitik',
  'cookiepolitik',
  'personvern(?:erklæring)?',
  'informasjonskapsler',
  'tietosuoja(?:seloste|käytäntö)?',
  'rekisteriseloste',
  'evästeet',
  'privaatsuspoliitika',
  'isikuandmete (?:töötlemine|kaitse)',
  'küpsised',
  'privātuma politika',
  'sīkdatņu politika',
  'sīkdatnes',
  'personas datu (?:apstrāde|aizsardzība)',
  'πολιτική απορρήτου',
  'προσωπικά δεδομένα',
  'προστασία (?:προσωπικών )?δεδομένων',
  'zaštita (?:osobnih )?podataka',
  'politika (?:privatnosti|zasebnosti)',
  'izjava o privatnosti',
  'kolačići',
  'varstvo (?:osebnih )?podatkov',
  'piškotki',
  'kvkk',
  'gizlilik politikası',
  'kişisel verilerin korunması',
  'aydınlatma metni',
  'çerez politikası',
].map((p) => wordRe(p));

/* ---------------------------------------------------------------- URL paths */

export interface PathEntry {
  role: DiscoverableRole;
  re: RegExp;
  weight: number;
  /** An everyday word ("help", "pomoc"): it names the page only as a whole segment, not inside a slug. */
  wholeSegmentOnly: boolean;
}

/** Words that also mean ordinary things in slugs ("pomoc-w-parzeniu", "aide-memoire", "commande-validee"). */
const EVERYDAY_PATH_WORDS = new Set(['help', 'pomoc', 'pagalba', 'hilfe', 'aide', 'ayuda', 'aiuto', 'ajuda', 'pytania', 'feedback', 'commande', 'ajutor', 'hjalp', 'cos', 'hjelp', 'kurv']);

/*
 * Matched against one folded path segment at a time, in which every run of non-alphanumerics is a
 * '-' ("/pages/contact_us.html" → "contact-us-html"). Transliterated Russian/Ukrainian slugs
 * (kontakty, dostavka, obmen-i-vozvrat) are listed alongside the native words.
 */
const PATH_WORDS: Record<DiscoverableRole, Array<{ words: string[]; stem?: boolean; weight?: number }>> = {
  contact: [
    {
      words: [
        'contact(?:s|us|ez-?nous|info|o|os|anos|enos|ar|-us|-info|-page|-form|page|form)?',
        'kontakt(?:y|ai|e|i|formular|-aufnehmen|ine-informacija)?',
        'nous-contacter',
        'contatti',
        'contatto',
        'contato',
        'contacte-nos',
        'fale-conosco',
        'susisiekite',
        'napisz-do-nas',
        'get-in-touch',
        'obratnaya-svyaz',
        'svyaz(?:-s-nami)?',
        'kontakty',
        'kontakti',
        'contatos',
        'contactos',
        'fale-connosco',
        'kontaktujte-nas',
        'kapcsolat',
        'elerhetoseg(?:ek)?',
        'contacteaza-ne',
        'kontakta-oss',
        'svarzhete-se-s-nas',
        'kontakt-os',
        'kontakt-oss',
        'ota-yhteytta',
        'yhteystiedot',
        'kontaktandmed',
        'sazinies-ar-mums',
        'epikoinonia',
        'kontaktirajte-nas',
        'iletisim',
        'bize-ulasin',
      ],
    },
    {
      words: ['feedback', 'customer-?(?:service|care|support)', 'kundenservice', 'service-?clients?', 'atencion-al-cliente', 'obsluga-klienta', 'klantenservice', 'atendimento(?:-ao-cliente)?', 'apoio-ao-cliente', 'zakaznicky-servis', 'ugyfelszolgalat', 'relatii-clienti', 'kundservice', 'kundtjanst', 'kundeservice', 'kundesenter', 'asiakaspalvelu', 'klienditeenindus', 'klientu-apkalposana', 'musteri-hizmetleri'],
      weight: 0.8,
    },
  ],
  faq: [
    {
      words: [
        'faqs?',
        'help',
        'help-?(?:center|centre|desk)',
        'frequently-?asked-?questions',
        'pomoc',
        'centrum-pomocy',
        'pytania',
        'duk',
        'pagalba',
        'hilfe',
        'haeufige-fragen',
        'aide',
        'centre-d-aide',
        'foire-aux-questions',
        'questions-frequentes',
        'ayuda',
        'preguntas-frecuentes',
        'aiuto',
        'domande-frequenti',
        'ajuda',
        'perguntas-frequentes',
        'veelgestelde-vragen',
        'voprosy?(?:-otvety?)?',
        'vopros-otvet',
        'chasto-zadavaemye-voprosy',
        'chavo',
        'pomosch|pomoshch',
        'caste-dotazy',
        'napoveda',
        'spravka',
        'dopomoga',
        'duvidas-frequentes',
        'caste-otazky',
        'najcastejsie-otazky',
        'otazky-a-odpovede',
        'gyik',
        'gyakori-kerdesek',
        'gyakran-ismetelt-kerdesek',
        'intrebari-frecvente',
        'ajutor',
        'chesto-zadavani-vaprosi',
        'vaprosi-i-otgovori',
        'vanliga-fragor',
        'fragor-och-svar',
        'hjalp',
        'ofte-stillede-sporgsmal',
        'ofte-stilte-sporsmal',
        'hjelp',
        'ukk',
        'usein-kysyt(?:yt|tya)(?:-kysymykset)?',
        'kkk',
        'korduma-kippuvad-kusimused',
        'buj',
        'biezak-uzdotie-jautajumi',
        'biezi-uzdotie-jautajumi',
        'syxnes-erotiseis',
        'sychnes-erotiseis',
        'cesta-pitanja',
        'pogosta-vprasanja',
        'chasti-pytannya',
        'sss',
        'sikca-sorulan-sorular',
      ],
    },
    { words: ['support'], weight: 0.8 },
  ],
  returns: [
    {
      words: [
        'returns?',
        'returns?-?(?:policy|and-refunds?|exchanges?|refunds?)',
        'return-?polic(?:y|ies)',
        'refunds?',
        'refund-?policy',
        'exchanges?',
        'rma',
        'zwroty?',
        'zwroty-i-reklamacje',
        'reklamacje?',
        'odstapienie(?:-od-umowy)?',
        'grazinimas',
        'grazinimo-(?:salygos|politika)',
        'vozvrat(?:a)?',
        'obmen-i-vozvrat',
        'vozvrat-i-obmen',
        'povernennya',
        'umtausch',
        'retours?',
        'remboursement',
        'retractation',
        'devoluciones',
        'devolucion',
        'cambios-y-devoluciones',
        'reembolso',
        'resi',
        'rimborsi',
        'recesso',
        'reklamace(?:-a-vraceni-zbozi)?',
        'vraceni(?:-zbozi)?',
        'odstoupeni-od-smlouvy',
        'modulo-reso',
        'retourneren',
        'herroepingsrecht',
        'devolucoes',
        'trocas-e-devolucoes',
        'devolucao',
        'trocas',
        'politica-de-(?:devolucao|trocas)',
        'direito-de-arrependimento',
        'livre-resolucao',
        'vratenie(?:-tovaru)?',
        'reklamacie',
        'reklamacny-poriadok',
        'odstupenie-od-zmluvy',
        'visszakuldes',
        'termekvisszakuldes',
        'elallas(?:i-jog)?',
        'visszaterites',
        'retur(?:nare|nari|uri|er|policy)?',
        'politica-de-retur(?:nare)?',
        'drept(?:ul)?-de-retragere',
        'vrashtane(?:-na-stoki)?',
        'vryshtane',
        'otkaz-ot-dogovora',
        'reklamacii',
        'returnera',
        'angerratt',
        'oppet-kop',
        'reklamation',
        'returnering',
        'returret',
        'fortrydelsesret',
        'returpolitik',
        'angrerett',
        'returrett',
        'reklamasjon',
        'peruutusoikeus',
        'taganemisoigus',
        '(?:precu-)?atgriesana',
        'atteikuma-tiesibas',
        'epistrofes',
        'epistrofi',
        'politiki-epistrofon',
        'povrat(?:-robe|-proizvoda)?',
        'vracil[oa](?:-blaga)?',
        'odstop-od-pogodbe',
        'jednostrani-raskid(?:-ugovora)?',
        'reklamacij[ae]',
        'obmin-(?:i|ta)-povernennya',
        'iade(?:-(?:ve-degisim|kosullari|politikasi|sartlari))?',
        'degisim-ve-iade',
        'cayma-hakki',
      ],
    },
    { words: ['ruecksend', 'rucksend', 'rueckgabe', 'ruckgabe', 'retoure', 'widerruf', 'palautu', 'tagast'], stem: true },
  ],
  shipping: [
    {
      words: [
        'postage',
        'dostawa',
        'dostawy',
        'wysylka',
        'koszty-(?:dostawy|wysylki)',
        'pristatymas',
        'pristatymo-(?:salygos|informacija)',
        'siuntimas',
        'dostavka',
        'dostavki',
        'oplata-i-dostavka',
        'dostavka-i-oplata',
        'livraison',
        'expedition',
        'envios?',
        'gastos-de-envio',
        'entrega',
        'spedizion[ei]',
        'consegna',
        'verzending',
        'verzendkosten',
        'levering',
        'bezorging',
        'portes',
        'porto',
        'doprava(?:-a-platba)?',
        'doruceni',
        'envios',
        'entregas',
        'frete',
        'dorucenie',
        'sposoby-dopravy',
        'postovne',
        'kiszallitas',
        'hazhozszallitas',
        'livrare(?:a)?',
        'costuri-(?:de-)?livrare',
        'frakt',
        'fraktinformation',
        'fragt',
        'forsendelse',
        'toimitus',
        'toimitukset',
        'toimitustavat',
        'toimituskulut',
        'kohaletoimetamine',
        'piegade',
        'piegades-(?:noteikumi|informacija)',
        'apostol(?:i|es)',
        'tropoi-apostolis',
        'metaforika',
        'isporuka',
        'postnina',
        'nacini-dostave',
        'kargo',
        'teslimat',
      ],
    },
    // run-together slugs: shippinginfo, shipping-policy, deliveryandpayment, versandkosten, lieferbedingungen
    { words: ['shipping', 'deliver', 'versand', 'liefer', 'szallitas', 'leverans', 'tarne'], stem: true },
  ],
  cart: [
    {
      words: [
        'carts?',
        'shopping-?cart',
        'view-?cart',
        'my-?cart',
        'basket',
        'shopping-?basket',
        'view-?bag',
        'shopping-?bag',
        'koszyk',
        'krepselis',
        'mano-krepselis',
        'korzina',
        'korzinka',
        'koshyk',
        'warenkorb',
        'panier',
        'carrito',
        'cesta',
        'carrello',
        'winkelwagen',
        'winkelmand',
        'carrinho',
        'kosik',
        'sacola',
        'kosar',
        'cos',
        'cosul(?:-meu)?',
        'cos-de-cumparaturi',
        'kolichka',
        'koshnica',
        'varukorg(?:en)?',
        'kundvagn',
        'indkobskurv',
        'kurv',
        'handlekurv',
        'handlevogn',
        'ostoskori',
        'ostukorv',
        'grozs',
        'kalathi',
        'kosarica',
        'sepet(?:im)?',
      ],
    },
  ],
  checkout: [
    {
      words: [
        'checkouts?',
        'onepage',
        'kasa',
        'kasse',
        'zamowienie',
        'oformlenie(?:-zakaza)?',
        'oformit-zakaz',
        'order-?make',
        'atsiskaitymas',
        'commande',
        'passer-commande',
        'finalizar-compra',
        'tramitar-pedido',
        'cassa',
        'pokladna',
        'afrekenen',
        'kassa',
        'finalizar-pedido',
        'penztar',
        'finalizare-comanda',
        'kassan',
        'kassen',
        'kassalle',
        'kassasse',
        'oloklirosi-(?:agoras|paraggelias)',
        'tameio',
        'blagajna',
        'oformlennya(?:-zamovlennya)?',
      ],
    },
  ],
  'order-tracking': [
    {
      words: [
        'track(?:ing)?',
        'track-?(?:your-|my-)?orders?',
        'order-?(?:status|tracking|lookup|track)',
        'orders?-?tracking',
        'guest-?tracking',
        'where-is-my-order',
        'sledzenie(?:-przesylki|-zamowienia)?',
        'status-zamowienia',
        'uzsakymo-busena',
        'siuntos-sekimas',
        'otslezhivanie(?:-zakaza)?',
        'status-zakaza',
        'sendungsverfolgung',
        'bestellstatus',
        'auftragsstatus',
        'suivi-(?:de-)?commandes?',
        'suivi-colis',
        'seguimiento(?:-pedidos?)?',
        'estado-pedido',
        'tracciamento',
        'track-and-trace',
        'sledovani-(?:zasilky|objednavky)',
        'rastre(?:ar|io)(?:-(?:de-|do-|da-)?(?:pedido|encomenda)s?)?',
        'acompanhar-pedido',
        'seguir-encomenda',
        'sledovanie-(?:zasielky|objednavky)',
        'stav-objednavky',
        'rendeles-?(?:kovetes(?:e)?|allapot(?:a)?)',
        'csomagkovetes',
        'urmarire-(?:comanda|colet)',
        'urmareste-comanda',
        'status-comanda',
        'prosledyavane(?:-na-porachka|-na-pratka)?',
        'spara-(?:order|paket|bestallning)',
        'orderstatus',
        'ordrestatus',
        'sporing',
        'spor-(?:ordre|pakke|forsendelse)',
        'tilauksen-seuranta',
        'seuranta',
        'tellimuse-(?:jalgimine|staatus)',
        'paki-jalgimine',
        'pasutijuma-(?:statuss|izsekosana)',
        'izsekosana',
        'parakolouthisi(?:-paraggelias)?',
        'pracenje-(?:narudzbe|posiljke)',
        'sledenje-(?:narocil[ua]|posiljk[ie])',
        'vidstezhennya(?:-zamovlennya)?',
        '(?:siparis|kargo)-takibi',
        'siparis-takip',
      ],
    },
  ],
  terms: [
    {
      words: [
        'terms(?:-of-(?:service|use|sale)|-and-conditions|-conditions)?',
        'terms-of-service',
        'agb',
        'regulamin(?:-sklepu)?',
        'cgv',
        'conditions-generales(?:-de-vente)?',
        'terminos(?:-y-condiciones)?',
        'condiciones-generales',
        'termini(?:-e-condizioni)?',
        'condizioni-(?:generali-)?(?:di-)?vendita',
        'algemene-(?:verkoops?|verhuur)?voorwaarden',
        'voorwaarden',
        'obchodni-podminky',
        'smluvni-podminky',
        'vop',
        'taisykles',
        'oferta',
        'termos(?:-e-condicoes)?',
        'condicoes-gerais(?:-de-venda)?',
        '(?:vseobecne-)?obchodne-podmienky',
        'aszf',
        'altalanos-szerzodesi-feltetelek',
        'vasarlasi-feltetelek',
        'termeni(?:-si-conditii)?',
        'termenii-si-conditiile',
        'conditii-generale',
        'obshti-uslovi(?:ya|a)',
        'kopvillkor',
        'allmanna-villkor',
        'villkor',
        'handelsbetingelser',
        'salgsbetingelser',
        'betingelser',
        'kjopsvilkar',
        'vilkar',
        '(?:tilaus-ja-)?toimitusehdot',
        'myyntiehdot',
        'sopimusehdot',
        'muugitingimused',
        'ostutingimused',
        'tingimused',
        '(?:lietosanas-|pirkuma-|pirksanas-)?noteikumi',
        'oroi-(?:xrisis|chrisis|agoron|kai-proypotheseis)',
        'uvjeti-(?:kupnje|poslovanja|koristenja)',
        'opci-uvjeti(?:-poslovanja)?',
        'splosni-pogoji(?:-poslovanja)?',
        'pogoji-(?:poslovanja|nakupa)',
        '(?:mesafeli-)?satis-sozlesmesi',
      ],
    },
  ],
};

export const PATH_LEXICON: readonly PathEntry[] = Object.entries(PATH_WORDS).flatMap(([role, groups]) =>
  groups.flatMap((g) =>
    g.words.map(
      (w): PathEntry => ({
        role: role as DiscoverableRole,
        re: wordRe(w, { stem: g.stem ?? false }),
        weight: g.weight ?? 1,
        wholeSegmentOnly: EVERYDAY_PATH_WORDS.has(w),
      }),
    ),
  ),
);

/** Path segments of legal pages: an href-only match inside them ("/impressum#kontakt") does not count. */
export const NOT_A_ROLE_PATH: RegExp = wordRe(
  'impressum|imprint|legal(?:-notice)?|privacy(?:-policy)?|datenschutz\\p{L}*|polityka-prywatnosci|cookies?(?:-policy)?|mentions?-legales?|cgu|aviso-legal|privatumo-politika|politika-konfidencialnosti|gdpr|ochrana-osobnich-udaju|politica-de-privacidade|privacidade|ochrana-osobnych-udajov|impresszum|adatvedelem|adatvedelmi(?:-tajekoztato|-nyilatkozat)?|politica-de-confidentialitate|protectia-datelor|anpc|politika-za-poveritelnost|lichni-danni|integritetspolicy|personuppgiftspolicy|privatlivspolitik|persondatapolitik|personvern(?:erklaering)?|tietosuoja(?:seloste|kaytanto)?|rekisteriseloste|privaatsuspoliitika|isikuandmete-\\p{L}*|privatuma-politika|sikdatnes|sikdatnu-politika|politiki-aporritou|prosopika-dedomena|zastita-(?:osobnih-)?podataka|politika-(?:privatnosti|zasebnosti)|varstvo-(?:osebnih-)?podatkov|piskotki|kvkk|gizlilik-politikasi|kisisel-veriler\\p{L}*|aydinlatma-metni|cerez-politikasi',
);

/** Segments that mark a product or category page (never a role page). */
export const PRODUCT_SEGMENT: RegExp =
  /^(?:products?|produkt[ey]?|produkty|produits?|productos?|prodott[oi]|collections?|catalog|catalogue|katalog|category|categories|kategori[ae]|kategorie|item|items|p|dp|c)$/u;

/** Query keys that turn any URL into a cart action or a product view. */
export const PRODUCT_QUERY_KEY: RegExp = /^(?:add-to-cart|add_to_cart|addtocart|product_id|products_id|productid|variant)$/iu;

/** Query keys whose values name the page on script-routed shops (PrestaShop, OpenCart, osCommerce). */
export const ROUTING_QUERY_KEY: RegExp = /^(?:controller|route|page|main_page|pagename|action|module|view|task|fc|go|section)$/iu;

/** File extensions of assets and documents: never an HTML role page. */
export const ASSET_EXTENSION: RegExp =
  /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|avif|css|js|mjs|json|pdf|zip|rar|7z|gz|docx?|xlsx?|pptx?|odt|ods|mp3|mp4|webm|mov|avi|woff2?|ttf|otf|eot|xml|txt|csv)$/iu;
