/** Reserved test data typed into a checkout's fields, so the walk reaches the next screen. */
import type { Page as Tab } from 'playwright-core';

/** An address that looks valid to a form and belongs to nobody: example.com mail, a 555 phone number. */
const TEST_DATA = {
  email: 'careaudit-walk@example.com',
  givenName: 'Test',
  familyName: 'Shopper',
  name: 'Test Shopper',
  street: '1 Example Street',
  city: 'Springfield',
  postcode: '12345',
  phone: '+1 555 0100',
  password: 'Careaudit-walk-2026!',
};

/** A screen with more fields than this is a form of another kind (a survey): the rest stay empty. */
const MAX_FIELDS = 60;

/** The value for a field from its type, name, id, autocomplete, placeholder and label; undefined leaves it empty. */
function valueFor(signature: string, type: string): string | undefined {
  const s = signature.toLowerCase();
  if (type === 'email' || /e-?mail/.test(s)) return TEST_DATA.email;
  if (type === 'password' || /password|passwort|hasło|пароль|slaptažod/.test(s)) return TEST_DATA.password;
  if (type === 'tel' || /phone|tel|telefon|телефон/.test(s)) return TEST_DATA.phone;
  if (/given|first|vorname|prénom|imię|имя|vardas|nombre/.test(s)) return TEST_DATA.givenName;
  if (/family|last|surname|nachname|nom|nazwisko|фамил|pavardė|apellido/.test(s)) return TEST_DATA.familyName;
  if (/zip|post|plz|indeks|индекс|código/.test(s)) return TEST_DATA.postcode;
  if (/city|town|stadt|ville|miasto|город|miestas|ciudad|locality/.test(s)) return TEST_DATA.city;
  if (/street|address|addr|straße|strasse|rue|ulica|адрес|gatvė|dirección/.test(s)) return TEST_DATA.street;
  if (/name/.test(s)) return TEST_DATA.name;
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
export async function fillScreen(tab: Tab): Promise<void> {
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
      const value = valueFor(`${state.type} ${state.signature}`, state.type);
      if (value !== undefined || state.required) await field.fill(value ?? 'Test', { timeout: 2000 }).catch(() => {});
    }
  }
}
