/** Reserved test data typed into a checkout's fields, so the walk reaches the next screen. */
import type { Page as Tab } from 'playwright-core';
import type { TestShopper } from './test-address.js';

/** A screen with more fields than this is a form of another kind (a survey): the rest stay empty. */
const MAX_FIELDS = 60;

// a field's words in the languages careaudit reads; family names first, as "cognome" holds "nome" and "prenume" "nume"
const EMAIL = /e-?mail|correo|courriel|sähköposti|e-?post/;
const PASSWORD = /password|passwort|hasło|пароль|slaptažod|mot de passe|contraseña|senha|wachtwoord|heslo|lösenord|adgangskode|passord|salasana|jelszó|parolă|şifre/;
const PHONE = /phone|tel|telefon|телефон|puhelin|mobil|cellulare|móvil|movil|gsm/;
const FAMILY = /family|last|surname|nachname|nazwisko|фамил|pavardė|apellido|apelido|sobrenome|cognome|achternaam|příjmení|prijmeni|priezvisko|efternamn|efternavn|etternavn|sukunimi|vezetéknév|perekonnanimi|uzvārds|priimek|prezime|soyad|прізвище/;
const GIVEN = /given|first|vorname|prénom|imię|имя|vardas|nombre|nome|voornaam|jméno|jmeno|meno|förnamn|fornavn|etunimi|keresztnév|eesnimi|vārds|prenume|(?<![a-z])ime(?![a-z])|ім'я|όνομα/;
const POSTCODE = /zip|post|plz|indeks|индекс|código|(?<![a-z])cap(?![a-z])|psč|psc|irányítószám|cod poștal|postinumero|sihtnumber|pasta indekss|pašto kodas|poštna|poštanski|posta kodu|ταχυδρομικός|пощенски/;
const CITY = /city|town|stadt|ville|miasto|город|miestas|ciudad|locality|città|citta|plaats|woonplaats|město|mesto|cidade|localidade|(?<![a-z])(?:ort|by|linn|grad)(?![a-z])|stad|kaupunki|város|oraș|oras|pilsēta|şehir|sehir|πόλη|місто|населено/;
const STREET = /street|address|addr|straße|strasse|rue|ulica|адрес|gatvė|dirección|indirizzo|(?<![a-z])via(?![a-z])|straat|adres|ulice|adresa|rua|morada|gata|adress|vej|vei|katu|osoite|utca|cím|strada|tänav|iela|sokak|οδός|διεύθυνση|вулиц/;

/** The value for a field from its type, name, id, autocomplete, placeholder and label; undefined leaves it empty. */
export function valueFor(signature: string, type: string, shopper: TestShopper): string | undefined {
  const s = signature.toLowerCase();
  if (type === 'email' || EMAIL.test(s)) return shopper.email;
  if (type === 'password' || PASSWORD.test(s)) return shopper.password;
  if (type === 'tel' || PHONE.test(s)) return shopper.phone;
  if (FAMILY.test(s)) return shopper.familyName;
  if (GIVEN.test(s)) return shopper.givenName;
  // French "nom" and Romanian "nume" alone are the family name
  if (/(?:^|[^a-z])(?:nom|nume)(?:[^a-z]|$)/.test(s)) return shopper.familyName;
  if (POSTCODE.test(s)) return shopper.postcode;
  if (CITY.test(s)) return shopper.city;
  if (STREET.test(s)) return shopper.street;
  if (/name|naam|nimi|név|navn|namn/.test(s)) return shopper.name;
  return undefined;
}

/** The DOM of a form field as far as the walk reads it (careaudit compiles without the DOM's types). */
interface FieldElement {
  id: string;
  tagName: string;
  type?: string;
  name?: string;
  value?: string;
  required?: boolean;
  checked?: boolean;
  disabled?: boolean;
  options?: ArrayLike<{ value: string; disabled: boolean }>;
  getAttribute(name: string): string | null;
  closest(selector: string): { textContent: string | null } | null;
  getRootNode(): unknown;
  checkVisibility(): boolean;
}
interface Root {
  querySelectorAll(selector: string): ArrayLike<FieldElement & { htmlFor?: string; textContent: string | null }>;
}

/** What the walk needs to know of a field to fill it, read in one round trip for the whole screen. */
interface FieldState {
  fillable: boolean;
  tag: string;
  type: string;
  required: boolean;
  checked: boolean;
  empty: boolean;
  signature: string;
  /** A radio button's group (its name). */
  group: string;
  firstOption?: string;
}

/** Fills the screen's empty fields with test data, checks required boxes, picks the first choice of each empty group and list. */
export async function fillScreen(tab: Tab, shopper: TestShopper): Promise<void> {
  const fields = tab.locator('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=search]), select, textarea');
  const states = await fields.evaluateAll((nodes): FieldState[] =>
    nodes.map((node) => {
      const el = node as unknown as FieldElement;
      const root = el.getRootNode() as Root;
      const type = (el.type ?? '').toLowerCase();
      const radios = type === 'radio' && el.name ? Array.from(root.querySelectorAll('input[type=radio]')).filter((r) => r.name === el.name) : [];
      const label = el.id ? Array.from(root.querySelectorAll('label')).find((l) => l.htmlFor === el.id)?.textContent : el.closest('label')?.textContent;
      return {
        fillable: el.checkVisibility() && !el.disabled,
        tag: el.tagName.toLowerCase(),
        type,
        required: el.required === true,
        checked: el.checked === true || radios.some((r) => r.checked),
        empty: !el.value,
        group: type === 'radio' ? (el.name ?? '') : '',
        signature: [el.getAttribute('name'), el.id, el.getAttribute('autocomplete'), el.getAttribute('placeholder'), el.getAttribute('aria-label'), label].filter(Boolean).join(' '),
        firstOption: Array.from(el.options ?? []).find((o) => o.value && !o.disabled)?.value,
      };
    }),
  );
  const checkedGroups = new Set<string>();
  for (const [i, state] of states.entries()) {
    if (i >= MAX_FIELDS || !state.fillable) continue;
    const field = fields.nth(i);
    if (state.type === 'checkbox') {
      if (state.required && !state.checked) await field.check({ timeout: 2000 }).catch(() => {});
    } else if (state.type === 'radio') {
      // the first choice of a group none of whose choices is taken (the state is read once, before any click)
      if (!state.checked && !checkedGroups.has(state.group)) {
        checkedGroups.add(state.group);
        await field.check({ timeout: 2000 }).catch(() => {});
      }
    } else if (state.tag === 'select') {
      if (state.empty && state.firstOption) await field.selectOption(state.firstOption, { timeout: 2000 }).catch(() => {});
    } else if (state.empty) {
      const value = valueFor(`${state.type} ${state.signature}`, state.type, shopper);
      if (value !== undefined || state.required) await field.fill(value ?? 'Test', { timeout: 2000 }).catch(() => {});
    }
  }
}
