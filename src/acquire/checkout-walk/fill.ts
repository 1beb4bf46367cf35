/** Reserved test data typed into a checkout's fields, so the walk reaches the next screen. */
import type { Locator, Page as Tab } from 'playwright-core';

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
  options?: ArrayLike<{ value: string; disabled: boolean }>;
  getAttribute(name: string): string | null;
  closest(selector: string): { textContent: string | null } | null;
  getRootNode(): unknown;
}
interface Root {
  querySelectorAll(selector: string): ArrayLike<FieldElement & { htmlFor?: string; textContent: string | null }>;
}

async function signatureOf(field: Locator): Promise<string> {
  return field.evaluate((node) => {
    const el = node as unknown as FieldElement;
    const root = el.getRootNode() as Root;
    const label = el.id ? Array.from(root.querySelectorAll('label')).find((l) => l.htmlFor === el.id)?.textContent : el.closest('label')?.textContent;
    return [el.getAttribute('name'), el.id, el.getAttribute('autocomplete'), el.getAttribute('placeholder'), el.getAttribute('aria-label'), label].filter(Boolean).join(' ');
  });
}

/** Fills the screen's empty fields with test data, checks required boxes, picks the first choice of each empty group. */
export async function fillScreen(tab: Tab): Promise<void> {
  const fields = tab.locator('input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=image]):not([type=search]), select, textarea');
  const count = Math.min(await fields.count(), 60);
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible().catch(() => false)) || !(await field.isEnabled().catch(() => false))) continue;
    const { tag, type, required, checked, empty, radioName } = await field.evaluate((node) => {
      const el = node as unknown as FieldElement;
      const radioName = el.type === 'radio' ? (el.name ?? '') : '';
      const radios = radioName ? Array.from((el.getRootNode() as Root).querySelectorAll('input[type=radio]')).filter((r) => r.name === radioName) : [];
      return { tag: el.tagName.toLowerCase(), type: (el.type ?? '').toLowerCase(), required: el.required === true, checked: el.checked === true || radios.some((r) => r.checked), empty: !el.value, radioName };
    });
    if (type === 'checkbox') {
      if (required && !checked) await field.check({ timeout: 2000 }).catch(() => {});
    } else if (type === 'radio') {
      if (radioName && !checked) await field.check({ timeout: 2000 }).catch(() => {});
    } else if (tag === 'select') {
      if (empty) {
        const option = await field.evaluate((node) => Array.from((node as unknown as FieldElement).options ?? []).find((o) => o.value && !o.disabled)?.value);
        if (option) await field.selectOption(option, { timeout: 2000 }).catch(() => {});
      }
    } else if (empty) {
      const value = valueFor(`${type} ${await signatureOf(field)}`, type);
      if (value ?? required) await field.fill(value ?? 'Test', { timeout: 2000 }).catch(() => {});
    }
  }
}
