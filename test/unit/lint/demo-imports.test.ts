import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const DEMO_DIR = 'src/shared/domain/demo'

/**
 * The demo loader path: the only modules outside the demo generator itself that may import it.
 * The demo is one data source among others; nothing else in the product depends on it.
 */
const ALLOWED_IMPORTERS = [
  // The renderer's loader, run by its worker (demo-load.worker.ts imports the loader only).
  'src/renderer/src/demo/demo-loader.ts',
  // Starts that worker with the generator's default size and seed.
  'src/renderer/src/demo/demo-load-client.ts',
  // The CLI `demo` command, and the demo source `compliance scan --demo` loads from it.
  'src/cli/commands/demo.ts',
  'src/cli/commands/demo-scan.ts'
]

/** Every module specifier of a source text: static, re-export, side-effect, dynamic, worker URL. */
function specifiersOf(text: string): string[] {
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bnew\s+URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g
  ]
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => match[1] ?? ''))
}

/** The repository path a specifier names, or null for a package. */
function resolveSpecifier(file: string, specifier: string): string | null {
  const aliases: [string, string][] = [
    ['@shared/', 'src/shared/'],
    ['@renderer/', 'src/renderer/src/']
  ]
  for (const [alias, target] of aliases)
    if (specifier.startsWith(alias)) return target + specifier.slice(alias.length)
  if (!specifier.startsWith('.')) return null
  return relative(root, resolve(root, dirname(file), specifier))
    .split(sep)
    .join('/')
}

/** The specifiers in `text` (the source of repository file `file`) that reach the demo. */
function demoImportsOf(file: string, text: string): string[] {
  return specifiersOf(text).filter((specifier) => {
    const target = resolveSpecifier(file, specifier)
    return target !== null && (target === DEMO_DIR || target.startsWith(`${DEMO_DIR}/`))
  })
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|mts|vue)$/.test(entry.name) ? [path] : []
  })
}

describe('no production module depends on the demo', () => {
  it('recognises every way a module can name the demo, and nothing else', () => {
    const planted = [
      "import { createDemoCity } from '../../shared/domain/demo/generator'",
      "import type { GroundTruth } from '@shared/domain/demo'",
      "import {\n  DEMO_TODAY,\n  PLANTED_RULE_IDS\n} from '../../shared/domain/demo/ground-truth'",
      "export { DEMO_TODAY } from '../../shared/domain/demo'",
      "import '@shared/domain/demo/prng'",
      "const loaded = await import('../../shared/domain/demo/collect')",
      "new Worker(new URL('../../shared/domain/demo/generator.ts', import.meta.url))"
    ]
    expect(planted.map((line) => demoImportsOf('src/cli/commands/planted.ts', line))).toEqual([
      ['../../shared/domain/demo/generator'],
      ['@shared/domain/demo'],
      ['../../shared/domain/demo/ground-truth'],
      ['../../shared/domain/demo'],
      ['@shared/domain/demo/prng'],
      ['../../shared/domain/demo/collect'],
      ['../../shared/domain/demo/generator.ts']
    ])
    const unrelated = [
      "import { x } from '../demo-loader'",
      "import { y } from '@shared/domain/demographics'",
      "import { z } from './demo'",
      "import { w } from 'demo'"
    ].join('\n')
    expect(demoImportsOf('src/renderer/src/db/other.ts', unrelated)).toEqual([])
    // Inside the demo folder a relative import resolves there too (the generator's own modules).
    expect(demoImportsOf(`${DEMO_DIR}/usage.ts`, "import { at } from './demo-time'")).toEqual([
      './demo-time'
    ])
  })

  it('finds the demo imported only by the demo loader path', () => {
    const importers = sourceFiles('src')
      .filter((file) => !file.startsWith(`${DEMO_DIR}/`))
      .filter((file) => demoImportsOf(file, readFileSync(join(root, file), 'utf8')).length > 0)
    expect(importers.sort()).toEqual([...ALLOWED_IMPORTERS].sort())
  })
})
