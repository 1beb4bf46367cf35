/**
 * Every import points down: a module may import from its own layer or from the layers below it, never
 * from one above. Reads the sources (import, export … from, import()), type-only imports included.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** Top to bottom. A member is a folder of src/ or a file directly in it. */
const LAYERS: { name: string; members: string[] }[] = [
  { name: 'cli', members: ['cli'] },
  { name: 'batch', members: ['batch'] },
  { name: 'config', members: ['config'] },
  { name: 'audit', members: ['audit.ts'] },
  { name: 'format', members: ['format'] },
  { name: 'report', members: ['report'] },
  { name: 'score', members: ['score.ts', 'gate.ts'] },
  { name: 'acquire', members: ['acquire'] },
  { name: 'rules', members: ['rules'] },
  { name: 'primitives', members: ['primitives'] },
  { name: 'view', members: ['view'] },
  { name: 'detectors', members: ['detectors'] },
  { name: 'languages', members: ['languages'] },
  { name: 'page', members: ['page'] },
  { name: 'base', members: ['snapshot.ts', 'errors.ts', 'redact.ts', 'text.ts', 'paths.ts', 'small-file.ts', 'country.ts', 'write-file.ts'] },
];

const SRC = join(PACKAGE_ROOT, 'src');

interface Import {
  /** The importing file and line, as 'src/page/x.ts:3'. */
  at: string;
  from: string;
  to: string;
  specifier: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Imports of src/ files by src/ files; packages and node: modules are not layers. */
function importsIn(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  const from = relative(PACKAGE_ROOT, file);
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.filter((ref) => ref.fileName.startsWith('.'))
    .map((ref) => {
      const target = resolve(dirname(file), ref.fileName).replace(/\.js$/u, '.ts');
      const line = source.slice(0, ref.pos).split('\n').length;
      return { at: `${from}:${line}`, from, to: relative(PACKAGE_ROOT, target), specifier: ref.fileName };
    });
}

/** A file's layer: by its folder under src/, or its own name for a file directly in src/. */
function layerOf(file: string): number {
  const member = relative(SRC, resolve(PACKAGE_ROOT, file)).split(/[\\/]/u)[0]!;
  return LAYERS.findIndex((layer) => layer.members.includes(member));
}

const files = sourceFiles(SRC);
const imports = files.flatMap(importsIn);
describe('import layering', () => {
  it('reads the sources', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(imports.length).toBeGreaterThan(200);
  });

  it('puts every source file in a layer', () => {
    const unplaced = files.map((f) => relative(PACKAGE_ROOT, f)).filter((f) => layerOf(f) < 0);
    expect(unplaced, 'add their folder (or the file) to LAYERS in test/architecture/layers.test.ts').toEqual([]);
  });

  it('has no import from a higher layer', () => {
    const upward = imports
      .filter((i) => layerOf(i.to) >= 0 && layerOf(i.to) < layerOf(i.from))
      .map((i) => `${i.at} (${LAYERS[layerOf(i.from)]!.name}) imports '${i.specifier}' (${LAYERS[layerOf(i.to)]!.name}, a higher layer)`);
    expect(upward).toEqual([]);
  });
});
