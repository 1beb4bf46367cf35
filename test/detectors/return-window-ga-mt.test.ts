import { describe, expect, it } from 'vitest';
import { returnWindowsInText } from '../../src/detectors/return-window.js';

const days = (text: string): number[] => returnWindowsInText(text).map((w) => w.days);

describe('returnWindowsInText: Irish and Maltese', () => {
  it.each([
    ['ga', 'Tá 30 lá agat chun na hearraí a thabhairt ar ais.', [30]],
    ['ga', 'Is féidir tuairisceáin a dhéanamh laistigh de 14 lá ón seachadadh.', [14]],
    ['ga', 'Glacaimid le tuairisceáin laistigh de dhá sheachtain.', [14]],
    ['mt', 'Għandek 14-il jum biex tirritorna l-prodott.', [14]],
    ['mt', 'Ir-ritorni huma aċċettati fi żmien 30 jum mill-kunsinna.', [30]],
    ['ga, a fortnight with no number', 'Tá coicís agat ón lá a sheachadtar d’ordú chun na hearraí a chur ar ais chugainn.', [14]],
    ['mt, two weeks in one word', 'Tista’ tirritorna l-prodotti fi żmien ġimagħtejn.', [14]],
    ['mt, two days in one word', 'Tista’ tirritorna l-prodotti fi żmien jumejn.', [2]],
    ['mt, withdrawal from delivery', 'Għandek id-dritt li tirtira mill-kuntratt fi żmien 14-il jum mill-kunsinna.', [14]],
  ])('%s: %s', (_lang, text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it.each([
    ['ga', 'Déanfar an aisíocaíocht laistigh de 14 lá.'],
    ['mt', 'Ir-rifużjoni ssir fi żmien 14-il jum.'],
  ])('a refund period is not the return window, %s', (_lang, text) => {
    expect(days(text)).toEqual([]);
  });
});
