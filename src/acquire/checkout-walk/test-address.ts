/**
 * The test shopper the walk types into a checkout, in the store's country: a postcode, city and phone
 * number that the country's forms accept (a Polish "00-950", a Dutch "1012 AB"), a street that names itself
 * a test, example.com mail. Phone numbers come from the ranges set aside for fiction where the country has
 * one (the UK's 07700 900xxx, Australia's 0491 570xxx, France's 01 99 00xxxx, North America's 555-01xx);
 * elsewhere they only have the country's shape. No order is ever placed with them.
 */
export interface TestShopper {
  email: string;
  givenName: string;
  familyName: string;
  name: string;
  street: string;
  city: string;
  postcode: string;
  phone: string;
  password: string;
}

type Place = Pick<TestShopper, 'street' | 'city' | 'postcode' | 'phone'>;

const US: Place = { street: '1 Example Street', city: 'Springfield', postcode: '12345', phone: '+1 555 0100' };

/** By ISO country code; a country not listed gets the US address, whose five-digit postcode many forms accept. */
const PLACES: Readonly<Record<string, Place>> = {
  US,
  CA: { street: '1 Example Street', city: 'Ottawa', postcode: 'K1A 0B1', phone: '+1 613 555 0100' },
  GB: { street: '1 Example Street', city: 'London', postcode: 'EC1A 1BB', phone: '+44 7700 900123' },
  IE: { street: '1 Example Street', city: 'Dublin', postcode: 'D02 X285', phone: '+353 1 555 0100' },
  AU: { street: '1 Example Street', city: 'Sydney', postcode: '2000', phone: '+61 491 570 006' },
  MT: { street: '1 Example Street', city: 'Valletta', postcode: 'VLT 1117', phone: '+356 2100 0000' },
  DE: { street: 'Teststraße 1', city: 'Berlin', postcode: '10115', phone: '+49 30 1234567' },
  AT: { street: 'Teststraße 1', city: 'Wien', postcode: '1010', phone: '+43 1 2345678' },
  CH: { street: 'Teststrasse 1', city: 'Zürich', postcode: '8001', phone: '+41 44 123 45 67' },
  FR: { street: "1 rue de l'Exemple", city: 'Paris', postcode: '75001', phone: '+33 1 99 00 12 34' },
  BE: { street: 'Rue de l’Exemple 1', city: 'Bruxelles', postcode: '1000', phone: '+32 2 123 45 67' },
  LU: { street: "1 rue de l'Exemple", city: 'Luxembourg', postcode: '1111', phone: '+352 123 456' },
  NL: { street: 'Teststraat 1', city: 'Amsterdam', postcode: '1012 AB', phone: '+31 20 123 4567' },
  IT: { street: 'Via Esempio 1', city: 'Roma', postcode: '00118', phone: '+39 06 1234 5678' },
  ES: { street: 'Calle Ejemplo 1', city: 'Madrid', postcode: '28001', phone: '+34 912 345 678' },
  PT: { street: 'Rua Exemplo 1', city: 'Lisboa', postcode: '1000-001', phone: '+351 212 345 678' },
  PL: { street: 'ul. Testowa 1', city: 'Warszawa', postcode: '00-950', phone: '+48 22 123 45 67' },
  CZ: { street: 'Testovací 1', city: 'Praha', postcode: '110 00', phone: '+420 212 345 678' },
  SK: { street: 'Testovacia 1', city: 'Bratislava', postcode: '811 01', phone: '+421 2 1234 5678' },
  HU: { street: 'Teszt utca 1', city: 'Budapest', postcode: '1011', phone: '+36 1 234 5678' },
  RO: { street: 'Strada Exemplu 1', city: 'București', postcode: '010011', phone: '+40 21 123 4567' },
  BG: { street: 'ул. Тестова 1', city: 'София', postcode: '1000', phone: '+359 2 123 4567' },
  GR: { street: 'Οδός Δοκιμής 1', city: 'Αθήνα', postcode: '105 57', phone: '+30 21 0123 4567' },
  SE: { street: 'Testgatan 1', city: 'Stockholm', postcode: '111 22', phone: '+46 8 123 456 78' },
  DK: { street: 'Testvej 1', city: 'København', postcode: '1050', phone: '+45 12 34 56 78' },
  NO: { street: 'Testveien 1', city: 'Oslo', postcode: '0150', phone: '+47 21 23 45 67' },
  FI: { street: 'Testikatu 1', city: 'Helsinki', postcode: '00100', phone: '+358 9 1234 567' },
  EE: { street: 'Testi tn 1', city: 'Tallinn', postcode: '10111', phone: '+372 612 3456' },
  LV: { street: 'Testa iela 1', city: 'Rīga', postcode: 'LV-1050', phone: '+371 6712 3456' },
  LT: { street: 'Testo g. 1', city: 'Vilnius', postcode: 'LT-01100', phone: '+370 5 212 3456' },
  SI: { street: 'Testna ulica 1', city: 'Ljubljana', postcode: '1000', phone: '+386 1 234 56 78' },
  HR: { street: 'Testna ulica 1', city: 'Zagreb', postcode: '10000', phone: '+385 1 234 5678' },
  TR: { street: 'Test Sokak 1', city: 'İstanbul', postcode: '34000', phone: '+90 212 123 45 67' },
  UA: { street: 'вул. Тестова 1', city: 'Київ', postcode: '01001', phone: '+380 44 123 4567' },
};

/** The test shopper for a store in this country (ISO code, any case), or the US one. */
export function testShopper(country: string | undefined): TestShopper {
  const place = PLACES[country?.toUpperCase() ?? ''] ?? US;
  return { email: 'careaudit-walk@example.com', givenName: 'Test', familyName: 'Shopper', name: 'Test Shopper', password: 'Careaudit-walk-2026!', ...place };
}
