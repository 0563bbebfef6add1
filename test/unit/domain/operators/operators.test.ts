import { describe, expect, it } from 'vitest'
import {
  actorOf,
  authorizedActions,
  checkAccount,
  mayTake,
  passwordProblem,
  readActor,
  refusalFor
} from '../../../../src/shared/domain/operators'
import { createCliWords } from '../../../../src/cli/i18n'
import { message } from '../../../../src/shared/i18n/message'

describe('who may take a step in the renderer’s data (issue 12)', () => {
  // 「只有合规专员下发整改通知和书面通报，只有系统管理员管理操作员、信任库和设置」
  it.each([
    ['notice.issue', ['complianceOfficer']],
    ['circular.issue', ['complianceOfficer']],
    ['referral.issue', ['complianceOfficer']],
    ['settings.change', ['administrator']],
    ['export.unmasked', ['complianceOfficer']]
  ])('%s: only %j', (action, roles) => {
    expect(authorizedActions[action as keyof typeof authorizedActions]).toEqual(roles)
  })

  it('lists exactly these actions', () => {
    expect(Object.keys(authorizedActions).sort()).toEqual(
      [
        'circular.issue',
        'export.unmasked',
        'notice.issue',
        'referral.issue',
        'settings.change'
      ].sort()
    )
  })

  it('lets an operator take a step when any of their roles allows it', () => {
    expect(mayTake('notice.issue', ['auditor'])).toBe(false)
    expect(mayTake('notice.issue', ['administrator'])).toBe(false)
    expect(mayTake('notice.issue', ['auditor', 'complianceOfficer'])).toBe(true)
    expect(mayTake('settings.change', ['administrator'])).toBe(true)
    expect(mayTake('settings.change', [])).toBe(false)
  })
})

describe('the refusal for a caller at a channel’s access', () => {
  const active = (roles: ('auditor' | 'complianceOfficer' | 'administrator')[]) =>
    ({ kind: 'active', roles }) as const
  it.each([
    ['public', { kind: 'anonymous' } as const, null],
    ['public', { kind: 'locked' } as const, null],
    ['signedIn', { kind: 'anonymous' } as const, 'errors.auth.signInRequired'],
    ['signedIn', { kind: 'locked' } as const, 'errors.auth.locked'],
    ['signedIn', active(['auditor']), null],
    [['administrator'], { kind: 'anonymous' } as const, 'errors.auth.signInRequired'],
    [['administrator'], { kind: 'locked' } as const, 'errors.auth.locked'],
    [['administrator'], active(['auditor', 'complianceOfficer']), 'errors.auth.forbidden'],
    [['administrator'], active(['auditor', 'administrator']), null]
  ] as const)('%j for %j: %s', (access, standing, code) => {
    expect(refusalFor(access, standing)).toEqual(code === null ? null : { code })
  })
})

describe('an account’s fields', () => {
  it('needs a password of at least 10 characters, counted as characters', () => {
    expect(passwordProblem('123456789')).toEqual(
      message('operators.error.passwordTooShort', { min: 10 })
    )
    expect(passwordProblem('1234567890')).toBeNull()
    // Ten Chinese characters are ten characters.
    expect(passwordProblem('电子证照管理暂行办法')).toBeNull()
    expect(passwordProblem('x'.repeat(257))).toEqual(
      message('operators.error.passwordTooLong', { max: 256 })
    )
  })

  it('tidies the name and unit and orders the roles', () => {
    expect(
      checkAccount({
        name: '  张 三 ',
        unit: '监督  科',
        roles: ['administrator', 'auditor', 'auditor']
      })
    ).toEqual({
      ok: true,
      account: { name: '张 三', unit: '监督 科', roles: ['auditor', 'administrator'] }
    })
    expect(checkAccount({ name: ' ', unit: '科', roles: ['auditor'] })).toEqual({
      ok: false,
      error: message('operators.error.nameInvalid', { max: 40 })
    })
  })
})

describe('操作人 in the audit log', () => {
  it('names the operator and the roles they acted in', () => {
    expect(actorOf({ name: '张合规', roles: ['complianceOfficer'] })).toBe(
      '张合规 [complianceOfficer]'
    )
    expect(readActor('张合规 [complianceOfficer]')).toEqual({
      name: '张合规',
      roles: ['complianceOfficer']
    })
    expect(readActor('王 管理 [auditor,administrator]')).toEqual({
      name: '王 管理',
      roles: ['auditor', 'administrator']
    })
  })

  it('reads an entry from before sign-in, or an odd one, as a bare name', () => {
    expect(readActor('本机操作员')).toEqual({ name: '本机操作员', roles: [] })
    expect(readActor('某人 [root]')).toEqual({ name: '某人 [root]', roles: [] })
  })

  it('says the roles in the reader’s language', () => {
    const { name, roles } = readActor('张合规 [auditor,complianceOfficer]')
    const said = message('operators.actor', {
      name,
      roles: { list: roles.map((role) => message(`operators.role.${role}`)) }
    })
    const say = (locale: 'zh-CN' | 'en') => createCliWords(locale).say(said)
    expect(say('zh-CN')).toBe('张合规（审计员、合规专员）')
    expect(say('en')).toBe('张合规 (Auditor, Compliance officer)')
  })
})
