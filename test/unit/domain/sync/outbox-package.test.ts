import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  openOutboxPackage,
  openOutboxReceipt,
  outboxPackageLines,
  outboxReceiptLines,
  packageOutbox
} from '../../../../src/shared/domain/sync/outbox-package'
import {
  MAX_PACKAGE_MUTATIONS,
  type Mutation,
  type MutationResult
} from '../../../../src/shared/domain/sync/protocol'
import { openSealedLines, sealLines } from '../../../../src/shared/domain/sync/sealed-lines'

/**
 * 待推送包 and 推送回执 are read whole and believed only once sealed: the end line's SHA-256
 * (checked here with Node's own hash) must cover every line, the header must say what follows,
 * and a receipt must be this workstation's.
 */
const mutation = (n: number): Mutation => ({
  mutationId: `m-${n}`,
  clientSeq: n,
  table: 'notices',
  op: n === 1 ? 'create' : 'update',
  id: 'notice-1',
  baseRev: n - 1,
  payload: { status: n === 1 ? 'draft' : 'issued' }
})
const header = { clientId: 'ws-1', datasetId: 'xc-1', createdAt: '2026-12-03T06:00:00.000Z' }
const text = (lines: readonly string[]) => `${lines.join('\n')}\n`
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const said = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    return (error as { fault: { message: { code: string; params?: unknown } } }).fault.message
  }
  return { code: 'accepted' }
}
const code = (work: () => unknown) => said(work).code
/** Lines re-sealed after an edit, as someone who knows the format would. */
function resealed(lines: string[]): string {
  const body = lines.slice(0, -1)
  const digest = sha256(body.map((line) => `${line}\n`).join(''))
  const end = { kind: 'end', entries: body.length, sha256: digest, signature: null }
  return text([...body, JSON.stringify(end)])
}

describe('待推送包', () => {
  it('carries the outbox rows in order under a header that names the workstation', () => {
    const lines = outboxPackageLines(header, [mutation(1), mutation(2)])
    expect(JSON.parse(lines[0]!)).toEqual({
      kind: 'header',
      format: 'xuchang-elicense-outbox-package',
      version: 1,
      ...header,
      mutations: 2
    })
    const end = JSON.parse(lines.at(-1)!)
    expect(end).toEqual({
      kind: 'end',
      entries: 3,
      sha256: sha256(
        lines
          .slice(0, -1)
          .map((line) => `${line}\n`)
          .join('')
      ),
      signature: null
    })
    const opened = openOutboxPackage(text(lines))
    expect(opened).toEqual({
      header: JSON.parse(lines[0]!),
      mutations: [mutation(1), mutation(2)],
      digest: end.sha256,
      signature: null
    })
  })

  it('carries main’s signature over its digest, for the courier to check', () => {
    const signed: string[] = []
    const sign = (digest: string) => {
      signed.push(digest)
      return { value: `signed:${digest}`, certificate: 'PEM' }
    }
    const lines = outboxPackageLines(header, [mutation(1)], sign)
    const opened = openOutboxPackage(text(lines))
    expect(signed).toEqual([opened.digest])
    expect(opened.signature).toEqual({ value: `signed:${opened.digest}`, certificate: 'PEM' })
    const receipt = outboxReceiptLines(
      { clientId: 'ws-1', packageSha256: opened.digest, server: 'https://x', createdAt: 'now' },
      [{ mutationId: 'm-1', status: 'applied', rev: 1 }],
      sign
    )
    expect(JSON.parse(receipt.at(-1)!).signature).toEqual({
      value: `signed:${signed[1]}`,
      certificate: 'PEM'
    })
  })

  it('refuses an altered, a cut or an unknown package', () => {
    const lines = outboxPackageLines(header, [mutation(1), mutation(2)])
    expect(code(() => openOutboxPackage(text(lines).replace('issued', 'closed')))).toBe(
      'sync.package.checksum'
    )
    expect(code(() => openOutboxPackage(text([...lines.slice(0, 1), ...lines.slice(2)])))).toBe(
      'sync.package.truncated'
    )
    expect(code(() => openOutboxPackage(text(lines.slice(0, -1))))).toBe('sync.package.unreadable')
    const v2 = [...lines]
    v2[0] = v2[0]!.replace('"version":1', '"version":2')
    expect(said(() => openOutboxPackage(resealed(v2)))).toEqual({
      code: 'sync.package.version',
      params: { version: 2 }
    })
    const receipt = outboxReceiptLines(
      { clientId: 'ws-1', packageSha256: 'a'.repeat(64), server: 'https://lib', createdAt: 'x' },
      []
    )
    expect(code(() => openOutboxPackage(text(receipt)))).toBe('sync.package.unreadable')
  })

  it('refuses a package whose rows do not match its header, or repeat a mutation', () => {
    const lines = outboxPackageLines(header, [mutation(1), mutation(2)])
    const fewer = [lines[0]!, lines[1]!, lines.at(-1)!]
    expect(code(() => openOutboxPackage(resealed(fewer)))).toBe('sync.package.unreadable')
    const repeated = [...lines]
    repeated[2] = lines[1]!
    expect(code(() => openOutboxPackage(resealed(repeated)))).toBe('sync.package.unreadable')
    const bad = [...lines]
    bad[1] = JSON.stringify({ ...mutation(1), op: 'drop' })
    expect(code(() => openOutboxPackage(resealed(bad)))).toBe('sync.package.unreadable')
    const huge = [...lines]
    huge[0] = huge[0]!.replace('"mutations":2', `"mutations":${MAX_PACKAGE_MUTATIONS + 1}`)
    expect(code(() => openOutboxPackage(resealed(huge)))).toBe('sync.package.unreadable')
  })
})

describe('推送回执', () => {
  const results: MutationResult[] = [
    { mutationId: 'm-1', status: 'applied', rev: 1, seq: 9, record: { documentNumber: null } },
    { mutationId: 'm-2', status: 'conflict', rev: 3, record: { status: 'closed' } }
  ]
  const receiptHeader = {
    clientId: 'ws-1',
    packageSha256: 'b'.repeat(64),
    server: 'https://library.xc.gov.test',
    createdAt: '2026-12-03T07:00:00.000Z'
  }

  it('gives this workstation the library’s answers', () => {
    const lines = outboxReceiptLines(receiptHeader, results)
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'xuchang-elicense-outbox-receipt',
      version: 1,
      results: 2
    })
    expect(openOutboxReceipt(text(lines), 'ws-1')).toEqual({
      header: JSON.parse(lines[0]!),
      results
    })
  })

  it('refuses a receipt whose package digest is not one', () => {
    for (const packageSha256 of [`x${'b'.repeat(64)}`, `${'b'.repeat(64)}x`]) {
      const lines = outboxReceiptLines({ ...receiptHeader, packageSha256 }, results)
      expect(code(() => openOutboxReceipt(text(lines), 'ws-1'))).toBe('sync.package.unreadable')
    }
  })

  it('refuses a receipt for another workstation, an altered one, or one that lost answers', () => {
    const lines = outboxReceiptLines(receiptHeader, results)
    expect(code(() => openOutboxReceipt(text(lines), 'ws-2'))).toBe('sync.receipt.otherWorkstation')
    expect(code(() => openOutboxReceipt(text(lines).replace('closed', 'draft'), 'ws-1'))).toBe(
      'sync.package.checksum'
    )
    expect(code(() => openOutboxReceipt(resealed([lines[0]!, lines[1]!, lines[3]!]), 'ws-1'))).toBe(
      'sync.package.unreadable'
    )
    const v2 = [...lines]
    v2[0] = v2[0]!.replace('"version":1', '"version":2')
    expect(code(() => openOutboxReceipt(resealed(v2), 'ws-1'))).toBe('sync.package.version')
    const asPackage = outboxPackageLines(header, [mutation(1)])
    expect(code(() => openOutboxReceipt(text(asPackage), 'ws-1'))).toBe('sync.package.unreadable')
  })
})

describe('packageOutbox', () => {
  it('hands the package’s rows out like an outbox and keeps each answer once', async () => {
    const { outbox, results } = packageOutbox([mutation(1), mutation(2), mutation(3)])
    expect(await outbox.pendingMutations(2)).toEqual([mutation(1), mutation(2)])
    await outbox.recordResults([
      { mutationId: 'm-2', status: 'applied', rev: 2 },
      { mutationId: 'm-9', status: 'applied', rev: 1 }
    ])
    await outbox.recordResults([{ mutationId: 'm-2', status: 'duplicate', rev: 2 }])
    expect(await outbox.pendingMutations(5)).toEqual([mutation(1), mutation(3)])
    expect(results).toEqual([{ mutationId: 'm-2', status: 'applied', rev: 2 }])
  })
})

describe('the sealed envelope', () => {
  it('gives back the signature the end line carries, and refuses one of another shape', () => {
    const signature = { value: 'c2ln', certificate: '-----BEGIN CERTIFICATE-----' }
    const lines = sealLines(['{"kind":"header"}'], () => signature)
    expect(openSealedLines(text(lines)).signature).toEqual(signature)
    const odd = sealLines(['{"kind":"header"}'], () => ({ value: 1 }) as never)
    expect(code(() => openSealedLines(text(odd)))).toBe('sync.package.unreadable')
    expect(code(() => openSealedLines(''))).toBe('sync.package.unreadable')
  })
})
