import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: resolve(__dirname, '../../..') })

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.map((message) => message.ruleId ?? message.message)
}

describe('lint enforces the layers and the security baseline', () => {
  it('bans electron imports outside src/main/electron and src/preload', async () => {
    const code = "import { shell } from 'electron'\nexport const s = shell\n"
    expect(await ruleIdsFor(code, 'src/main/services/system/leak.ts')).toContain(
      'no-restricted-imports'
    )
    expect(await ruleIdsFor(code, 'src/renderer/src/leak.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(code, 'src/shared/domain/leak.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(code, 'src/main/electron/fine.ts')).not.toContain(
      'no-restricted-imports'
    )
    expect(await ruleIdsFor(code, 'src/preload/fine.ts')).not.toContain('no-restricted-imports')
  })

  // The walls between layers and capabilities are tested in walls.test.ts.
  it('keeps domain code free of Node built-ins', async () => {
    expect(
      await ruleIdsFor(
        "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n",
        'src/shared/domain/x.ts'
      )
    ).toContain('no-restricted-imports')
  })

  it('bans bare Node built-ins in domain code but not a local module of the same name', async () => {
    expect(
      await ruleIdsFor(
        "import { createHash } from 'crypto'\nexport const h = createHash\n",
        'src/shared/domain/x.ts'
      )
    ).toContain('no-restricted-imports')
    expect(
      await ruleIdsFor(
        "import { verify } from './crypto'\nexport const v = verify\n",
        'src/shared/domain/seals/x.ts'
      )
    ).not.toContain('no-restricted-imports')
  })

  it.each([
    ['nodeIntegration', 'true'],
    ['contextIsolation', 'false'],
    ['sandbox', 'false'],
    ['webSecurity', 'false'],
    ['allowRunningInsecureContent', 'true'],
    ['webviewTag', 'true']
  ])('rejects webPreferences.%s: %s anywhere', async (key, value) => {
    const code = `export const prefs = { ${key}: ${value} }\n`
    expect(await ruleIdsFor(code, 'src/main/electron/window.ts')).toContain('no-restricted-syntax')
  })
})
