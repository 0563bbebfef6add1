import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const script = resolve(__dirname, '../../../scripts/import-cycles.mjs')
const { findCycles } = (await import(script as string)) as {
  findCycles: (modules: Map<string, string>) => string[][]
}

const cyclesOf = (modules: Record<string, string>) =>
  findCycles(new Map(Object.entries(modules))).map((cycle) => [...cycle].sort())

describe('the import-cycle check reads .vue files too', () => {
  it('finds a cycle that passes through a component', () => {
    expect(
      cyclesOf({
        'src/renderer/src/features/a/store.ts': "import View from './View.vue'\nexport { View }\n",
        'src/renderer/src/features/a/View.vue':
          '<template><p /></template>\n<script setup lang="ts">\nimport { useStore } from \'@renderer/features/a/store\'\nuseStore()\n</script>\n',
        'src/renderer/src/features/a/other.ts': "import './store'\n"
      })
    ).toEqual([['src/renderer/src/features/a/View.vue', 'src/renderer/src/features/a/store.ts']])
  })

  it('counts re-exports, dynamic imports and worker URLs, and leaves type-only imports out', () => {
    expect(
      cyclesOf({
        'src/x/a.ts': "export { b } from './b'\n",
        'src/x/b.ts': "export const b = () => import('./a')\n"
      })
    ).toEqual([['src/x/a.ts', 'src/x/b.ts']])
    expect(
      cyclesOf({
        'src/x/client.ts': "new Worker(new URL('./job.worker.ts', import.meta.url))\n",
        'src/x/job.worker.ts': "import '../x'\n",
        'src/x/index.ts': "export * from './client'\n"
      })
    ).toEqual([['src/x/client.ts', 'src/x/index.ts', 'src/x/job.worker.ts']])
    expect(
      cyclesOf({
        'src/x/a.ts': "import type { B } from './b'\nexport type A = B\n",
        'src/x/b.ts': "import { type A } from './a'\nexport type B = A\n"
      })
    ).toEqual([])
  })

  it('exits 1 and names the cycle when run on a tree with one, 0 on one without', () => {
    const root = mkdtempSync(join(tmpdir(), 'cycles-'))
    mkdirSync(join(root, 'src'))
    writeFileSync(join(root, 'src/a.ts'), "import './b'\n")
    writeFileSync(join(root, 'src/b.vue'), '<script setup lang="ts">\nimport \'./a\'\n</script>\n')
    const run = () => execFileSync(process.execPath, [script, 'src'], { cwd: root, stdio: 'pipe' })
    expect(run).toThrow(/import cycle: src\/(a\.ts|b\.vue) → /)
    writeFileSync(join(root, 'src/b.vue'), '<template><p /></template>\n')
    expect(run().toString()).toContain('2 modules, 0 import cycles')
  })
})
