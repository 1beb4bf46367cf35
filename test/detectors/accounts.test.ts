import { describe, expect, it } from 'vitest';
import { ACCOUNT_HREF, ACCOUNT_TEXT, accountSign } from '../../src/detectors/accounts.js';
import { catastrophicBacktracking } from '../../src/primitives/regex-safety.js';
import { runCheck } from '../helpers/check.js';

const link = (text: string, href = '/') => ({ text, href, url: `https://shop.example${href.startsWith('/') ? href : '/'}` });
const sign = (text: string, href = '/') => accountSign([link(text, href)], false);

describe('accountSign: login and account link texts', () => {
  it.each([
    // en pl de fr
    ['en', 'Log in'], ['en', 'My account'], ['pl', 'Zaloguj się'], ['de', 'Mein Konto'], ['fr', 'Mon compte'],
    // sv da nb fi et lv
    ['sv', 'Logga in'], ['sv', 'Mitt konto'], ['sv', 'Mina sidor'], ['sv', 'Skapa konto'],
    ['da', 'Log ind'], ['da', 'Min konto'], ['da', 'Opret konto'],
    ['nb', 'Logg inn'], ['nb', 'Min konto'], ['nb', 'Opprett konto'],
    ['fi', 'Kirjaudu sisään'], ['fi', 'Oma tili'], ['fi', 'Luo tili'],
    ['et', 'Logi sisse'], ['et', 'Minu konto'],
    ['lv', 'Pieslēgties'], ['lv', 'Mans konts'],
    // hu ro pt
    ['hu', 'Bejelentkezés'], ['hu', 'Fiókom'], ['hu', 'Regisztráció'], ['hu', 'Belépés'],
    ['ro', 'Autentificare'], ['ro', 'Contul meu'], ['ro', 'Înregistrare'],
    ['pt', 'Entrar'], ['pt', 'Iniciar sessão'], ['pt', 'A minha conta'], ['pt', 'Minha conta'], ['pt', 'Criar conta'],
    // sk sl hr
    ['sk', 'Prihlásiť sa'], ['sk', 'Môj účet'],
    ['sl', 'Prijava'], ['sl', 'Moj račun'],
    ['hr', 'Prijava'], ['hr', 'Moj korisnički račun'], ['hr', 'Registracija'],
    // bg uk el
    ['bg', 'Вход'], ['bg', 'Моят профил'], ['bg', 'Регистрация'],
    ['uk', 'Увійти'], ['uk', 'Мій кабінет'], ['uk', 'Реєстрація'],
    ['el', 'Σύνδεση'], ['el', 'ΣΥΝΔΕΣΗ'], ['el', 'Ο λογαριασμός μου'], ['el', 'Εγγραφή'],
    // tr (dotted and dotless capitals)
    ['tr', 'Giriş yap'], ['tr', 'GİRİŞ YAP'], ['tr', 'Hesabım'], ['tr', 'HESABIM'], ['tr', 'Üye ol'], ['tr', 'Üye Girişi'],
    // ga mt
    ['ga', 'Logáil isteach'], ['ga', 'Mo chuntas'], ['mt', 'Il-kont tiegħi'], ['mt', 'Idħol'],
    // two joined by a slash, case and spacing as written
    ['sv', 'Logga in / Registrera'], ['cs', 'Přihlášení | Registrace'], ['da', '  LOG   IND '],
  ])('%s "%s" is a sign of accounts', (_lang, text) => {
    expect(sign(text)).toBe(`the link "${text.trim().replace(/\s+/g, ' ')}"`);
  });
});

describe('accountSign: login and account URLs', () => {
  it.each([
    '/mitt-konto', '/mina-sidor/', '/logga-in?return=/kassa', '/min-konto', '/oma-tili', '/kirjaudu', '/fiokom',
    '/contul-meu', '/minha-conta/', '/a-minha-conta', '/hesabim', '/uye-girisi', '/prihlasenie', '/prijava',
    '/customer/account/login/', '/index.php?controller=my-account', '/moj-racun', '/mans-konts',
  ])('%s is a sign of accounts', (href) => {
    expect(sign('', href)).toBe(`a link to ${href}`);
    expect(sign('→', href)).toBeDefined();
  });
});

describe('accountSign: near misses', () => {
  it.each([
    ['Kontakt', '/kontakt'],
    ['Konto bankowe 12 3456', '/platnosci'],
    ['Jak założyć konto w sklepie? Poradnik', '/blog/jak-zalozyc-konto'],
    ['Read more', '/blog/how-to-create-an-account'],
    ['Så skapar du ett konto', '/nyheter/news/mitt-konto-guide'],
    ['Prijava na e-novice', '/newsletter/prijava'],
    ['Kontaktujte nás', '/kontakty'],
    ['Contas de poupança', '/contas-de-poupanca'],
    ['Giriş kapısı modelleri', '/urunler/kapi'],
    ['Entrar em contacto', '/contacto'],
    ['Sisustus', '/sisustus'],
    ['Mina favoriter', '/favoriter'],
  ])('"%s" (%s) is no sign of accounts', (text, href) => {
    expect(sign(text, href)).toBeUndefined();
  });

  it('a password field is a sign, whatever the links', () => {
    expect(accountSign([], true)).toBe('a password field');
    expect(accountSign([link('Kontakt', '/kontakt')], false)).toBeUndefined();
  });
});

describe('accountSign: patterns', () => {
  it('are linear: no repetition of something that itself repeats', () => {
    expect(catastrophicBacktracking(ACCOUNT_TEXT.source)).toBeUndefined();
    expect(catastrophicBacktracking(ACCOUNT_HREF.source)).toBeUndefined();
    const long = 'Logga in / '.repeat(2000) + 'x';
    const started = performance.now();
    expect(sign(long)).toBeUndefined();
    expect(sign('', '/' + 'mitt-'.repeat(5000))).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('no-accounts primitive', () => {
  const page = (lang: string, header: string) =>
    `<!doctype html><html lang="${lang}"><body><header><a href="/">Hem</a> ${header}</header><main><p>Varukorg</p></main></body></html>`;

  it.each([
    ['sv', '<a href="/account">Logga in</a>'],
    ['sv', '<a href="/pages/x">Mitt konto</a>'],
    ['fi', '<a href="/pages/x">Kirjaudu sisään</a>'],
    ['hu', '<a href="/pages/x">Fiókom</a>'],
    ['tr', '<a href="/pages/x">Üye Girişi</a>'],
    ['el', '<a href="/pages/x">Ο λογαριασμός μου</a>'],
  ])('a %s store with %s has accounts', (lang, header) => {
    const result = runCheck({ 'no-accounts': {} }, page(lang, header));
    expect(result.status).toBe('fail');
    expect(result.evidence[0]).toMatchObject({ kind: 'customer accounts' });
  });

  it('a store with no login, account link or password field has none', () => {
    expect(runCheck({ 'no-accounts': {} }, page('sv', '<a href="/kontakt">Kontakt</a> <a href="/blog/mitt-konto">Blogg</a>')).status).toBe('pass');
  });
});
