import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layering of architecture.md, checked on every import in the source tree.

const ROOT = path.resolve(__dirname, '../..');

type Layer = 'shared' | 'core' | 'shell' | 'host' | 'renderer';

const LAYER_DIRS: [string, Layer][] = [
  ['shared', 'shared'],
  ['electron/core', 'core'],
  ['electron/main', 'shell'],
  ['electron/preload', 'shell'],
  ['electron/cli', 'host'],
  ['electron/browser', 'host'],
  ['renderer', 'renderer'],
];

/** Which layers each layer may import from (architecture.md, "Layering"). */
const MAY_IMPORT: Record<Layer, Layer[]> = {
  shared: ['shared'],
  core: ['shared', 'core'],
  shell: ['shared', 'core', 'shell'],
  host: ['shared', 'core', 'host'],
  renderer: ['shared', 'renderer'],
};

/** Packages a layer must not use even though they are installed. */
function forbiddenPackage(layer: Layer, specifier: string): string | null {
  const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  if (layer === 'shared' && pkg !== 'zod') return 'shared imports zod only';
  if ((layer === 'core' || layer === 'host' || layer === 'renderer') && (pkg === 'electron' || pkg === 'electron-store')) {
    return 'only the Electron shell may import electron';
  }
  if (
    layer === 'renderer' &&
    (specifier.startsWith('node:') || pkg === 'better-sqlite3-multiple-ciphers' || ['fs', 'path', 'os', 'child_process'].includes(pkg))
  ) {
    return 'the renderer has no Node access';
  }
  return null;
}

/** Data the app ships in resources/ (e.g. the default agreement clauses): the core may read it. */
function isResourceData(file: string): boolean {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  return rel.startsWith('resources/') && rel.endsWith('.json');
}

function layerOf(file: string): Layer | null {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  for (const [dir, layer] of LAYER_DIRS) if (rel === dir || rel.startsWith(`${dir}/`)) return layer;
  return null;
}

/** The feature folder of a core file (electron/core/<feature>/…), or null for the core's own files. */
function coreFeatureOf(file: string): string | null {
  const parts = path.relative(path.join(ROOT, 'electron/core'), file).split(path.sep);
  return parts.length > 1 && parts[0] !== '..' ? parts[0]! : null;
}

/**
 * Inside the core (architecture.md, "Layering"): a feature reaches another through its service,
 * never its repo; a handler calls its own feature's service, not another feature's.
 */
function featureViolation(file: string, resolved: string): string | null {
  const own = coreFeatureOf(file);
  const other = coreFeatureOf(resolved);
  if (!own || !other || own === other) return null;
  const name = path.basename(resolved).replace(/\.ts$/, '');
  if (name.endsWith('.repo')) return `only the ${other} feature may use its repo`;
  if (file.endsWith('.handlers.ts') && (name.endsWith('.service') || name.endsWith('.handlers'))) {
    return `a handler calls its own feature's service, not the ${other} feature's`;
  }
  return null;
}

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|cts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const IMPORT_RE =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

export function violations(file: string, source: string): string[] {
  const layer = layerOf(file);
  if (!layer) return [];
  const found: string[] = [];
  for (const match of source.matchAll(IMPORT_RE)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]!;
    const where = `${path.relative(ROOT, file)} imports '${specifier}'`;
    if (specifier.startsWith('.')) {
      const resolved = path.resolve(path.dirname(file), specifier);
      const target = layerOf(resolved);
      if (target && !MAY_IMPORT[layer].includes(target)) found.push(`${where}: ${layer} may not import ${target}`);
      const reach = layer === 'core' && target === 'core' ? featureViolation(file, resolved) : null;
      if (reach) found.push(`${where}: ${reach}`);
      if (!target && layer !== 'shell' && !(layer === 'core' && isResourceData(resolved)))
        found.push(`${where}: outside the layered folders`);
    } else {
      const reason = forbiddenPackage(layer, specifier);
      if (reason) found.push(`${where}: ${reason}`);
    }
  }
  return found;
}

describe('architecture', () => {
  it('every import respects the layering', () => {
    const files = LAYER_DIRS.flatMap(([dir]) => sourceFiles(path.join(ROOT, dir)));
    expect(files.length).toBeGreaterThan(20);
    const all = files.flatMap((file) => violations(file, fs.readFileSync(file, 'utf8')));
    expect(all).toEqual([]);
  });

  it('catches the violations it is meant to catch', () => {
    const core = path.join(ROOT, 'electron/core/x.ts');
    const renderer = path.join(ROOT, 'renderer/x.tsx');
    const shared = path.join(ROOT, 'shared/x.ts');
    expect(violations(core, "import { app } from 'electron';")).toHaveLength(1);
    expect(violations(core, "import Store from 'electron-store';")).toHaveLength(1);
    expect(violations(core, "import { x } from '../main/window';")).toHaveLength(1);
    expect(violations(core, "import clauses from '../../resources/agreement-clauses/default.json';")).toHaveLength(0);
    expect(violations(core, "import icon from '../../resources/icon.png';")).toHaveLength(1);
    expect(violations(renderer, "import { createCore } from '../electron/core/core';")).toHaveLength(1);
    expect(violations(renderer, "import fs from 'node:fs';")).toHaveLength(1);
    expect(violations(shared, "import React from 'react';")).toHaveLength(1);
    expect(violations(shared, "import { z } from 'zod';")).toHaveLength(0);
    expect(violations(renderer, "import { methods } from '../shared/contract';")).toHaveLength(0);
  });

  it('keeps each core feature to its own repo, and handlers to their own service', () => {
    const repo = path.join(ROOT, 'electron/core/customers/customers.repo.ts');
    const service = path.join(ROOT, 'electron/core/customers/customers.service.ts');
    const handlers = path.join(ROOT, 'electron/core/customers/customers.handlers.ts');
    const session = path.join(ROOT, 'electron/core/session.ts');
    expect(violations(repo, "import { refresh } from '../sites/sites.repo';")).toHaveLength(1);
    expect(violations(service, "import type { SitesRepo } from '../sites/sites.repo';")).toHaveLength(1);
    expect(violations(service, "import { createCustomersRepo } from './customers.repo';")).toHaveLength(0);
    expect(violations(service, "import { sitesService } from '../sites/sites.service';")).toHaveLength(0);
    expect(violations(handlers, "import { agreementsService } from '../agreements/agreements.service';")).toHaveLength(1);
    expect(violations(handlers, "import { resolveExportTarget } from '../files/export';")).toHaveLength(0);
    expect(violations(session, "import { createCustomersRepo } from './customers/customers.repo';")).toHaveLength(0);
  });
});
