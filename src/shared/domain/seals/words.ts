/**
 * The seal report's facts as words, one set for the screen (印章核验), its exports and the CLI:
 * each state the report holds (verdict status, coverage, change level, trust, revocation, kind,
 * password) has one message of the seals catalog, said in the reader's language where shown.
 */
import { message, type Message } from '../../i18n/message'
import { documentReasons, failedReasons, indeterminateReasons } from './codes'
import type { PasswordUsed } from './pdf/encryption'
import type { PdfVerificationReport, SignatureReport } from './report'

export type VerdictStatus = PdfVerificationReport['verdict']['status']

export const statusWords: Readonly<Record<VerdictStatus, Message>> = {
  passed: message('seals.status.passed'),
  failed: message('seals.status.failed'),
  indeterminate: message('seals.status.indeterminate')
}

export const coverageWords: Readonly<Record<SignatureReport['coverage'], Message>> = {
  'entire-file': message('seals.coverage.entireFile'),
  'entire-revision': message('seals.coverage.entireRevision'),
  'contiguous-block-from-start': message('seals.coverage.contiguousBlockFromStart'),
  unclear: message('seals.coverage.unclear')
}

type Level = NonNullable<SignatureReport['modification']['level']>

const levels: Readonly<Record<Level, Message>> = {
  none: message('seals.level.none'),
  'signatures-dss-timestamps': message('seals.level.signaturesDssTimestamps'),
  'form-filling': message('seals.level.formFilling'),
  annotations: message('seals.level.annotations'),
  other: message('seals.level.other')
}

/** A modification level; null (the changes could not be analysed) is 未知. */
export function levelWords(level: Level | null): Message {
  return level === null ? message('seals.level.unknown') : levels[level]
}

const trustProblems: Readonly<Record<NonNullable<SignatureReport['trustProblem']>, Message>> = {
  'no-chain': message('seals.trust.noChain'),
  'untrusted-root': message('seals.trust.untrustedRoot'),
  'bad-chain-signature': message('seals.trust.badChainSignature'),
  'ca-constraints': message('seals.trust.caConstraints'),
  'key-usage': message('seals.trust.keyUsage')
}

/** Trusted, or why not. */
export function trustWords(signature: Pick<SignatureReport, 'trusted' | 'trustProblem'>): Message {
  if (signature.trusted) return message('seals.trust.trusted')
  return signature.trustProblem === undefined
    ? message('seals.trust.untrusted')
    : trustProblems[signature.trustProblem]
}

export const revocationWords: Readonly<Record<SignatureReport['revocation']['status'], Message>> = {
  good: message('seals.revocation.good'),
  revoked: message('seals.revocation.revoked'),
  unknown: message('seals.revocation.unknown')
}

export const kindWords: Readonly<Record<SignatureReport['kind'], Message>> = {
  signature: message('seals.kind.signature'),
  'document-timestamp': message('seals.kind.documentTimestamp')
}

export const passwordUsedWords: Readonly<Record<PasswordUsed, Message>> = {
  'empty-user': message('seals.passwordUsed.emptyUser'),
  user: message('seals.passwordUsed.user'),
  owner: message('seals.passwordUsed.owner')
}

/** Why a file did not pass, in words; null when it passed. */
export function reportReason(report: PdfVerificationReport): Message | null {
  if (report.error) return message(report.error.code, report.error.params)
  return report.verdict.status === 'passed' ? null : report.verdict.summary
}

/** The signer as people name it: CN, else the full subject, else the unverified /Name. */
export function signerName(signature: SignatureReport): string | undefined {
  return (
    signature.signer?.commonName ||
    signature.signer?.subject ||
    signature.dictionary.name ||
    undefined
  )
}

/** The best time of a signature: proven by a timestamp, else signed, else the signer's clock. */
export function signingInstant(signature: SignatureReport): string | undefined {
  return signature.times.timestamped ?? signature.times.signingTime ?? signature.times.claimed
}

const reasons: readonly string[] = [...failedReasons, ...indeterminateReasons, ...documentReasons]

/**
 * The reason a stored record names, as words: a code of today's reports, or one written before
 * reasons were catalog codes (`hash-failure`, kept in older audit entries); undefined for
 * anything else.
 */
export function storedReasonWords(stored: unknown): Message | undefined {
  if (typeof stored !== 'string') return undefined
  const code = stored.startsWith('seals.reason.')
    ? stored
    : `seals.reason.${stored.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}`
  return reasons.includes(code) ? message(code) : undefined
}
