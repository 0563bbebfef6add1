import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createI18n } from 'vue-i18n'
import { describe, expect, it } from 'vitest'
import {
  keysOf,
  lookup,
  mergeTrees,
  renderMessage,
  sharedCatalog,
  type Locale
} from '../../../../src/shared/i18n'
import { appMessages } from '../../../../src/renderer/src/i18n'

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

/** Message codes written as literals in product code: `message('a.b.c'` and `code: 'a.b.c'`. */
function codesInSource(): { file: string; code: string }[] {
  const files = execFileSync('git', ['ls-files', 'src'], { encoding: 'utf8' })
    .split('\n')
    .filter((file) => /\.(ts|vue)$/.test(file) && !file.startsWith('src/shared/i18n/'))
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bmessage\(\s*'([a-z][\w-]*(?:\.[\w-]+)+)'/g)].map(
      (match) => ({ file, code: match[1] ?? '' })
    )
  )
}

describe('shared catalogs', () => {
  it('say the same things in zh-CN and en, with the same placeholders', () => {
    const zh = keysOf(sharedCatalog['zh-CN']).sort()
    const en = keysOf(sharedCatalog.en).sort()
    expect(en).toEqual(zh)
    for (const key of zh)
      expect(placeholders(lookup(sharedCatalog.en, key) ?? ''), key).toEqual(
        placeholders(lookup(sharedCatalog['zh-CN'], key) ?? '')
      )
  })

  it('use one code style: dotted lower camelCase, the capability first', () => {
    for (const key of keysOf(sharedCatalog['zh-CN']))
      expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/)
  })

  it('have no Chinese in English and no empty message', () => {
    for (const key of keysOf(sharedCatalog.en)) {
      const text = lookup(sharedCatalog.en, key) ?? ''
      expect(text, key).not.toBe('')
      expect(text, key).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('do not collide with the screens’ own keys', () => {
    expect(() => appMessages['zh-CN']).not.toThrow()
    expect(() => mergeTrees([{ a: { b: 'x' } }, { a: { b: 'y' } }])).toThrow(/a\.b/)
  })

  it('define every code product code writes', () => {
    const missing = codesInSource().filter(
      ({ code }) =>
        lookup(sharedCatalog['zh-CN'], code) === undefined &&
        lookup(appMessages['zh-CN'], code) === undefined
    )
    expect(missing).toEqual([])
  })

  it.each(['zh-CN', 'en'] as Locale[])(
    'compile in vue-i18n (%s) with every placeholder filled',
    (locale) => {
      const warnings: string[] = []
      const i18n = createI18n({
        legacy: false,
        locale,
        messages: sharedCatalog as unknown as Record<Locale, Record<string, string>>,
        missingWarn: false,
        fallbackWarn: false,
        warnHtmlMessage: false
      })
      const t = i18n.global.t as (code: string, params: Record<string, string>) => string
      const originalWarn = console.warn
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '))
      try {
        for (const key of keysOf(sharedCatalog[locale])) {
          const template = lookup(sharedCatalog[locale], key) ?? ''
          const params = Object.fromEntries(
            placeholders(template).map((name) => [name, `«${name}»`])
          )
          const text = renderMessage({ code: key, params }, t, locale)
          expect(text, key).not.toMatch(/[{}]/)
          for (const name of Object.keys(params)) expect(text, key).toContain(`«${name}»`)
        }
      } finally {
        console.warn = originalWarn
      }
      expect(warnings).toEqual([])
    }
  )
})
