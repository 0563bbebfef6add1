import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') })

/** The walls (by name) that lint reports for `code` as the file at `filePath`. */
async function wallsHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages
    .filter((message) => message.ruleId === 'walls/imports')
    .map((message) => message.message.split(':')[0]!)
}

const use = (specifier: string) => `import { x } from '${specifier}'\nexport const y = x\n`

describe('lint walls fail on a planted import', () => {
  it('a feature does not import another feature, however the path is written', async () => {
    const file = 'src/renderer/src/features/compliance/planted.ts'
    expect(await wallsHit(file, use('../licences/licence-display'))).toEqual(['features'])
    expect(await wallsHit(file, use('@renderer/features/seals/store'))).toEqual(['features'])
    expect(
      await wallsHit('src/renderer/src/features/seals/components/Planted.ts', use('../../audit/x'))
    ).toEqual(['features'])
    const vue = `<script setup lang="ts">\nimport { x } from '../licences/x'\nconsole.log(x)\n</script>\n<template><p /></template>\n`
    expect(await wallsHit('src/renderer/src/features/compliance/PlantedView.vue', vue)).toEqual([
      'features'
    ])
    // Its own modules and the layer below are fine.
    expect(await wallsHit(file, use('./store'))).toEqual([])
    expect(await wallsHit(file, use('../../session/session-store'))).toEqual([])
  })

  it('features do not import the shell, and the layer below the features never reaches up', async () => {
    expect(
      await wallsHit('src/renderer/src/features/audit/planted.ts', use('../../app/router'))
    ).toEqual(['shell'])
    expect(
      await wallsHit('src/renderer/src/session/planted.ts', use('../features/licences/x'))
    ).toEqual(['below-features'])
    expect(await wallsHit('src/renderer/src/db/planted.ts', use('../app/settings-tabs'))).toEqual([
      'below-features'
    ])
    expect(
      await wallsHit('src/renderer/src/app/planted.ts', use('../features/seals/routes'))
    ).toEqual([])
  })

  it('only the CLI and the reference library import the demo generator, in every form of import', async () => {
    const forms = [
      "import { createDemoCity } from '../../../shared/domain/demo/generator'",
      "import type { GroundTruth } from '@shared/domain/demo'",
      "export { DEMO_TODAY } from '@shared/domain/demo/ground-truth'",
      "export * from '@shared/domain/demo'",
      "import '@shared/domain/demo/prng'",
      "export const load = () => import('@shared/domain/demo/collect')",
      "export const w = new Worker(new URL('../../../shared/domain/demo/generator.ts', import.meta.url))"
    ]
    for (const form of forms)
      expect(await wallsHit('src/renderer/src/db/planted.ts', `${form}\n`), form).toEqual(['demo'])
    expect(await wallsHit('src/cli/commands/planted.ts', use('../../shared/domain/demo'))).toEqual([
      'demo'
    ])
    expect(await wallsHit('src/main/services/x.ts', use('../../shared/domain/demo'))).toEqual([
      'demo'
    ])
    // The loader path, the generator's own modules, tests, and names that merely look alike.
    expect(await wallsHit('src/renderer/src/demo/x.ts', use('@shared/domain/demo'))).toEqual([
      'demo'
    ])
    expect(await wallsHit('src/cli/commands/demo.ts', use('../../shared/domain/demo'))).toEqual([])
    expect(
      await wallsHit('src/library/demo-seed.ts', use('../shared/domain/demo/generator'))
    ).toEqual([])
    expect(await wallsHit('src/library/writer.ts', use('../shared/domain/demo/prng'))).toEqual([
      'demo'
    ])
    expect(await wallsHit('src/shared/domain/demo/usage.ts', use('./demo-time'))).toEqual([])
    expect(await wallsHit('test/unit/x.test.ts', use('../../src/shared/domain/demo'))).toEqual([])
    expect(await wallsHit('src/renderer/src/db/x.ts', use('@shared/domain/demographics'))).toEqual(
      []
    )
  })

  it('src/ never imports test/ or bench/', async () => {
    expect(
      await wallsHit('src/host/server.ts', use('../../test/e2e/support/scripted-dialogs'))
    ).toEqual(['tests'])
    expect(await wallsHit('src/main/compose.ts', use('../../bench/run'))).toEqual(['tests'])
  })

  it('the CLI uses main/services, never main/electron, main/ipc or the composition root', async () => {
    const file = 'src/cli/commands/planted.ts'
    expect(await wallsHit(file, use('../../main/electron/window'))).toEqual(['cli'])
    expect(await wallsHit(file, use('../../main/ipc/handlers'))).toEqual(['cli'])
    expect(await wallsHit(file, use('../../main/compose'))).toEqual(['cli'])
    expect(await wallsHit(file, use('../../renderer/src/db/database'))).toEqual(['cli'])
    expect(await wallsHit(file, use('../../main/services/seals/verify-job'))).toEqual([])
  })

  it('the library simulator stands on src/shared alone, and only the CLI library command and the embedded 演示库 start it', async () => {
    const file = 'src/library/planted.ts'
    expect(await wallsHit(file, use('../main/services/system/info'))).toEqual(['library'])
    expect(await wallsHit(file, use('../cli/command'))).toEqual(['library'])
    expect(await wallsHit(file, use('../renderer/src/db/database'))).toEqual(['library'])
    expect(await wallsHit(file, use('../host/server'))).toEqual(['library'])
    expect(await wallsHit(file, use('../shared/domain/sync/protocol'))).toEqual([])
    expect(await wallsHit(file, use('./store'))).toEqual([])
    expect(await wallsHit('src/cli/commands/library.ts', use('../../library/server'))).toEqual([])
    expect(await wallsHit('src/cli/commands/planted.ts', use('../../library/server'))).toEqual([
      'library-users'
    ])
    expect(await wallsHit('src/main/services/planted.ts', use('../../library/store'))).toEqual([
      'library-users'
    ])
    expect(await wallsHit('src/host/planted.ts', use('../library/server'))).toEqual([
      'library-users'
    ])
    expect(
      await wallsHit('src/main/services/sync/embedded-library.ts', use('../../../library/server'))
    ).toEqual([])
    expect(
      await wallsHit('src/main/services/sync/sync-service.ts', use('../../../library/server'))
    ).toEqual(['library-users'])
  })

  it('renderer and main meet only in src/shared', async () => {
    expect(
      await wallsHit('src/renderer/src/api/planted.ts', use('../../../main/ipc/handlers'))
    ).toEqual(['renderer'])
    expect(await wallsHit('src/main/services/planted.ts', use('../../renderer/src/db'))).toEqual([
      'main'
    ])
    expect(await wallsHit('src/host/planted.ts', use('../renderer/src/api'))).toEqual(['main'])
    expect(await wallsHit('src/shared/domain/x.ts', use('../../main/ipc/handlers'))).toEqual([
      'shared'
    ])
    expect(await wallsHit('src/renderer/src/api/x.ts', use('@shared/contract'))).toEqual([])
    expect(await wallsHit('src/main/ipc/x.ts', use('../../shared/contract'))).toEqual([])
  })
})
