/**
 * Signs that a store has customer accounts: a login or account link, or a password field. A store
 * whose pages (its header included) show none has no accounts at all, so nobody is made to register.
 */
import type { PageLink } from '../page/links.js';
import { letterRegExp } from './letters.js';
import { collapseWhitespace, cutText } from '../text.js';

/** Words of a login, account or registration URL, between separators, in the languages careaudit reads. */
export const ACCOUNT_HREF = new RegExp(
  '(?:^|[/?=#._-])(?:my-?)?(?:' +
    [
      'account', 'accounts', 'login', 'log-in', 'signin', 'sign-in', 'register', 'customer', 'customers', 'wp-login',
      'konto', 'moje-konto', 'compte', 'mon-compte', 'cuenta', 'mi-cuenta', 'conto', 'mio-account', 'mijn-account',
      'profil', 'profile', 'personal', 'muj-ucet', 'prihlaseni', 'registrace', 'lichnyj-kabinet', 'cabinet',
      // sv da nb
      'mitt-konto', 'mina-sidor', 'logga-in', 'skapa-konto', 'min-konto', 'mit-konto', 'min-side', 'mine-sider',
      'log-ind', 'logind', 'opret-konto', 'logg-inn', 'opprett-konto',
      // fi et lv
      'oma-tili', 'tili', 'kirjaudu', 'luo-tili', 'rekisteroidy', 'minu-konto', 'logi-sisse', 'registreeru',
      'mans-konts', 'pieslegties', 'registreties',
      // hu ro pt
      'fiokom', 'fiok', 'bejelentkezes', 'belepes', 'regisztracio', 'contul-meu', 'cont', 'autentificare', 'inregistrare',
      'minha-conta', 'a-minha-conta', 'conta', 'entrar', 'cadastro', 'registo', 'criar-conta',
      // sk sl hr
      'moj-ucet', 'prihlasenie', 'prihlasit', 'registracia', 'prijava', 'moj-racun', 'registracija',
      // bg uk el
      'moyat-profil', 'kabinet', 'osobystyi-kabinet', 'vhid', 'reyestratsiya', 'syndesi', 'eggrafi', 'logariasmos',
      // tr ga mt
      'hesabim', 'hesap', 'uye-girisi', 'uye-ol', 'uyelik', 'giris', 'giris-yap', 'kayit', 'kayit-ol',
      'mo-chuntas', 'logail-isteach', 'il-kont-tieghi',
    ].join('|') +
    ')(?:$|[/?=#._-])',
  'iu',
);

/**
 * Links whose path is an article or a newsletter sign-up: a blog post about "creating an account" or
 * a "/newsletter/register" form says nothing about customer accounts.
 */
const NOT_ACCOUNT_HREF = /(?:^|[/?=#._-])(?:blog|blogs|news|article|articles|magazine|magazin|newsletter)(?:$|[/?=#._-])/iu;

/** Whole link texts that lead to a login or an account, in the languages careaudit reads (as stores' themes translate them). */
const ACCOUNT_WORDS = [
  // en (ga and mt stores mostly write English too)
  'log ?in', 'sign ?in', 'my account', 'account', 'register', 'sign up', 'create (?:an )?account',
  // pl de fr es it nl cs
  'zaloguj(?: się)?', 'moje konto', 'konto', 'zarejestruj(?: się)?',
  'anmelden', 'einloggen', 'mein konto', 'kundenkonto', 'registrieren',
  'connexion', 'se connecter', 'mon compte', 'compte', "s'inscrire", 'créer un compte',
  'iniciar sesión', 'mi cuenta', 'cuenta', 'regístrate', 'registrarse',
  'accedi', 'il mio account', 'registrati',
  'inloggen', 'aanmelden', 'mijn account', 'registreren',
  'přihlásit(?: se)?', 'přihlášení', 'můj účet', 'účet', 'registrace', 'zaregistrovat se',
  // ru lt
  'войти', 'вход', 'личный кабинет', 'регистрация', 'мой аккаунт', 'авторизация',
  'prisijungti', 'mano paskyra', 'registruotis',
  // sv
  'logga in', 'mitt konto', 'mina sidor', 'skapa (?:ett )?konto', 'registrera(?: dig)?', 'inloggning',
  // da
  'log (?:ind|på)', 'min konto', 'mit konto', 'min side', 'opret (?:en )?(?:konto|bruger)', 'registrer dig',
  // nb
  'logg (?:inn|på)', 'mine sider', 'opprett (?:en )?(?:konto|bruker)', 'registrer deg',
  // fi
  'kirjaudu(?: sisään)?', 'oma tili', 'omat tiedot', 'luo tili', 'rekisteröidy', 'asiakastili', 'tili',
  // et
  'logi sisse', 'minu konto', 'loo konto', 'registreeru',
  // lv
  'pieslēgties', 'ienākt', 'mans konts', 'mans profils', 'izveidot kontu', 'reģistrēties', 'reģistrācija',
  // hu
  'bejelentkezés', 'belépés', 'fiókom', 'saját fiók', 'fiók létrehozása', 'profilom', 'regisztráció',
  // ro
  'autentificare', 'autentifică-te', 'contul meu', 'cont', '[îi]nregistrare', 'cre(?:ează|eaza|are) cont', 'intr[ăa] [îi]n cont',
  // pt
  'entrar', 'iniciar sessão', 'fazer login', 'a minha conta', 'minha conta', 'conta', 'criar (?:uma )?conta',
  'registar', 'registe-se', 'registrar', 'cadastre-se', 'cadastrar',
  // sk
  'prihlásiť(?: sa)?', 'prihlásenie', 'môj účet', 'registrácia', 'vytvoriť účet', 'zaregistrovať sa',
  // sl hr
  'prijava', 'prijavi se', 'moj (?:korisnički )?račun', 'korisnički račun', 'moj profil',
  'registracija', 'registriraj se', '(?:ustvari|izradi|kreiraj) račun',
  // bg
  'влез', 'влизане', 'моят профил', 'моят акаунт', 'профил', 'регистрирай се', 'създай профил', 'създаване на профил',
  // uk
  'увійти', 'вхід', 'мій кабінет', 'особистий кабінет', 'кабінет', 'мій акаунт', 'мій обліковий запис', 'мій профіль',
  'реєстрація', 'зареєструватися',
  // el (capitals drop the accents: ΣΥΝΔΕΣΗ)
  'σ[υύ]νδεση', 'ε[ιί]σοδος', 'ο λογαριασμ[οό]ς μου', 'λογαριασμ[οό]ς', 'εγγραφ[ηή]', 'δημιουργ[ιί]α λογαριασμο[υύ]',
  // tr (matched with dotted and dotless i folded to i: HESABIM, GİRİŞ YAP)
  'giriş(?: yap)?', 'üye girişi', 'hesabim', 'üye ol', 'kayit ol', 'oturum aç', 'hesap oluştur',
  // ga mt
  'logáil isteach', 'mo chuntas', 'cláraigh', 'idħol', 'il-kont tiegħi', 'irreġistra', 'oħloq kont',
].join('|');

/** A whole link text: one of the words, or two joined by a slash or bar ("Logga in / Registrera"). */
export const ACCOUNT_TEXT = letterRegExp(`^(?:${ACCOUNT_WORDS})(?: ?[/|] ?(?:${ACCOUNT_WORDS}))?$`, 'iu');

/** Turkish dotted capital İ and dotless ı do not fold to i under /iu: compare them as i. */
const foldTurkishI = (text: string): string => text.replace(/[İı]/gu, 'i').replace(/i\u0307/gu, 'i');

/** The first sign of customer accounts among a page's links and markup, or undefined when there is none. */
export function accountSign(links: PageLink[], hasPasswordField: boolean): string | undefined {
  if (hasPasswordField) return 'a password field';
  for (const link of links) {
    const text = collapseWhitespace(link.text);
    if (ACCOUNT_TEXT.test(foldTurkishI(text))) return `the link "${text}"`;
    if (ACCOUNT_HREF.test(link.href) && !NOT_ACCOUNT_HREF.test(link.href)) return `a link to ${cutText(link.href, 80, '')}`;
  }
  return undefined;
}
