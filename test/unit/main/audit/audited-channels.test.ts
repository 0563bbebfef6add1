import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { composeMain } from '../../../../src/main/compose'
import { getTestPki } from '../../../fixtures/pki'

const pki = getTestPki()

/** Main as both hosts compose it, with a caller that talks to the dispatcher directly. */
function composed() {
  const dataLocation = mkdtempSync(join(tmpdir(), 'audit-direct-'))
  let tick = Date.parse('2026-12-02T06:05:00Z')
  const main = composeMain({
    mode: 'browser',
    dataLocation,
    dialogs: { open: async () => ({ outcome: 'canceled' }) },
    createVerifyWorker: () => {
      throw new Error('no PDF is verified here')
    },
    now: () => new Date((tick += 1000))
  })
  const answers: unknown[] = []
  const call = async (caller: string, channel: string, payload: unknown) => {
    const answer = await main.dispatch(channel, payload, { caller, emit: vi.fn() })
    answers.push(answer)
    return answer as { ok: boolean; data?: never; error?: unknown }
  }
  return { main, dataLocation, call, answers }
}

describe('changes main makes are audited by main, whoever calls', () => {
  it('a direct RPC call that changes the trust store or the operators leaves a named, keyed record', async () => {
    const { main, dataLocation, call, answers } = composed()
    const admin = 'socket:1'
    expect(
      await call(admin, 'operators.setup', {
        name: '王管理',
        unit: '数据资源科',
        password: 'correct horse battery'
      })
    ).toMatchObject({ ok: true })
    const created = await call(admin, 'operators.create', {
      name: '赵审计',
      unit: '监督科',
      roles: ['auditor'],
      password: 'another long password'
    })
    expect(created).toMatchObject({ ok: true })

    const folder = mkdtempSync(join(tmpdir(), 'audit-trust-'))
    const pem = join(folder, 'root.pem')
    writeFileSync(pem, pki.sm2Root.certPem)
    const fileId = main.files.register(pem, 'sm2-root.pem')
    const imported = await call(admin, 'seals.trustStore.import', { fileIds: [fileId] })
    expect(imported).toMatchObject({ ok: true })
    const id = (imported.data as unknown as { results: { added: { id: string }[] }[] }).results[0]
      ?.added[0]?.id as string
    expect(await call(admin, 'seals.trustStore.remove', { id })).toMatchObject({
      ok: true,
      data: { removed: true }
    })
    // A refused call changes nothing and records nothing.
    expect(await call('socket:2', 'seals.trustStore.remove', { id })).toMatchObject({ ok: false })

    const log = await call(admin, 'audit.mainLog', { limit: 10 })
    const entries = (log.data as unknown as { entries: Record<string, unknown>[] }).entries
    expect(entries.map((e) => [e.seq, e.action, e.actor, e.target])).toEqual([
      [4, 'seals.trustStore.remove', '王管理 [administrator]', `trust:${id}`],
      [3, 'seals.trustStore.import', '王管理 [administrator]', 'file:sm2-root.pem'],
      [2, 'operators.create', '王管理 [administrator]', expect.stringMatching(/^operator:/)],
      [1, 'operators.setup', '王管理 [administrator]', expect.stringMatching(/^operator:/)]
    ])
    expect(entries[0]?.details).toEqual({ name: expect.any(String) })
    expect(entries[1]?.details).toEqual({ added: id, subjects: expect.any(String) })
    expect(entries[2]?.details).toEqual({ operator: '赵审计', unit: '监督科', roles: 'auditor' })
    // No password reaches the log.
    const file = readFileSync(join(dataLocation, 'audit', 'main-log.jsonl'), 'utf8')
    expect(file).not.toContain('password')
    expect(file).not.toContain('another long password')

    // 校验完整性 finds main's log intact, then names an entry edited in its file.
    const page = await call(admin, 'audit.check.page', { checkId: null, entries: [] })
    const checkId = (page.data as unknown as { checkId: string }).checkId
    expect(await call(admin, 'audit.check.finish', { checkId })).toMatchObject({
      ok: true,
      data: { main: { ok: true, problems: [], entries: 4 }, workbench: { ok: true } }
    })

    // Whatever the renderer receives never holds the key.
    const seal = await call(admin, 'audit.seal', {
      seq: 1,
      actor: '本机操作员',
      action: 'settings.update',
      target: 'setting:x',
      details: {},
      prevMac: '0'.repeat(64)
    })
    expect(seal).toMatchObject({ ok: true, data: { actor: '王管理 [administrator]' } })
    await call(admin, 'system.info', {})
    const keyHex = readFileSync(join(dataLocation, 'secrets', 'auditMac.key'), 'utf8').trim()
    const received = JSON.stringify(answers)
    expect(received).not.toContain(keyHex)
    expect(received).not.toContain(Buffer.from(keyHex, 'hex').toString('base64'))
    expect(received).toContain('"keyProtection":"userFile"')
    await main.close()
  })

  it('choosing the library is an administrator’s act, recorded with the address and file names but never the password', async () => {
    const { call, dataLocation, main } = composed()
    const admin = 'socket:1'
    await call(admin, 'operators.setup', {
      name: '王管理',
      unit: '数据资源科',
      password: 'correct horse battery'
    })
    await call(admin, 'operators.create', {
      name: '赵审计',
      unit: '监督科',
      roles: ['auditor'],
      password: 'another long password'
    })
    const library = {
      use: 'library',
      server: 'https://dzzz.xuchang.test',
      proxy: 'http://proxy.xuchang.test:3128',
      ca: { name: 'xuchang-root.pem', base64: Buffer.from(pki.sm2Root.certPem).toString('base64') },
      certificate: null
    }
    expect(await call(admin, 'sync.configure', library)).toMatchObject({
      ok: true,
      data: { source: 'configured', server: 'https://dzzz.xuchang.test', ca: 'xuchang-root.pem' }
    })
    // An auditor may sync, but not point the workstation at another library.
    await call('socket:2', 'operators.signIn', {
      name: '赵审计',
      password: 'another long password'
    })
    expect(await call('socket:2', 'sync.configure', { use: 'embedded' })).toMatchObject({
      ok: false,
      error: { code: 'errors.auth.forbidden' }
    })
    const log = await call(admin, 'audit.mainLog', { limit: 10 })
    const entries = (log.data as unknown as { entries: Record<string, unknown>[] }).entries
    expect(entries[0]).toMatchObject({
      action: 'sync.configure',
      actor: '王管理 [administrator]',
      target: 'sync',
      details: {
        server: 'https://dzzz.xuchang.test',
        proxy: 'http://proxy.xuchang.test:3128/',
        ca: 'xuchang-root.pem',
        certificate: null
      }
    })
    expect(readFileSync(join(dataLocation, 'audit', 'main-log.jsonl'), 'utf8')).not.toContain(
      'BEGIN CERTIFICATE'
    )
    await main.close()
  })
})
