import { randomBytes } from 'node:crypto'
import { CodedError } from '../../../shared/contract'
import type { OperatorStatus } from '../../../shared/contract/operators'
import {
  checkAccount,
  mayTake,
  passwordProblem,
  refusalFor,
  tidyText,
  type AuthorizedAction,
  type CallerStanding,
  type ChannelAccess,
  type OperatorIdentity,
  type OperatorRole,
  type OperatorSummary
} from '../../../shared/domain/operators'
import { instant, message, type ErrorValue } from '../../../shared/i18n/message'
import { openAccountFile, type StoredAccount } from './account-file'
import { DEFAULT_SCRYPT, hashPassword, verifyPassword, type ScryptParameters } from './password'

export interface OperatorServiceOptions {
  /** The installation's data folder; the accounts live in `operators.json` there. */
  dataLocation: string
  now: () => Date
  /** A session unused this long is locked (sign in again). 15 minutes unless told. */
  idleLockMs?: number
  /** Failed sign-ins in a row before the account is locked out. 5 unless told. */
  maxFailedAttempts?: number
  /** How long a locked-out account refuses sign-in. 15 minutes unless told. */
  lockoutMs?: number
  /** scrypt's cost; tests pass a cheap one. */
  scrypt?: ScryptParameters
}

const MINUTE = 60_000

interface Session {
  operatorId: string
  lastUsed: number
  locked: boolean
}

function fail(error: ErrorValue, detail?: string): never {
  throw new CodedError(error, detail)
}

function identityOf(account: StoredAccount): OperatorIdentity {
  return { id: account.id, name: account.name, unit: account.unit, roles: account.roles }
}

function summaryOf(account: StoredAccount, now: number): OperatorSummary {
  const lockedOut = account.lockedUntil !== null && Date.parse(account.lockedUntil) > now
  return {
    ...identityOf(account),
    enabled: account.enabled,
    createdAt: account.createdAt,
    lockedUntil: lockedOut ? account.lockedUntil : null
  }
}

const sameName = (a: string, b: string): boolean =>
  tidyText(a).toLowerCase() === tidyText(b).toLowerCase()

/**
 * 操作员与角色 in main: the accounts (file in the data folder, scrypt hashes, lockout after
 * repeated failures that survives a restart) and the sessions of the callers (an Electron window
 * or a browser tab's socket), each signed in as one operator and locked after idling.
 * The dispatcher asks `refusal` before every call; the handlers call the rest.
 */
export function createOperatorService(options: OperatorServiceOptions) {
  const file = openAccountFile(options.dataLocation)
  const idleLockMs = options.idleLockMs ?? 15 * MINUTE
  const maxFailedAttempts = options.maxFailedAttempts ?? 5
  const lockoutMs = options.lockoutMs ?? 15 * MINUTE
  const scrypt = options.scrypt ?? DEFAULT_SCRYPT
  const now = () => options.now().getTime()
  const sessions = new Map<string, Session>()
  let loaded: Promise<StoredAccount[]> | undefined
  let queue: Promise<unknown> = Promise.resolve()
  // Compared against when the name is unknown, so a wrong name takes as long as a wrong password.
  const decoy = hashPassword(randomBytes(16).toString('hex'), scrypt)

  const accounts = (): Promise<StoredAccount[]> => (loaded ??= file.read())

  /** Changes run one at a time, so two sign-ins never lose each other's failed attempt. */
  function exclusive<T>(work: (all: StoredAccount[]) => Promise<T>): Promise<T> {
    const run = queue.then(async () => work(await accounts()))
    queue = run.catch(() => undefined)
    return run
  }

  async function save(all: StoredAccount[]): Promise<void> {
    await file.write(all)
  }

  function find(all: StoredAccount[], id: string): StoredAccount {
    return all.find((account) => account.id === id) ?? fail(message('errors.rpc.notFound'))
  }

  /** The caller's session and its account, dropping one whose account is gone or disabled. */
  function sessionOf(
    all: StoredAccount[],
    caller: string
  ): { session: Session; account: StoredAccount } | null {
    const session = sessions.get(caller)
    if (!session) return null
    const account = all.find((candidate) => candidate.id === session.operatorId)
    if (!account?.enabled) {
      sessions.delete(caller)
      return null
    }
    if (now() - session.lastUsed > idleLockMs) session.locked = true
    return { session, account }
  }

  function standingOf(all: StoredAccount[], caller: string): CallerStanding {
    const current = sessionOf(all, caller)
    if (!current) return { kind: 'anonymous' }
    if (current.session.locked) return { kind: 'locked' }
    return { kind: 'active', roles: current.account.roles }
  }

  async function activeAccount(caller: string): Promise<StoredAccount> {
    const all = await accounts()
    const current = sessionOf(all, caller)
    if (!current) return fail(message('errors.auth.signInRequired'))
    if (current.session.locked) return fail(message('errors.auth.locked'))
    return current.account
  }

  function enabledAdministrators(all: StoredAccount[], except: string): number {
    return all.filter(
      (account) =>
        account.id !== except && account.enabled && account.roles.includes('administrator')
    ).length
  }

  function start(caller: string, account: StoredAccount): OperatorIdentity {
    sessions.set(caller, { operatorId: account.id, lastUsed: now(), locked: false })
    return identityOf(account)
  }

  async function newAccount(input: {
    name: string
    unit: string
    roles: readonly OperatorRole[]
    password: string
  }): Promise<StoredAccount> {
    const checked = checkAccount(input)
    if (!checked.ok) return fail(checked.error)
    const weak = passwordProblem(input.password)
    if (weak) return fail(weak)
    return {
      id: `op-${randomBytes(16).toString('hex')}`,
      ...checked.account,
      roles: [...checked.account.roles],
      enabled: true,
      createdAt: new Date(now()).toISOString(),
      password: await hashPassword(input.password, scrypt),
      failedAttempts: 0,
      lockedUntil: null
    }
  }

  /** Counts a wrong password; the last allowed one locks the account out. */
  async function countFailure(all: StoredAccount[], account: StoredAccount): Promise<void> {
    account.failedAttempts += 1
    if (account.failedAttempts >= maxFailedAttempts) {
      account.failedAttempts = 0
      account.lockedUntil = new Date(now() + lockoutMs).toISOString()
    }
    await save(all)
  }

  function refuseIfLockedOut(account: StoredAccount): void {
    if (account.lockedUntil !== null && Date.parse(account.lockedUntil) > now())
      fail(message('operators.error.lockedOut', { until: instant(account.lockedUntil) }))
  }

  return {
    /** The accounts file's path (for 系统信息 and the tests). */
    path: file.path,

    /** The dispatcher's question: may this caller use a channel of `access`? Null when it may. */
    async refusal(caller: string, access: ChannelAccess): Promise<ErrorValue | null> {
      const all = await accounts()
      const standing = standingOf(all, caller)
      const refused = refusalFor(access, standing)
      const session = sessions.get(caller)
      if (!refused && standing.kind === 'active' && access !== 'public' && session)
        session.lastUsed = now()
      return refused
    },

    async status(caller: string): Promise<OperatorStatus> {
      const all = await accounts()
      const current = sessionOf(all, caller)
      return {
        setupRequired: all.length === 0,
        session: current
          ? {
              state: current.session.locked ? 'locked' : 'active',
              operator: identityOf(current.account)
            }
          : null,
        idleLockMinutes: idleLockMs / MINUTE
      }
    },

    /** 首次运行: the first account, an administrator, signed in at once. Refused once any exists. */
    setup(caller: string, input: { name: string; unit: string; password: string }) {
      return exclusive(async (all) => {
        if (all.length > 0) return fail(message('operators.error.alreadySetUp'))
        const account = await newAccount({ ...input, roles: ['administrator'] })
        all.push(account)
        await save(all)
        return start(caller, account)
      })
    },

    signIn(caller: string, input: { name: string; password: string }) {
      return exclusive(async (all) => {
        const account = all.find((candidate) => sameName(candidate.name, input.name))
        if (!account?.enabled) {
          await verifyPassword(input.password, await decoy)
          return fail(message('operators.error.signInRejected'))
        }
        refuseIfLockedOut(account)
        if (!(await verifyPassword(input.password, account.password))) {
          await countFailure(all, account)
          refuseIfLockedOut(account)
          return fail(message('operators.error.signInRejected'))
        }
        if (account.failedAttempts > 0 || account.lockedUntil !== null) {
          account.failedAttempts = 0
          account.lockedUntil = null
          await save(all)
        }
        return start(caller, account)
      })
    },

    signOut(caller: string): { signedOut: boolean } {
      return { signedOut: sessions.delete(caller) }
    },

    async keepAlive(caller: string): Promise<OperatorIdentity> {
      return identityOf(await activeAccount(caller))
    },

    /** 修改密码: the old one is required; a wrong one counts towards the lockout. */
    changePassword(caller: string, input: { oldPassword: string; newPassword: string }) {
      return exclusive(async (all) => {
        const account = await activeAccount(caller)
        refuseIfLockedOut(account)
        if (!(await verifyPassword(input.oldPassword, account.password))) {
          await countFailure(all, account)
          refuseIfLockedOut(account)
          return fail(message('operators.error.wrongPassword'))
        }
        const weak = passwordProblem(input.newPassword)
        if (weak) return fail(weak)
        account.password = await hashPassword(input.newPassword, scrypt)
        account.failedAttempts = 0
        await save(all)
        return identityOf(account)
      })
    },

    /** Who takes `action`, when a role of theirs allows it; otherwise `errors.auth.forbidden`. */
    async authorize(caller: string, action: AuthorizedAction): Promise<OperatorIdentity> {
      const account = await activeAccount(caller)
      if (!mayTake(action, account.roles))
        return fail(message('errors.auth.forbidden'), `${action} refused`)
      return identityOf(account)
    },

    async list(): Promise<OperatorSummary[]> {
      return (await accounts()).map((account) => summaryOf(account, now()))
    },

    create(input: {
      name: string
      unit: string
      roles: readonly OperatorRole[]
      password: string
    }) {
      return exclusive(async (all) => {
        if (all.some((account) => sameName(account.name, input.name)))
          return fail(message('operators.error.nameTaken', { name: tidyText(input.name) }))
        const account = await newAccount(input)
        all.push(account)
        await save(all)
        return summaryOf(account, now())
      })
    },

    /** 单位/科室 and roles; the name stays (the audit log refers to it). */
    update(input: { id: string; unit: string; roles: readonly OperatorRole[] }) {
      return exclusive(async (all) => {
        const account = find(all, input.id)
        const checked = checkAccount({ name: account.name, unit: input.unit, roles: input.roles })
        if (!checked.ok) return fail(checked.error)
        const losesAdministrator =
          account.enabled &&
          account.roles.includes('administrator') &&
          !checked.account.roles.includes('administrator')
        if (losesAdministrator && enabledAdministrators(all, account.id) === 0)
          return fail(message('operators.error.lastAdministrator'))
        account.unit = checked.account.unit
        account.roles = [...checked.account.roles]
        await save(all)
        return summaryOf(account, now())
      })
    },

    /** 停用/启用: never deleted; the last enabled administrator cannot be disabled. */
    setEnabled(input: { id: string; enabled: boolean }) {
      return exclusive(async (all) => {
        const account = find(all, input.id)
        if (
          !input.enabled &&
          account.roles.includes('administrator') &&
          enabledAdministrators(all, account.id) === 0
        )
          return fail(message('operators.error.lastAdministrator'))
        account.enabled = input.enabled
        await save(all)
        if (!input.enabled)
          for (const [caller, session] of sessions)
            if (session.operatorId === account.id) sessions.delete(caller)
        return summaryOf(account, now())
      })
    },

    /** 重置密码 by an administrator; it also lifts a lockout. */
    resetPassword(input: { id: string; password: string }) {
      return exclusive(async (all) => {
        const account = find(all, input.id)
        const weak = passwordProblem(input.password)
        if (weak) return fail(weak)
        account.password = await hashPassword(input.password, scrypt)
        account.failedAttempts = 0
        account.lockedUntil = null
        await save(all)
        return summaryOf(account, now())
      })
    },

    /** A window closed or a socket went away: its session ends. */
    forget(caller: string): void {
      sessions.delete(caller)
    }
  }
}

export type OperatorService = ReturnType<typeof createOperatorService>
