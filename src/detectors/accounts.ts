/**
 * Signs that a store has customer accounts: a login or account link, or a password field. A store
 * whose pages (its header included) show none has no accounts at all, so nobody is made to register.
 */
import type { PageLink } from '../page/links.js';
import { letterRegExp } from './letters.js';
import { collapseWhitespace, cutText } from '../text.js';

const ACCOUNT_HREF =
  /(?:^|[/?=#._-])(?:my-?)?(?:account|accounts|login|log-in|signin|sign-in|register|customer|customers|konto|moje-konto|compte|mon-compte|cuenta|mi-cuenta|conto|mio-account|mijn-account|profil|profile|muj-ucet|prihlaseni|registrace|personal|lichnyj-kabinet|cabinet|wp-login)(?:$|[/?=#._-])/iu;

/** Whole link texts that lead to a login or an account, in the languages careaudit reads. */
const ACCOUNT_TEXT = letterRegExp(
  '^(?:' +
    [
      'log ?in', 'sign ?in', 'my account', 'account', 'register', 'sign up', 'create (?:an )?account',
      'zaloguj(?: się)?', 'moje konto', 'konto', 'zarejestruj(?: się)?',
      'anmelden', 'einloggen', 'mein konto', 'kundenkonto', 'registrieren',
      'connexion', 'se connecter', 'mon compte', 'compte', "s'inscrire", 'créer un compte',
      'iniciar sesión', 'mi cuenta', 'cuenta', 'regístrate', 'registrarse',
      'accedi', 'il mio account', 'registrati',
      'inloggen', 'aanmelden', 'mijn account', 'registreren',
      'přihlásit(?: se)?', 'přihlášení', 'můj účet', 'účet',
      'войти', 'вход', 'личный кабинет', 'регистрация',
      'prisijungti', 'mano paskyra', 'registruotis',
    ].join('|') +
    ')$',
  'iu',
);

/** The first sign of customer accounts among a page's links and markup, or undefined when there is none. */
export function accountSign(links: PageLink[], hasPasswordField: boolean): string | undefined {
  if (hasPasswordField) return 'a password field';
  for (const link of links) {
    const text = collapseWhitespace(link.text);
    if (ACCOUNT_TEXT.test(text)) return `the link "${text}"`;
    if (ACCOUNT_HREF.test(link.href)) return `a link to ${cutText(link.href, 80, '')}`;
  }
  return undefined;
}
