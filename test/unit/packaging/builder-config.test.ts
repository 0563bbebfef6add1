import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Stats } from 'node:fs'
import type { Configuration, TargetConfiguration } from 'app-builder-lib'
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { beforeAll, describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../../..')
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  main: string
}

/** electron-builder.yml as electron-builder itself reads it (package.json and defaults merged). */
let config: Configuration
beforeAll(async () => {
  config = await getConfig(root, null, null)
})

function targetsOf(platform: Configuration['win'] | Configuration['linux']): TargetConfiguration[] {
  return (platform?.target ?? []) as TargetConfiguration[]
}

let filters: Array<(path: string, stat: Stats) => boolean> | undefined

/**
 * Whether electron-builder copies a project path into the app: the path and every folder above
 * it must pass its filter, as it does when it walks the project.
 */
function packaged(relativePath: string): boolean {
  filters ??= (
    getFileMatchers(config, 'files', '/app', {
      macroExpander: (pattern) => pattern,
      customBuildOptions: {},
      globalOutDir: join(root, config.directories!.output!),
      defaultSrc: root
    }) ?? []
  ).map((matcher) => matcher.createFilter())
  const parts = relativePath.split('/')
  return parts.every((_, i) => {
    const isDirectory = i < parts.length - 1
    const stat = { isDirectory: () => isDirectory } as Stats
    const path = join(root, ...parts.slice(0, i + 1))
    return filters!.some((filter) => filter(path, stat))
  })
}

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG')
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/** Widths of the images an .ico holds (0 in the directory means 256). */
function icoWidths(ico: Buffer): number[] {
  expect(ico.readUInt16LE(2)).toBe(1)
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('names the app, with ASCII file names for the program and the installers', () => {
    expect(config.appId).toBe('cn.gov.xuchang.elicense-workbench')
    expect(config.productName).toBe('证照治理工作台')
    expect(config.executableName).toMatch(/^[a-z][a-z0-9-]*$/)
    expect(config.nsis?.artifactName).toMatch(/^[\x20-\x7e]+$/)
  })

  it('builds an NSIS installer for Windows x64 only', () => {
    expect(targetsOf(config.win)).toEqual([{ target: 'nsis', arch: ['x64'] }])
    // An assisted install, for every user of the workstation, in a folder IT may choose.
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true
    })
  })

  it('builds deb packages for Linux x64 and arm64 (UOS, Kylin)', () => {
    expect(targetsOf(config.linux)).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }])
    // Without a maintainer electron-builder demands an author e-mail for the deb.
    expect(config.linux?.maintainer).toBeTruthy()
  })

  it('rebuilds the 演示库’s native SQLite for Electron and keeps its binary out of the archive', () => {
    // A better-sqlite3 built for plain Node refuses to load in Electron (another ABI).
    expect(config.npmRebuild).toBe(true)
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node')
  })

  it('packs the app into an ASAR archive and sets the Electron fuses', () => {
    expect(config.asar).toBe(true)
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false
    })
  })

  it('packages the built out/ folder and package.json, whose main points into out/', () => {
    expect(packageJson.main).toBe('./out/main/index.js')
    for (const path of [
      'package.json',
      'out/main/index.js',
      'out/main/chunks/verify-worker-0123abcd.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-0123abcd.js'
    ]) {
      expect(packaged(path), path).toBe(true)
    }
  })

  it('packages nothing else from the project: no sources, tests, docs, icons or scripts', () => {
    const tracked = execFileSync('git', ['ls-files'], { cwd: root }).toString().trim().split('\n')
    expect(tracked).toEqual(
      expect.arrayContaining(['src/main/index.ts', 'test/e2e/support/app.ts', 'README.md'])
    )
    expect(tracked.filter(packaged)).toEqual(['package.json'])
  })

  it('takes its icons from resources/: a 512 px PNG for Linux and an .ico up to 256 px for Windows', () => {
    expect(config.directories?.buildResources).toBe('resources')
    expect(config.linux?.icon).toBe('resources/icon.png')
    expect(config.win?.icon).toBe('resources/icon.ico')
    expect(pngSize(readFileSync(join(root, 'resources/icon.png')))).toEqual({
      width: 512,
      height: 512
    })
    const widths = icoWidths(readFileSync(join(root, 'resources/icon.ico')))
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]))
  })

  it('ships the icons that scripts/make-icons.mjs draws', () => {
    const output = execFileSync(process.execPath, [join(root, 'scripts/make-icons.mjs'), '--check'])
    expect(output.toString()).toContain('match the drawing')
  })
})
