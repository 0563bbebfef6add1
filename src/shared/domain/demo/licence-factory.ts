import { buildLicenceIdentifier } from '../codes/licence-identifier'
import type { Licence, LicenceState, StatusAction, StatusChange } from '../licences/licence'
import { PERMANENT, stateAfterAction } from '../licences/licence'
import { isoDateOfDayNumber } from '../calendar/iso-date'
import type { RawHolder } from '../privacy/stored-holder'
import type { DemoLicenceType } from './catalog'
import { GENERATION_MODES } from './catalog-types'
import {
  at,
  dayOf,
  type DemoDeadlines,
  FIRST_DAY,
  formatInstant,
  officeSecond,
  TODAY
} from './demo-time'
import type { DemoDepartment } from './departments'
import { randomRawHolder } from './people'
import type { SeededRandom } from './prng'
import { lastValidDay, validityDays } from './validity'

/** A licence before its holder is stored (hashing is asynchronous), plus what later steps need. */
export interface LicenceDraft {
  /** Everything but the holder, which is stored (masked, hashed) by the generator. */
  licence: Omit<Licence, 'holder'>
  rawHolder: RawHolder
  type: DemoLicenceType
  issuer: DemoDepartment
  completionDay: number
  /** The day the licence became usable: its push day; null while unpushed. */
  pushDay: number | null
  /** Last day the licence was valid and in state 有效 (TODAY when still so). */
  usableUntil: number
  /** First day it was lawfully refusable (revoked, cancelled, annulled); null if never. */
  refusableFrom: number | null
  /** Indices into statusHistory that were recorded late. */
  lateStatusIndices: number[]
  /** The push was planted late (Art. 13). */
  pushLate: boolean
}

export interface DraftOptions {
  index: number
  type: DemoLicenceType
  /** Plant `data.expired-shown-valid`: a digitised licence that expired and stayed 有效. */
  expiredShownValid: boolean
  /** Probability that a status change is recorded late. */
  statusLateRate: number
  /** Probability, per generation mode, that the push is planted late (where possible). */
  latePushRate: Partial<Record<Licence['generationMode'], number>>
}

const SERIAL_DIGITS = 8
const TERMINAL_STATES: ReadonlySet<LicenceState> = new Set(['revoked', 'cancelled', 'annulled'])

function pickMode(random: SeededRandom, type: DemoLicenceType): Licence['generationMode'] {
  return random.weighted(
    GENERATION_MODES.map((mode, i) => [mode, type.spec.modes[i] ?? 0] as const)
  )
}

/** Completion: online services finish at any hour on any day; counters on working days. */
function completionInstant(
  random: SeededRandom,
  deadlines: DemoDeadlines,
  mode: Licence['generationMode']
): number {
  if (mode === 'online') {
    const day = random.int(FIRST_DAY, TODAY)
    return at(day, random.chance(0.9) ? officeSecond(random) : random.int(0, 86_399))
  }
  return at(deadlines.randomWorkingDay(random, FIRST_DAY, TODAY), officeSecond(random))
}

/** An honest push: within the Art. 13 deadline (same working day, 1 or 5 working days). */
function honestPush(
  random: SeededRandom,
  deadlines: DemoDeadlines,
  mode: Licence['generationMode'],
  completedAt: number
): number | null {
  const day = dayOf(completedAt)
  if (mode === 'online') {
    return Math.min(completedAt + random.int(5, 900), at(day, 86_399))
  }
  const lastDay = mode === 'legacy' ? day + 20 : deadlines.lastDay(day, mode === 'offline' ? 1 : 5)
  const pushDay = random.int(day, lastDay)
  if (pushDay > TODAY) return null
  if (pushDay === day) return Math.min(completedAt + random.int(600, 4 * 3600), at(day, 86_399))
  return at(pushDay, officeSecond(random))
}

/**
 * A late push, on a date after the Art. 13 deadline; still unpushed when that date is after
 * TODAY. Null when the deadline has not passed yet, so lateness cannot be planted.
 */
function latePush(
  random: SeededRandom,
  deadlines: DemoDeadlines,
  mode: Licence['generationMode'],
  completedAt: number
): { pushedAt: number | null } | null {
  const n = mode === 'online' ? 0 : mode === 'offline' ? 1 : 5
  const lastDay = deadlines.lastDay(dayOf(completedAt), n)
  if (mode === 'legacy' || lastDay >= TODAY) return null
  const pushDay = random.int(lastDay + 1, lastDay + 15)
  return { pushedAt: pushDay > TODAY ? null : at(pushDay, officeSecond(random)) }
}

/**
 * The recording time of a status change at `businessTime`: by the end of the next working day, or
 * later when `late` (only possible when that day is before TODAY).
 */
function recordingTime(
  random: SeededRandom,
  deadlines: DemoDeadlines,
  businessTime: number,
  late: boolean
): { time: number; late: boolean } | null {
  const day = dayOf(businessTime)
  const lastDay = deadlines.lastDay(day, 1)
  if (late && lastDay < TODAY) {
    const recordedDay = random.int(lastDay + 1, Math.min(lastDay + 15, TODAY))
    return { time: at(recordedDay, officeSecond(random)), late: true }
  }
  const recordedDay = random.int(day, Math.min(lastDay, TODAY))
  if (recordedDay === day) {
    const time = Math.min(businessTime + random.int(60, 3 * 3600), at(day, 86_399))
    return { time, late: false }
  }
  return { time: at(recordedDay, officeSecond(random)), late: false }
}

function pickStatusActions(
  random: SeededRandom,
  organisation: boolean,
  finite: boolean
): StatusAction[] {
  const pattern = random.weighted<readonly StatusAction[]>([
    [['change'], 40],
    [['change', 'change'], 8],
    [['suspend'], 4],
    [['suspend', 'unsuspend'], 6],
    [organisation ? ['pledge', 'releasePledge'] : ['change'], 8],
    [['revoke'], 8],
    [['cancel'], 18],
    [['annul'], 3],
    [finite ? ['renew'] : ['change'], 5]
  ])
  return [...pattern]
}

interface Validity {
  validFrom: number
  validUntil: number | null
}

/** Issue and validity dates; digitised (legacy) licences were issued years before. */
function chooseValidity(
  random: SeededRandom,
  type: DemoLicenceType,
  mode: Licence['generationMode'],
  completionDay: number,
  expiredShownValid: boolean
): Validity {
  const range = type.spec.validity
  if (expiredShownValid) {
    const validUntil = random.int(Math.max(completionDay, FIRST_DAY + 30), TODAY - 12)
    const days = validityDays(validUntil, range) ?? 365
    return { validFrom: validUntil - days + 1, validUntil }
  }
  if (mode !== 'legacy')
    return { validFrom: completionDay, validUntil: lastValidDay(completionDay, range) }
  const days = validityDays(completionDay, range)
  // Art. 16 digitises licences still valid, so a legacy licence's period covers its completion.
  const earliest = days === null ? completionDay - 15 * 365 : completionDay - days + 3
  const validFrom = random.int(earliest, completionDay - 1)
  return { validFrom, validUntil: lastValidDay(validFrom, range) }
}

/** Builds one honest licence (except where `options` asks for a planted expiry). */
export function draftLicence(
  random: SeededRandom,
  deadlines: DemoDeadlines,
  options: DraftOptions
): LicenceDraft {
  const { type } = options
  const issuer = random.pick(type.issuers)
  const mode = options.expiredShownValid ? 'legacy' : pickMode(random, type)
  let completedAt = completionInstant(random, deadlines, mode)
  if (options.expiredShownValid && dayOf(completedAt) > TODAY - 40) {
    completedAt = at(
      deadlines.randomWorkingDay(random, FIRST_DAY, TODAY - 40),
      officeSecond(random)
    )
  }
  const completionDay = dayOf(completedAt)
  const validity = chooseValidity(random, type, mode, completionDay, options.expiredShownValid)
  const late = random.chance(options.latePushRate[mode] ?? 0)
    ? latePush(random, deadlines, mode, completedAt)
    : null
  const pushedAt = late ? late.pushedAt : honestPush(random, deadlines, mode, completedAt)
  const rawHolder = randomRawHolder(random, type.spec.holder, validity.validFrom)

  const statusHistory: StatusChange[] = []
  const lateStatusIndices: number[] = []
  let state: LicenceState = 'valid'
  let validUntil = validity.validUntil
  let changes = 0
  let usableUntil = TODAY
  let refusableFrom: number | null = null
  let lastBusinessTime = pushedAt ?? completedAt
  let lastWrite = lastBusinessTime
  const record = (action: StatusAction, businessTime: number): boolean => {
    const next = stateAfterAction(state, action)
    if (!next.ok || dayOf(businessTime) > TODAY) return false
    const recorded = recordingTime(
      random,
      deadlines,
      businessTime,
      random.chance(options.statusLateRate)
    )
    if (!recorded) return false
    if (recorded.late) lateStatusIndices.push(statusHistory.length)
    lastWrite = Math.max(lastWrite, recorded.time)
    if (action === 'change' || action === 'renew') changes += 1
    const change: StatusChange = {
      action,
      businessTime: formatInstant(businessTime),
      recordedTime: formatInstant(recorded.time)
    }
    if (action === 'change' || action === 'renew')
      change.version = String(1 + changes).padStart(3, '0')
    statusHistory.push(change)
    if (state === 'valid' && next.state !== 'valid')
      usableUntil = Math.min(usableUntil, dayOf(businessTime) - 1)
    if (TERMINAL_STATES.has(next.state)) {
      refusableFrom = dayOf(businessTime) + 1
    }
    state = next.state
    lastBusinessTime = businessTime
    return true
  }

  const eventWindowStart = dayOf(lastBusinessTime) + 1
  if (
    !options.expiredShownValid &&
    pushedAt !== null &&
    eventWindowStart < TODAY - 5 &&
    random.chance(0.12)
  ) {
    for (const action of pickStatusActions(
      random,
      type.spec.holder === 'organization',
      validUntil !== null
    )) {
      const from = dayOf(lastBusinessTime) + 1
      // Nothing happens to a licence after it has expired but its 注销.
      const to = validUntil === null ? TODAY - 1 : Math.min(TODAY - 1, validUntil)
      if (from > to) break
      const day =
        action === 'renew' && validUntil !== null
          ? random.int(Math.max(from, to - 60), to)
          : deadlines.randomWorkingDay(random, from, to)
      if (!record(action, at(day, officeSecond(random)))) break
      if (action === 'renew' && validUntil !== null) {
        validUntil = lastValidDay(validUntil + 1, type.spec.validity)
      }
    }
  }
  // Art. 18: on expiry the issuer records 注销 within the tolerance; more recent expiries wait.
  if (
    !options.expiredShownValid &&
    validUntil !== null &&
    validUntil < TODAY &&
    !TERMINAL_STATES.has(state)
  ) {
    const expiryDay = validUntil + 1
    if (deadlines.lastDay(expiryDay, 1) < TODAY)
      record('cancel', at(expiryDay, random.int(0, 2 * 3600)))
  }
  if (validUntil !== null) usableUntil = Math.min(usableUntil, validUntil)

  const version = String(1 + changes).padStart(3, '0')
  const serial = `${isoDateOfDayNumber(completionDay).slice(0, 4)}${String(options.index).padStart(SERIAL_DIGITS, '0')}`
  const identifier = buildLicenceIdentifier({
    typeCode: type.typeCode,
    issuerCode: issuer.record.uscc,
    serial,
    version
  })
  if (!identifier.ok)
    throw new Error(
      `demo identifier rejected: ${identifier.reasons.map((r) => JSON.stringify(r)).join('; ')}`
    )
  const prefix = type.spec.numberPrefix
  const numberSerial = String(options.index).padStart(7, '0')
  const number = prefix.endsWith('第')
    ? `${prefix}${numberSerial}号`
    : `${prefix}${serial.slice(0, 4)}${numberSerial}`
  const division = issuer.record.divisionCode

  const licence: Omit<Licence, 'holder'> = {
    id: `lic-${String(options.index).padStart(SERIAL_DIGITS, '0')}`,
    rev: 1,
    deleted: false,
    serverSeq: pushedAt === null ? null : options.index,
    updatedAt: formatInstant(lastWrite),
    identifier: identifier.identifier,
    typeCode: type.typeCode,
    number,
    issuerDepartmentId: issuer.record.id,
    issuingAuthorityCode: issuer.record.uscc,
    issueDate: isoDateOfDayNumber(validity.validFrom),
    validFrom: isoDateOfDayNumber(validity.validFrom),
    validUntil: validUntil === null ? PERMANENT : isoDateOfDayNumber(validUntil),
    state,
    generationMode: mode,
    completedAt: formatInstant(completedAt),
    pushedAt: pushedAt === null ? null : formatInstant(pushedAt),
    sealPresent: true,
    qrCode: {
      present: mode !== 'legacy',
      validFrom: mode !== 'legacy' ? formatInstant(completedAt) : null,
      validUntil: mode !== 'legacy' ? formatInstant(completedAt + 365 * 86_400) : null
    },
    version,
    areaCode: division === null || division === '411071' ? '411000' : division,
    statusHistory
  }
  return {
    licence,
    rawHolder,
    type,
    issuer,
    completionDay,
    pushDay: pushedAt === null ? null : dayOf(pushedAt),
    usableUntil,
    refusableFrom,
    lateStatusIndices,
    pushLate: late !== null
  }
}
