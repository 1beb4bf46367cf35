const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** An ISO 3166 country code the runtime knows by name ("EN" is a language, not a country). */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Za-z]{2}$/.test(value)) return false;
  const code = value.toUpperCase();
  return regions.of(code) !== code;
}
