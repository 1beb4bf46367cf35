import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSitesFile, readSitesFile } from '../../src/batch/sites-file.js';
import { SourceFileError } from '../../src/errors.js';

function errorOf(file: string, source: string): SourceFileError {
  try {
    parseSitesFile(file, source);
  } catch (error) {
    if (error instanceof SourceFileError) return error;
    throw error;
  }
  throw new Error('expected a SourceFileError');
}

describe('text sites files', () => {
  it('one target per line; comments, blank lines and surrounding whitespace ignored', () => {
    const source = '\uFEFF# my clients\r\nhttps://a.example/\r\n\r\n   examples/corner-shop   \r\n  # an indented comment\nhttps://b.example/#top   # a URL fragment stays, a trailing comment goes\n\t\n';
    expect(parseSitesFile('sites.txt', source)).toEqual([
      { id: 'https://a.example/', target: 'https://a.example/', line: 2 },
      { id: 'examples/corner-shop', target: 'examples/corner-shop', line: 4 },
      { id: 'https://b.example/#top', target: 'https://b.example/#top', line: 6 },
    ]);
  });

  it('a repeated target is an error at its second line and column, with a code frame', () => {
    const error = errorOf('sites.txt', 'https://a.example/\nhttps://b.example/\n  https://a.example/\n');
    expect(error.message).toBe('sites.txt:3:3: duplicate site id "https://a.example/" (already on line 1)');
    expect(error.format()).toMatch(/> 3 \|   https:\/\/a\.example\/\n\s+\|   \^/);
  });

  it('a file with no sites is an error', () => {
    expect(errorOf('sites.txt', '# nothing yet\n\n').message).toBe('sites.txt:1:1: no sites listed');
  });
});

describe('YAML sites files', () => {
  it('a list of targets and of entries with per-site options', () => {
    const source = `# clients
- https://a.example/
- target: ./stores/corner
  id: corner
  email: mails/corner.eml
  country: pl
  pages:
    contact: https://corner.example/kontakt
    returns: stores/corner/zwroty.html
- target: https://b.example/
`;
    expect(parseSitesFile('sites.yaml', source)).toEqual([
      { id: 'https://a.example/', target: 'https://a.example/', line: 2 },
      {
        id: 'corner',
        target: './stores/corner',
        line: 3,
        email: 'mails/corner.eml',
        country: 'PL',
        pages: [
          { role: 'contact', location: 'https://corner.example/kontakt' },
          { role: 'returns', location: 'stores/corner/zwroty.html' },
        ],
      },
      { id: 'https://b.example/', target: 'https://b.example/', line: 10 },
    ]);
  });

  const entry = '- target: https://a.example/\n  id: a\n';
  const broken: [string, string, number, number, RegExp][] = [
    ['a misspelt key', '- target: https://a.example/\n  emial: a.eml\n', 2, 3, /unknown key "emial" \(did you mean "email"\?\)/],
    ['no target', '- https://b.example/\n- id: a\n  country: PL\n', 2, 3, /a site entry needs a target/],
    ['a bad country', `${entry}  country: Poland\n`, 3, 12, /country must be a two-letter country code \(got "Poland"\)/],
    ['an unknown page role', `${entry}  pages:\n    basket: https://a.example/cart\n`, 4, 5, /unknown page role "basket"/],
    ['pages as a list', `${entry}  pages: [https://a.example/contact]\n`, 3, 10, /pages must be a mapping of page role to URL or path/],
    ['a number as a target', '- 42\n', 1, 3, /a site must be non-empty text/],
    ['a nested list', '- [a, b]\n', 1, 3, /a site must be a target or a mapping/],
    ['not a list', 'target: https://a.example/\n', 1, 1, /the sites file must be a list of sites/],
    ['a YAML syntax error', '- target: [https://a.example/\n', 2, 1, /YAML syntax error/],
    ['a duplicate id', `${entry}- target: https://b.example/\n  id: a\n`, 4, 7, /duplicate site id "a" \(already on line 1\)/],
    ['a target listed twice without ids', '- https://a.example/\n- target: https://a.example/\n', 2, 11, /duplicate site id "https:\/\/a\.example\/"/],
  ];
  it.each(broken)('%s: located file:line:column', (_, source, line, column, message) => {
    const error = errorOf('sites.yml', source);
    expect({ line: error.line, column: error.column }).toEqual({ line, column });
    expect(error.message).toMatch(new RegExp(`^sites\\.yml:${line}:${column}: `));
    expect(error.message).toMatch(message);
    expect(error.format()).toContain(`> ${line} |`);
  });

  it('the same target twice is fine with distinct ids (e.g. with two emails)', () => {
    const sites = parseSitesFile('sites.yaml', '- target: https://a.example/\n  id: a-en\n- target: https://a.example/\n  id: a-pl\n  country: PL\n');
    expect(sites.map((s) => s.id)).toEqual(['a-en', 'a-pl']);
  });
});

describe('readSitesFile', () => {
  it('reads by extension; a missing file is located at 1:1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careaudit-sites-'));
    await writeFile(join(dir, 'list.yml'), '- https://a.example/\n');
    expect(await readSitesFile(join(dir, 'list.yml'), 'list.yml')).toEqual([{ id: 'https://a.example/', target: 'https://a.example/', line: 1 }]);
    await expect(readSitesFile(join(dir, 'missing.txt'), 'missing.txt')).rejects.toThrow('missing.txt:1:1: sites file not found');
  });
});
