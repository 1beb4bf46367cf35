/** Text in a single-byte legacy charset, by inverting Node's decoder (TextEncoder only does UTF-8). */
export function encodeLegacy(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte++) {
    const ch = decoder.decode(Uint8Array.of(byte));
    if (ch !== '\uFFFD' && !table.has(ch)) table.set(ch, byte);
  }
  return Buffer.from(
    Array.from(text, (ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} is not in ${charset}`);
      return byte;
    }),
  );
}
