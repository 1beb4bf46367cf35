import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEmail, readEmailFile } from '../../src/acquire/email.js';
import { encodeLegacy } from '../helpers/legacy-encode.js';
import { EmailParseError } from '../../src/errors.js';

const cp1251 = (s: string) => encodeLegacy(s, 'windows-1251');


const crlf = (lines: string[]): string => lines.join('\r\n');

const MULTIPART_QP = crlf([
  'Return-Path: <bounce@sklep.example.pl>',
  'From: =?UTF-8?Q?Sklep_Pi=C3=B3rko?= <zamowienia@sklep.example.pl>',
  'To: Anna Kowalska <anna@example.com>',
  'Subject: =?UTF-8?Q?Potwierdzenie_zam=C3=B3wienia_nr_100234?=',
  'Date: Tue, 14 May 2024 10:21:07 +0200',
  'Message-ID: <abc123@sklep.example.pl>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative;',
  ' boundary="----=_Part_0_123"',
  '',
  '------=_Part_0_123',
  'Content-Type: text/plain; charset=UTF-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Dzi=C4=99kujemy za zam=C3=B3wienie nr 100234.',
  '------=_Part_0_123',
  'Content-Type: text/html;',
  ' charset="utf-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  '<html><body><h1>Dzi=C4=99kujemy, Anna!</h1><p>Zam=C3=B3wienie nr <b>100234</b> zosta=',
  '=C5=82o przyj=C4=99te.</p><p>Infolinia: <a href=3D"tel:+48221234567">+48 22 123 45 67</a></p></body></html>',
  '------=_Part_0_123--',
  '',
]);

describe('parseEmail: .eml bytes', () => {
  it('multipart/alternative with a quoted-printable HTML part', async () => {
    const page = await parseEmail(Buffer.from(MULTIPART_QP), 'file:///mail/order.eml');
    expect(page.url).toBe('file:///mail/order.eml');
    expect(page.roles).toEqual(['email']);
    expect(page.status).toBe('ok');
    expect(page.html).toContain('<h1>Dziękujemy, Anna!</h1>');
    expect(page.html).toContain('zostało przyjęte');
    expect(page.html).toContain('href="tel:+48221234567"');
    expect(page.email).toEqual({
      subject: 'Potwierdzenie zamówienia nr 100234',
      from: 'Sklep Piórko <zamowienia@sklep.example.pl>',
      to: 'Anna Kowalska <anna@example.com>',
      date: '2024-05-14T08:21:07.000Z',
    });
    expect(page.charset).toBe('utf-8');
    expect(page.charsetSource).toBe('header');
    expect(page.headers['message-id']).toBe('<abc123@sklep.example.pl>');
  });

  it('a base64 text-only message in windows-1251', async () => {
    const text = 'Здравствуйте, Иван!\r\nВаш заказ № 5521 принят.\r\nСумма: 1 299 руб. <с доставкой> & без НДС\r\nТелефон: 8 800 555-35-35\r\n';
    const subject = `=?windows-1251?B?${cp1251('Заказ № 5521 принят').toString('base64')}?=`;
    const body = cp1251(text).toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = Buffer.from(
      crlf([
        'From: "Rybolov.ru" <shop@rybolov.example.ru>',
        'To: ivan@example.ru',
        `Subject: ${subject}`,
        'Date: Mon, 13 May 2024 18:00:00 +0300',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=windows-1251',
        'Content-Transfer-Encoding: base64',
        '',
        body,
        '',
      ]),
    );
    const page = await parseEmail(eml, 'file:///mail/zakaz.eml');
    expect(page.html.startsWith('<pre>')).toBe(true);
    expect(page.html.endsWith('</pre>')).toBe(true);
    expect(page.html).toContain('Ваш заказ № 5521 принят.');
    expect(page.html).toContain('1 299 руб. &lt;с доставкой&gt; &amp; без НДС');
    expect(page.html).not.toContain('<br');
    expect(page.email?.subject).toBe('Заказ № 5521 принят');
    expect(page.email?.from).toBe('Rybolov.ru <shop@rybolov.example.ru>');
    expect(page.charset).toBe('windows-1251');
    expect(page.charsetSource).toBe('header');
  });

  it('accepts an mbox envelope line and a message without Content-Type', async () => {
    const eml = Buffer.from('From shop@example.com Mon May 13 18:00:00 2024\nFrom: shop@example.com\nSubject: Order 42\n\nThanks for your order #42.\n');
    const page = await parseEmail(eml, 'file:///mail/42.eml');
    expect(page.html).toBe('<pre>Thanks for your order #42.\n</pre>');
    expect(page.charsetSource).toBe('default');
  });
});

describe('readEmailFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'careaudit-email-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads an .eml file and names it by a file: URL', async () => {
    const file = join(dir, 'order.eml');
    await writeFile(file, MULTIPART_QP);
    const page = await readEmailFile(file);
    expect(page.url).toBe(pathToFileURL(file).href);
    expect(page.path).toBe(file);
    expect(page.email?.subject).toBe('Potwierdzenie zamówienia nr 100234');
  });

  it('reads a saved .html email with its meta charset', async () => {
    const file = join(dir, 'confirmation.html');
    const html = '<!DOCTYPE html><html lang="ru"><head><meta charset="windows-1251"><title>Заказ № 77 оформлен</title></head><body><p>Спасибо за заказ!</p></body></html>';
    await writeFile(file, cp1251(html));
    const page = await readEmailFile(file);
    expect(page.html).toContain('<p>Спасибо за заказ!</p>');
    expect(page.charset).toBe('windows-1251');
    expect(page.charsetSource).toBe('meta');
    expect(page.email).toEqual({ subject: 'Заказ № 77 оформлен' });
    expect(page.roles).toEqual(['email']);
  });

  it('recognises HTML by its content whatever the extension, and defaults to UTF-8', async () => {
    const page = await parseEmail(Buffer.from('  <table><tr><td>Commande nº 12 confirmée</td></tr></table>'), 'file:///mail/order.txt');
    expect(page.html).toContain('Commande nº 12 confirmée');
    expect(page.charset).toBe('utf-8');
  });

  it('rejects an empty file', async () => {
    const file = join(dir, 'empty.eml');
    await writeFile(file, '');
    await expect(readEmailFile(file)).rejects.toThrow(EmailParseError);
    await expect(readEmailFile(file)).rejects.toThrow(`${file} is not an email: the file is empty`);
  });

  it('rejects a binary file', async () => {
    const file = join(dir, 'x.eml');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    await expect(readEmailFile(file)).rejects.toThrow(`${file} is not an email: binary content`);
  });

  it('rejects text without headers', async () => {
    const file = join(dir, 'notes.eml');
    await writeFile(file, 'Thank you for your order!\nWe will ship it soon.\n');
    await expect(readEmailFile(file)).rejects.toThrow(`${file} is not an email: no headers found`);
    await writeFile(file, 'Note: call the shop\nTodo: returns\n\nbody');
    await expect(readEmailFile(file)).rejects.toThrow('no headers found');
  });

  it('reports a missing file plainly', async () => {
    const file = join(dir, 'missing.eml');
    await expect(readEmailFile(file)).rejects.toThrow(`${file}: file not found`);
  });
});
