import { describe, expect, it } from 'vitest';
import { replyPromisesInText } from '../../src/detectors/response-time.js';
import { viewOf } from '../helpers/snapshot.js';

const textOf = (html: string): string => viewOf(html).page.visibleText;
const hours = (text: string): number[] => replyPromisesInText(text).map((p) => p.hours);

describe('replyPromisesInText: promises in each language', () => {
  it.each([
    ['en', 'We reply within 12 hours.', 12],
    ['en', 'We answer emails within 24 hours, Monday to Friday.', 24],
    ['en', 'Response within 1 business day.', 24],
    ['en', 'Our team usually replies the same day.', 24],
    ['en', 'Live chat: our agents respond within minutes.', 0.25],
    ['en', "Send us a message and we'll get back to you within 24-48 hours.", 48],
    ['en', 'Customer service will respond to return requests within 2 business days.', 48],
    ['en', 'Response time: 2h', 2],
    ['pl', 'Odpowiadamy w ciągu 24 godzin.', 24],
    ['pl', 'Odpowiedź w ciągu 1 dnia roboczego.', 24],
    ['pl', 'Na wiadomości odpowiemy w ciągu kilku minut.', 0.25],
    ['ru', 'Ответим в течение 15 минут.', 0.25],
    ['ru', 'Ответим в течение 2 часов.', 2],
    ['ru', 'Мы ответим на ваш вопрос в течение часа.', 1],
    ['ru', 'Оператор перезвонит в течение 30 минут.', 0.5],
    ['lt', 'Atsakysime per 24 valandas.', 24],
    ['lt', 'Į užklausas atsakome per 1 darbo dieną.', 24],
    ['de', 'Wir antworten innerhalb von 24 Stunden.', 24],
    ['de', 'Antwort innerhalb eines Werktages.', 24],
    ['de', 'Wir melden uns innerhalb von 2 Stunden bei Ihnen.', 2],
    ['fr', 'Nous répondons sous 24h.', 24],
    ['fr', 'Réponse sous 48 heures.', 48],
    ['es', 'Respondemos en menos de 24 horas.', 24],
    ['es', 'Te responderemos en un plazo de 48 horas.', 48],
    ['pt', 'Respondemos em até 24 horas.', 24],
    ['pt', 'Entraremos em contacto no prazo de 1 dia útil.', 24],
    ['sk', 'Na vaše otázky odpovieme do 24 hodín.', 24],
    ['hu', 'Üzenetére 24 órán belül válaszolunk.', 24],
    ['hu', 'Kérdéseire legkésőbb egy munkanapon belül válaszolunk.', 24],
    ['ro', 'Răspundem la mesaje în maxim 24 de ore.', 24],
    ['ro', 'Vă răspundem în cel mult o zi lucrătoare.', 24],
    ['bg', 'Ще отговорим на запитването ви в рамките на 24 часа.', 24],
    ['sv', 'Vi svarar på mejl inom en arbetsdag.', 24],
    ['da', 'Vi besvarer henvendelser inden for 24 timer på hverdage.', 24],
    ['nb', 'Vi svarer innen 1 virkedag.', 24],
    ['fi', 'Vastaamme viesteihin 24 tunnin kuluessa.', 24],
    ['fi', 'Vastaamme viimeistään yhden arkipäivän sisällä.', 24],
    ['et', 'Vastame e-kirjadele 24 tunni jooksul.', 24],
    ['lv', 'Uz e-pastiem atbildam 24 stundu laikā.', 24],
    ['lv', 'Atbildēsim 1 darba dienas laikā.', 24],
    ['el', 'Απαντάμε σε όλα τα μηνύματα εντός 24 ωρών.', 24],
    ['el', 'Θα επικοινωνήσουμε μαζί σας εντός μίας εργάσιμης ημέρας.', 24],
    ['hr', 'Na upite odgovaramo u roku od 24 sata.', 24],
    ['sl', 'Na vprašanja odgovorimo v 24 urah.', 24],
    ['uk', 'Відповідаємо протягом 24 годин.', 24],
    ['tr', 'Mesajlarınıza 24 saat içinde yanıt veriyoruz.', 24],
  ])('%s: %s', (_lang, text, expected) => {
    expect(hours(text)).toEqual([expected]);
  });

  it('reads promises in real markup, with the sentence as evidence', () => {
    const html = `<div class="contact-page"><h2>Napisz do nas</h2>
      <div class="rte"><p>Masz pytanie? <strong>Odpowiadamy w ciągu 24 godzin</strong> w dni robocze.</p></div>
      <form action="/contact#contact_form" method="post"><textarea name="contact[body]"></textarea></form></div>`;
    expect(replyPromisesInText(textOf(html))).toEqual([{ hours: 24, text: 'Odpowiadamy w ciągu 24 godzin w dni robocze.' }]);
  });

  it('finds several promises, in page order', () => {
    expect(hours('E-mail: we reply within 24 hours.\nLive chat: we answer within 5 minutes.')).toEqual([24, 5 / 60].map((h) => Math.round(h * 1000) / 1000));
  });
});

describe('replyPromisesInText: durations that are not reply times', () => {
  it.each([
    'Orders are delivered within 24 hours.',
    'Refund within 14 days.',
    'Please allow up to 48 hours for tracking information to become active after shipment. Contact us at info@shop.example.',
    'Bitte beachten Sie, dass es bis zu 48 Stunden dauern kann, bis die Sendungsverfolgung nach dem Versand aktiv ist.',
    'Refunds are typically processed within 10 business days after approval; contact us if you have questions.',
    'We answer the phone 24 hours a day.',
    'Contact us within 30 days of delivery.',
    'Zamówienia są zazwyczaj przetwarzane w ciągu 1–3 dni roboczych.',
    'Доставка в течение 2 дней. Вопросы? Напишите нам!',
    'Возврат денежных средств в течение 10 дней.',
    'Prekės pristatomos per 24 valandas.',
    'Rückerstattungen werden innerhalb von 10 Werktagen bearbeitet.',
    'Livraison sous 48h.',
    'Envío en 24 horas.',
    'мы ответим вам в самое ближайшее время',
    'Wysyłka: do 1 godziny',
    'Enviamos o pedido em 24 horas.',
    'Objednávky odosielame do 24 hodín.',
    'A megrendelést 2 munkanapon belül kiszállítjuk.',
    'Comenzile sunt livrate în 24 de ore.',
    'Поръчките се изпращат в рамките на 24 часа.',
    'Beställningar skickas inom 24 timmar.',
    'Ordrer sendes inden for 24 timer.',
    'Tilaukset lähetetään 24 tunnin kuluessa.',
    'Tellimused saadetakse 24 tunni jooksul.',
    'Pasūtījumus nosūtām 24 stundu laikā.',
    'Οι παραγγελίες αποστέλλονται εντός 24 ωρών.',
    'Narudžbe šaljemo u roku od 24 sata.',
    'Naročila odpošljemo v 24 urah.',
    'Замовлення відправляємо протягом 24 годин.',
    'Siparişler 24 saat içinde kargoya verilir.',
  ])('%s', (text) => {
    expect(replyPromisesInText(text)).toEqual([]);
  });

  it('stays fast on hostile input', () => {
    const start = performance.now();
    replyPromisesInText(`${'within '.repeat(30_000)}${'9 '.repeat(50_000)}${' '.repeat(100_000)}`);
    expect(performance.now() - start).toBeLessThan(8000); // catastrophic backtracking would take minutes
  });
});
