let regions: Intl.DisplayNames | undefined;

/** An ISO 3166 country code the runtime knows by name ("EN" is a language, not a country). */
export function isCountryCode(value: string): boolean {
  if (!/^[A-Za-z]{2}$/.test(value)) return false;
  // ICU's region names load on first use, so only when a country is actually given
  regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
  const code = value.toUpperCase();
  return regions.of(code) !== code;
}
