import { describe, expect, it } from 'vitest';
import { hoursInText } from '../../src/detectors/hours.js';

const values = (text: string): string[] => hoursInText(text).map((m) => m.value);

describe('hoursInText: service hours in every language file', () => {
  it.each([
    ['pt', 'Atendimento: seg. à sex. 10 às 19h', 'Mon–Fri 10:00–19:00'],
    ['pt (Brazil)', 'Horário de atendimento: segunda a sexta, das 9h às 18h', 'Mon–Fri 09:00–18:00'],
    ['it', 'Servizio clienti: dal lunedì al venerdì dalle 9:00 alle 18:00', 'Mon–Fri 09:00–18:00'],
    ['nl', 'Klantenservice: ma t/m vr 9:00 - 17:30', 'Mon–Fri 09:00–17:30'],
    ['cs', 'Zákaznická linka: po–pá 8:00–16:00', 'Mon–Fri 08:00–16:00'],
    ['sk', 'Zákaznícka linka Po - Pi: 8:00 - 16:00', 'Mon–Fri 08:00–16:00'],
    ['hu', 'Ügyfélszolgálat: H-P 8:00-16:00', 'Mon–Fri 08:00–16:00'],
    ['hu, day names', 'Nyitvatartás: hétfő-péntek 9:00-17:00', 'Mon–Fri 09:00–17:00'],
    ['ro', 'Program: Luni - Vineri 09:00 - 17:00', 'Mon–Fri 09:00–17:00'],
    ['bg', 'Работно време: понеделник - петък 9:00 - 18:00', 'Mon–Fri 09:00–18:00'],
    ['uk', 'Графік роботи: пн-пт з 9:00 до 18:00', 'Mon–Fri 09:00–18:00'],
    ['el', 'Ωράριο: Δευτέρα - Παρασκευή 09:00 - 17:00', 'Mon–Fri 09:00–17:00'],
    ['sv', 'Kundtjänst: mån–fre kl. 9–17', 'Mon–Fri 09:00–17:00'],
    ['da', 'Telefontid: man-fre kl. 10-18', 'Mon–Fri 10:00–18:00'],
    ['nb', 'Åpningstider: man–fre 08:00–16:00', 'Mon–Fri 08:00–16:00'],
    ['fi', 'Asiakaspalvelu ma–pe klo 9–17', 'Mon–Fri 09:00–17:00'],
    ['et', 'Klienditeenindus E–R 9.00–17.00', 'Mon–Fri 09:00–17:00'],
    ['lv', 'Darba laiks: P.–Pk. 9:00–18:00', 'Mon–Fri 09:00–18:00'],
    ['hr', 'Radno vrijeme: pon - pet 8:00 - 16:00', 'Mon–Fri 08:00–16:00'],
    ['sl', 'Delovni čas: pon.–pet. 8.00–15.00', 'Mon–Fri 08:00–15:00'],
    ['tr', 'Müşteri hizmetleri: Pazartesi - Cuma 09:00 - 18:00', 'Mon–Fri 09:00–18:00'],
    ['ga', 'Uaireanta oscailte: Luan go hAoine 9:00 - 17:00', 'Mon–Fri 09:00–17:00'],
    ['mt', 'Ħinijiet tal-ftuħ: mit-Tnejn sal-Ġimgħa 9:00 - 17:00', 'Mon–Fri 09:00–17:00'],
    ['bg, abbreviated days', 'Телефон: пон. – пет. от 9 до 18 ч.', 'Mon–Fri 09:00–18:00'],
    ['el, 12-hour clock', 'Ωράριο εξυπηρέτησης Δευτέρα έως Παρασκευή, 9 π.μ. – 5 μ.μ.', 'Mon–Fri 09:00–17:00'],
    ['ga, 12-hour clock', 'Dé Luain – Dé hAoine: 9.30 r.n. – 5.00 i.n.', 'Mon–Fri 09:30–17:00'],
    ['sl, hours as ordinals', 'Dosegljivi smo od ponedeljka do petka med 8. in 15. uro.', 'Mon–Fri 08:00–15:00'],
    ['pt, numbered weekdays', 'Horário de atendimento: 2.ª a 6.ª feira, das 9h00 às 13h00 e das 14h00 às 18h00.', 'Mon–Fri 09:00–13:00, 14:00–18:00'],
    ['pt (Brazil), numbered weekdays', 'Atendimento: 2ª-feira a 6ª-feira, 9h–18h', 'Mon–Fri 09:00–18:00'],
    ['et, closed at the weekend', 'Klienditeenindus on avatud E–R 9.00–17.00 L–P suletud', 'Mon–Fri 09:00–17:00'],
    ['hu, a range by case endings', 'Ügyfélszolgálat: hétfőtől péntekig 9 és 16 óra között', 'Mon–Fri 09:00–16:00'],
    ['fi, a range by case endings', 'Asiakaspalvelu palvelee maanantaista perjantaihin klo 9–17', 'Mon–Fri 09:00–17:00'],
    ['et, a range by case endings', 'Klienditeenindus esmaspäevast reedeni kell 9–17', 'Mon–Fri 09:00–17:00'],
  ])('%s: %s', (_lang, text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ['pt', 'Sábado: 10h às 14h', 'Sat 10:00–14:00'],
    ['sv', 'Lördag 10–14', 'Sat 10:00–14:00'],
    ['fi', 'Lauantaisin 10–14', 'Sat 10:00–14:00'],
    ['tr', 'Cumartesi 10:00 - 14:00', 'Sat 10:00–14:00'],
    ['ga', 'Dé Sathairn 10:00 - 14:00', 'Sat 10:00–14:00'],
  ])('a lone day, %s: %s', (_lang, text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it.each([
    ['nl', 'Openingstijden: 9:00 - 17:00 uur', '09:00–17:00'],
    ['fi', 'Aukioloajat: klo 9–17', '09:00–17:00'],
    ['pl', 'Godziny pracy: 8:00 - 16:00', '08:00–16:00'],
  ])('under an hours label, %s: %s', (_lang, text, value) => {
    expect(hoursInText(text)).toEqual([expect.objectContaining({ value, kind: 'labelled times' })]);
  });

  it.each([
    ['sv', 'Vår kundtjänst svarar dygnet runt'],
    ['bg', 'Обслужване на клиенти денонощно'],
    ['uk', 'Підтримка працює цілодобово'],
    ['tr', 'Müşteri hizmetleri 7/24 hizmetinizde'],
  ])('round the clock, %s', (_lang, text) => {
    expect(values(text)).toEqual(['24/7']);
  });

  it.each([
    // a Czech "Po–So" is Monday to Saturday; a German "Mo–So" stays Monday to Sunday
    ['cs', 'Prodejna: po–so 9:00–18:00', 'Mon–Sat 09:00–18:00'],
    ['de', 'Hotline: Mo–So 9:00–18:00', 'Mon–Sun 09:00–18:00'],
    // "pn" is Monday in Polish and Friday in Lithuanian
    ['pl', 'Infolinia: pn–pt 8:00–16:00', 'Mon–Fri 08:00–16:00'],
    ['lt', 'Darbo laikas: Pr–Pn 8:00–17:00', 'Mon–Fri 08:00–17:00'],
  ])('each language reads its own abbreviations, %s: %s', (_lang, text, value) => {
    expect(values(text)).toEqual([value]);
  });

  it('does not take delivery slots for service hours in the new languages', () => {
    expect(values('Levering: man–fre 8:00–16:00')).toEqual([]);
    expect(values('Kargo teslimatı Pazartesi - Cuma 09:00 - 18:00')).toEqual([]);
  });

  it('reads a quantity in litres or metres as a quantity, not hours', () => {
    expect(values('Pon–Pet 5–10 l vode, 2–3 m cijevi')).toEqual([]);
  });

  it('leaves pickup hours to the pickup point (cs)', () => {
    expect(values('Výdejní místo: Osobní odběr: po–pá 10:00–17:00.')).toEqual([]);
  });
});
