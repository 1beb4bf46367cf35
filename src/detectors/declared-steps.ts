/**
 * A purchase flow a store declares in words, for shops whose checkout careaudit cannot reach: a "How to
 * order" page that says "Follow the 5 steps" or labels its blocks "Step 1" … "Step 5". Only a page headed
 * as a guide to ordering counts: a "3 steps to perfect skin" blog post is no checkout.
 */
import type { CheerioAPI } from 'cheerio';
import { letterRegExp } from './letters.js';
import { capText, collapse } from './sentence.js';

export interface DeclaredSteps {
  count: number;
  /** The heading that makes the page an ordering guide. */
  heading: string;
  /** The sentence or labels the count was read from. */
  text: string;
}

// Headings of ordering guides in the languages careaudit reads most ("How to order", "Come acquistare",
// "Jak nakupovat", "So bestellen Sie", "Comment commander", "Cómo comprar", "Hoe bestellen").
const ORDERING_HEADING = letterRegExp(
  [
    'how to (?:order|buy|shop|purchase)', 'ordering (?:process|guide)', 'purchase process', 'placing an order',
    'come (?:acquistare|ordinare)', 'procedura di acquisto', 'guida (?:all.)?acquisto',
    'so bestellen sie', 'wie bestelle ich', 'bestellvorgang', 'bestellablauf',
    'comment (?:commander|acheter)', 'processus de commande', 'passer commande',
    'c[oó]mo (?:comprar|hacer (?:un|tu) pedido)', 'proceso de compra',
    'como (?:comprar|encomendar|fazer (?:uma|a sua|seu) (?:encomenda|pedido))', 'processo de compra',
    'hoe (?:bestellen|bestel ik)', 'bestelproces',
    'jak (?:kupować|kupowac|zamawiać|zamawiac|złożyć zamówienie|nakupovat|objednat|objednávat)', 'proces zakupu', 'postup objednávky',
    'ako (?:nakupovať|objednať)', 'kaip (?:pirkti|užsisakyti)', 'как (?:купить|заказать|оформить заказ|сделать заказ)', 'як (?:купити|замовити)',
  ].join('|'),
  'iu',
);

// "5 steps", "5 passaggi", "in 4 Schritten", "en 3 étapes", "w 3 krokach", "4 kroky", "5 шагов".
const STEP_NOUNS =
  'steps|passaggi|passi|schritte|schritten|étapes|etapes|pasos|passos|etapas|stappen|stapjes|kroki|krokach|kroków|kroky|kroků|krokov|krokoch|žingsniai|žingsnių|шага|шагов|шагах|кроки|кроків';
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7,
  drie: 3, vijf: 5, zes: 6, zeven: 7,
  trzy: 3, cztery: 4, pięć: 5, sześć: 6, siedem: 7,
  tři: 3, čtyři: 4, pět: 5, šest: 6, sedm: 7,
};
const STEP_COUNT = letterRegExp(
  `(?<!\\p{L})(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s+\\p{L}+)?\\s+(?:${STEP_NOUNS})(?!\\p{L})`,
  'iu',
);

// "Step 1", "Passo 2", "Schritt 3", "Étape 4", "Krok 5", "Шаг 1", and "1. krok".
const STEP_LABEL = letterRegExp(
  '(?<!\\p{L})(?:step|passo|schritt|étape|etape|paso|stap|krok|žingsnis|шаг|крок)\\s*(\\d{1,2})(?!\\d)|(?<!\\d)(\\d{1,2})\\.\\s*(?:krok|lépés|samm|solis)(?!\\p{L})',
  'giu',
);

const MIN_STEPS = 2;
const MAX_STEPS = 12;

/** The heading that makes a page an ordering guide: its title, or one of its top headings. */
function orderingHeading($: CheerioAPI): string | undefined {
  const headings = [$('title').first().text(), ...$('h1, h2, h3').toArray().slice(0, 12).map((el) => $(el).text())];
  return headings.map(collapse).find((h) => h.length <= 120 && ORDERING_HEADING.test(h));
}

/** The highest n such that "Step 1" … "Step n" all appear, in order of first appearance. */
function labelledSteps(text: string): { count: number; labels: string } | undefined {
  const seen: number[] = [];
  for (const match of text.matchAll(STEP_LABEL)) {
    const n = Number(match[1] ?? match[2]);
    if (!seen.includes(n)) seen.push(n);
  }
  let count = 0;
  while (seen[count] === count + 1) count++;
  return count >= MIN_STEPS && count <= MAX_STEPS ? { count, labels: seen.slice(0, count).map((n) => `${n}`).join(' › ') } : undefined;
}

/** The ordering steps a guide page declares, or undefined when the page is not one or declares none. */
export function declaredSteps($: CheerioAPI, visibleText: string): DeclaredSteps | undefined {
  const heading = orderingHeading($);
  if (!heading) return undefined;
  const stated = STEP_COUNT.exec(visibleText);
  if (stated) {
    const word = stated[1]!.toLowerCase();
    const count = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (count !== undefined && count >= MIN_STEPS && count <= MAX_STEPS) return { count, heading, text: capText(stated[0], 120) };
  }
  const labelled = labelledSteps(visibleText);
  return labelled ? { count: labelled.count, heading, text: `steps ${labelled.labels}` } : undefined;
}
