import { mkdtempSync, readFileSync, statSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CodedError } from '../../../../src/shared/contract'
import {
  createOperatorService,
  type OperatorServiceOptions
} from '../../../../src/main/services/operators/operator-service'
import { hashPassword, verifyPassword } from '../../../../src/main/services/operators/password'

const cheap = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 }
const MINUTE = 60_000
const ADMIN = { name: '王管理', unit: '数据资源科', password: 'admin-password-1' }

function clock(start = '2026-12-02T08:00:00Z') {
  let time = Date.parse(start)
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) }
}

function service(dataLocation = mkdtempSync(join(tmpdir(), 'operators-')), options = {}) {
  const time = clock()
  const operators = createOperatorService({
    dataLocation,
    now: time.now,
    scrypt: cheap,
    ...(options as Partial<OperatorServiceOptions>)
  })
  return { operators, time, dataLocation }
}

/** The error value a call was refused with. */
async function refusal(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (error) {
    if (error instanceof CodedError) return error.value
    throw error
  }
  throw new Error('the call was not refused')
}

describe('password hashing', () => {
  it('stores scrypt with its parameters and a salt of its own, and checks in constant time', async () => {
    const a = await hashPassword('correct horse battery', cheap)
    const b = await hashPassword('correct horse battery', cheap)
    expect(a).toMatchObject({ algorithm: 'scrypt', N: 1024, r: 8, p: 1, keyLength: 32 })
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16)
    expect(a.salt).not.toBe(b.salt)
    expect(a.hash).not.toBe(b.hash)
    expect(JSON.stringify(a)).not.toContain('correct horse')
    expect(await verifyPassword('correct horse battery', a)).toBe(true)
    expect(await verifyPassword('correct horse batterY', a)).toBe(false)
    // The parameters stored with the hash are the ones used to check it.
    expect(await verifyPassword('correct horse battery', { ...a, N: 2048 })).toBe(false)
  })
})

describe('the first run and the accounts', () => {
  it('asks for the first administrator, creates them signed in, and refuses a second first run', async () => {
    const { operators } = service()
    expect(await operators.status('window:1')).toEqual({
      setupRequired: true,
      session: null,
      idleLockMinutes: 15
    })
    const admin = await operators.setup('window:1', ADMIN)
    expect(admin).toMatchObject({ name: '王管理', unit: '数据资源科', roles: ['administrator'] })
    expect(admin.id).toMatch(/^op-[0-9a-f]{32}$/)
    expect(await operators.status('window:1')).toMatchObject({
      setupRequired: false,
      session: { state: 'active', operator: { name: '王管理' } }
    })
    expect(await refusal(operators.setup('window:2', { ...ADMIN, name: '李四' }))).toEqual({
      code: 'operators.error.alreadySetUp'
    })
  })

  it('says in its error how long a password must be (10)', async () => {
    const { operators } = service()
    expect(await refusal(operators.setup('w', { ...ADMIN, password: '123456789' }))).toEqual({
      code: 'operators.error.passwordTooShort',
      params: { min: 10 }
    })
    await operators.setup('w', { ...ADMIN, password: '1234567890' })
  })

  it('refuses a name that is taken, an empty unit and an account without a role', async () => {
    const { operators } = service()
    await operators.setup('w', ADMIN)
    const base = { name: '张合规', unit: '监督科', roles: ['complianceOfficer' as const] }
    await operators.create({ ...base, password: 'compliance-1' })
    expect(
      await refusal(operators.create({ ...base, name: ' 张合规 ', password: 'compliance-2' }))
    ).toEqual({ code: 'operators.error.nameTaken', params: { name: '张合规' } })
    expect(
      await refusal(
        operators.create({ ...base, name: '赵六', unit: '  ', password: 'x'.repeat(10) })
      )
    ).toEqual({ code: 'operators.error.unitInvalid', params: { max: 80 } })
    expect(
      await refusal(
        operators.create({ ...base, name: '赵六', roles: [], password: 'x'.repeat(10) })
      )
    ).toEqual({ code: 'operators.error.noRole' })
  })

  it('keeps the accounts in its own file, mode 0600, written whole (no temporary file left)', async () => {
    const { operators, dataLocation } = service()
    await operators.setup('w', ADMIN)
    const path = join(dataLocation, 'operators.json')
    expect(operators.path).toBe(path)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(dataLocation)).toEqual(['operators.json'])
    const stored = readFileSync(path, 'utf8')
    expect(stored).toContain('"algorithm": "scrypt"')
    expect(stored).not.toContain(ADMIN.password)
  })

  it('still knows the accounts after a restart', async () => {
    const first = service()
    await first.operators.setup('w', ADMIN)
    const again = service(first.dataLocation)
    expect((await again.operators.status('w')).setupRequired).toBe(false)
    expect(
      await again.operators.signIn('w', { name: '王管理', password: ADMIN.password })
    ).toMatchObject({ name: '王管理', roles: ['administrator'] })
  })
})

describe('sign-in and lockout', () => {
  it('refuses a wrong password and an unknown name alike', async () => {
    const { operators } = service()
    await operators.setup('w', ADMIN)
    const rejected = { code: 'operators.error.signInRejected' }
    expect(
      await refusal(operators.signIn('x', { name: '王管理', password: 'wrong-password' }))
    ).toEqual(rejected)
    expect(
      await refusal(operators.signIn('x', { name: '无此人', password: ADMIN.password }))
    ).toEqual(rejected)
    expect((await operators.status('x')).session).toBeNull()
  })

  it('locks an account out for 15 minutes after 5 failures, also across a restart', async () => {
    const { operators, time, dataLocation } = service()
    await operators.setup('w', ADMIN)
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(
        await refusal(operators.signIn('x', { name: '王管理', password: `wrong-${attempt}-pw` }))
      ).toEqual({ code: 'operators.error.signInRejected' })
    }
    const lockedOut = {
      code: 'operators.error.lockedOut',
      params: { until: { instant: '2026-12-02T08:15:00.000Z' } }
    }
    expect(
      await refusal(operators.signIn('x', { name: '王管理', password: 'wrong-5-pw' }))
    ).toEqual(lockedOut)
    // Even the right password is refused while locked out, and a restart does not lift it.
    expect(
      await refusal(operators.signIn('x', { name: '王管理', password: ADMIN.password }))
    ).toEqual(lockedOut)
    const restarted = createOperatorService({ dataLocation, now: time.now, scrypt: cheap })
    expect(
      await refusal(restarted.signIn('x', { name: '王管理', password: ADMIN.password }))
    ).toEqual(lockedOut)
    time.advance(15 * MINUTE - 1)
    expect(
      await refusal(restarted.signIn('x', { name: '王管理', password: ADMIN.password }))
    ).toEqual(lockedOut)
    time.advance(1)
    expect(await restarted.signIn('x', { name: '王管理', password: ADMIN.password })).toMatchObject(
      {
        name: '王管理'
      }
    )
  })

  it('forgets failures after a successful sign-in', async () => {
    const { operators } = service()
    await operators.setup('w', ADMIN)
    for (let attempt = 1; attempt <= 4; attempt++)
      await refusal(operators.signIn('x', { name: '王管理', password: 'wrong-password' }))
    await operators.signIn('x', { name: '王管理', password: ADMIN.password })
    for (let attempt = 1; attempt <= 4; attempt++)
      await refusal(operators.signIn('x', { name: '王管理', password: 'wrong-password' }))
    expect(await operators.signIn('x', { name: '王管理', password: ADMIN.password })).toMatchObject(
      {
        name: '王管理'
      }
    )
  })
})

describe('sessions and the idle lock', () => {
  it('locks a session unused for 15 minutes; a call within the time keeps it alive', async () => {
    const { operators, time } = service()
    await operators.setup('w', ADMIN)
    time.advance(14 * MINUTE)
    expect(await operators.refusal('w', 'signedIn')).toBeNull()
    time.advance(15 * MINUTE)
    expect(await operators.refusal('w', 'signedIn')).toBeNull()
    time.advance(15 * MINUTE + 1)
    expect(await operators.refusal('w', 'signedIn')).toEqual({ code: 'errors.auth.locked' })
    expect(await operators.refusal('w', 'public')).toBeNull()
    expect((await operators.status('w')).session).toMatchObject({ state: 'locked' })
    // Status and other public calls do not wake it; signing in again does.
    await operators.signIn('w', { name: '王管理', password: ADMIN.password })
    expect(await operators.refusal('w', ['administrator'])).toBeNull()
  })

  it('takes the idle time it is configured with', async () => {
    const { operators, time } = service(undefined, { idleLockMs: 2 * MINUTE })
    await operators.setup('w', ADMIN)
    expect((await operators.status('w')).idleLockMinutes).toBe(2)
    time.advance(2 * MINUTE + 1)
    expect(await operators.refusal('w', 'signedIn')).toEqual({ code: 'errors.auth.locked' })
  })

  it('keeps each caller apart, and ends a session on sign-out', async () => {
    const { operators } = service()
    await operators.setup('window:1', ADMIN)
    expect(await operators.refusal('window:2', 'signedIn')).toEqual({
      code: 'errors.auth.signInRequired'
    })
    expect(operators.signOut('window:1')).toEqual({ signedOut: true })
    expect(await operators.refusal('window:1', 'signedIn')).toEqual({
      code: 'errors.auth.signInRequired'
    })
  })
})

describe('roles, passwords and the last administrator', () => {
  async function office() {
    const setup = service()
    const { operators } = setup
    const admin = await operators.setup('admin', ADMIN)
    const officer = await operators.create({
      name: '张合规',
      unit: '监督科',
      roles: ['complianceOfficer'],
      password: 'compliance-1'
    })
    const auditor = await operators.create({
      name: '李审计',
      unit: '审计科',
      roles: ['auditor'],
      password: 'auditor-pw-1'
    })
    await operators.signIn('officer', { name: '张合规', password: 'compliance-1' })
    await operators.signIn('auditor', { name: '李审计', password: 'auditor-pw-1' })
    return { ...setup, admin, officer, auditor }
  }

  it('gives a role the channels of its access and refuses the others', async () => {
    const { operators } = await office()
    expect(await operators.refusal('auditor', ['administrator'])).toEqual({
      code: 'errors.auth.forbidden'
    })
    expect(await operators.refusal('auditor', ['auditor', 'administrator'])).toBeNull()
    expect(await operators.refusal('admin', ['administrator'])).toBeNull()
  })

  it('authorizes issuing a notice for the 合规专员 only, with their identity', async () => {
    const { operators, officer } = await office()
    expect(await operators.authorize('officer', 'notice.issue')).toEqual({
      id: officer.id,
      name: '张合规',
      unit: '监督科',
      roles: ['complianceOfficer']
    })
    expect(await refusal(operators.authorize('auditor', 'notice.issue'))).toEqual({
      code: 'errors.auth.forbidden'
    })
    expect(await refusal(operators.authorize('admin', 'circular.issue'))).toEqual({
      code: 'errors.auth.forbidden'
    })
    expect(await refusal(operators.authorize('nobody', 'notice.issue'))).toEqual({
      code: 'errors.auth.signInRequired'
    })
  })

  it('lets an operator change their own password with the old one only', async () => {
    const { operators } = await office()
    expect(
      await refusal(
        operators.changePassword('auditor', {
          oldPassword: 'not-my-password',
          newPassword: 'new-password-1'
        })
      )
    ).toEqual({ code: 'operators.error.wrongPassword' })
    expect(
      await refusal(
        operators.changePassword('auditor', { oldPassword: 'auditor-pw-1', newPassword: 'short' })
      )
    ).toEqual({ code: 'operators.error.passwordTooShort', params: { min: 10 } })
    await operators.changePassword('auditor', {
      oldPassword: 'auditor-pw-1',
      newPassword: 'new-password-1'
    })
    expect(
      await refusal(operators.signIn('x', { name: '李审计', password: 'auditor-pw-1' }))
    ).toEqual({
      code: 'operators.error.signInRejected'
    })
    await operators.signIn('x', { name: '李审计', password: 'new-password-1' })
  })

  it('lets an administrator reset a password, lifting a lockout', async () => {
    const { operators, auditor } = await office()
    for (let attempt = 1; attempt <= 5; attempt++)
      await refusal(operators.signIn('x', { name: '李审计', password: 'wrong-password' }))
    expect((await operators.list()).find((one) => one.id === auditor.id)?.lockedUntil).toBe(
      '2026-12-02T08:15:00.000Z'
    )
    await operators.resetPassword({ id: auditor.id, password: 'reset-password-1' })
    expect((await operators.list()).find((one) => one.id === auditor.id)?.lockedUntil).toBeNull()
    await operators.signIn('x', { name: '李审计', password: 'reset-password-1' })
  })

  it('disables an account (kept, its sessions ended, its sign-in refused) and enables it again', async () => {
    const { operators, auditor } = await office()
    expect(await operators.setEnabled({ id: auditor.id, enabled: false })).toMatchObject({
      name: '李审计',
      enabled: false
    })
    expect(await operators.refusal('auditor', 'signedIn')).toEqual({
      code: 'errors.auth.signInRequired'
    })
    expect(
      await refusal(operators.signIn('x', { name: '李审计', password: 'auditor-pw-1' }))
    ).toEqual({
      code: 'operators.error.signInRejected'
    })
    expect((await operators.list()).map((one) => one.name)).toEqual(['王管理', '张合规', '李审计'])
    await operators.setEnabled({ id: auditor.id, enabled: true })
    await operators.signIn('x', { name: '李审计', password: 'auditor-pw-1' })
  })

  it('never leaves the workstation without an enabled administrator', async () => {
    const { operators, admin, officer } = await office()
    const last = { code: 'operators.error.lastAdministrator' }
    expect(await refusal(operators.setEnabled({ id: admin.id, enabled: false }))).toEqual(last)
    expect(
      await refusal(operators.update({ id: admin.id, unit: '数据资源科', roles: ['auditor'] }))
    ).toEqual(last)
    // With a second administrator, the first may step down.
    await operators.update({
      id: officer.id,
      unit: '监督科',
      roles: ['administrator', 'complianceOfficer']
    })
    expect(
      await operators.update({ id: admin.id, unit: '数据资源科', roles: ['auditor'] })
    ).toMatchObject({ roles: ['auditor'] })
    expect(await refusal(operators.setEnabled({ id: officer.id, enabled: false }))).toEqual(last)
  })

  it('applies a change of roles to a signed-in session at its next call', async () => {
    const { operators, auditor } = await office()
    expect(await refusal(operators.authorize('auditor', 'notice.issue'))).toMatchObject({
      code: 'errors.auth.forbidden'
    })
    await operators.update({
      id: auditor.id,
      unit: '审计科',
      roles: ['auditor', 'complianceOfficer']
    })
    expect(await operators.authorize('auditor', 'notice.issue')).toMatchObject({
      roles: ['auditor', 'complianceOfficer']
    })
  })
})
