import type { AuditCheckOutcome, ChannelInput, ChannelOutput } from '@shared/contract'
import type { AuditChainProblem, AuditEntry } from '@shared/domain/audit'

interface AuditApi {
  call(
    channel: 'audit.check.page',
    input: ChannelInput<'audit.check.page'>
  ): Promise<ChannelOutput<'audit.check.page'>>
  call(
    channel: 'audit.check.finish',
    input: ChannelInput<'audit.check.finish'>
  ): Promise<AuditCheckOutcome>
}

/**
 * 校验完整性: the working copy's log goes to main page by page (each well under the RPC limit),
 * and main, which holds the key and the head, says what it found, in this log and in its own;
 * then the log is held against the heads the library witnessed (`witness`).
 */
export async function checkAuditLog(
  api: AuditApi,
  pages: AsyncIterable<AuditEntry[]>,
  witness: () => Promise<AuditChainProblem[]>
): Promise<AuditCheckOutcome> {
  let checkId: string | null = null
  for await (const entries of pages) {
    checkId = (await api.call('audit.check.page', { checkId, entries })).checkId
  }
  // An empty log is checked too: main knows whether it should be empty.
  checkId ??= (await api.call('audit.check.page', { checkId: null, entries: [] })).checkId
  const outcome = await api.call('audit.check.finish', { checkId })
  const witnessed = await witness()
  if (witnessed.length === 0) return outcome
  const problems = [...outcome.workbench.problems, ...witnessed].sort((a, b) => a.seq - b.seq)
  return { ...outcome, workbench: { ...outcome.workbench, ok: false, problems } }
}

/** A row of the 审计日志 page: an entry of the workbench log or of main's own. */
export type AuditRow = AuditEntry & { source: 'workbench' | 'main' }

/**
 * The workbench entries shown so far and main's entries, newest first by time. Main's entries
 * older than the oldest workbench entry shown wait until that page is loaded (or none is left).
 */
export function mergeRows(
  workbench: readonly AuditEntry[],
  main: readonly AuditEntry[],
  exhausted: boolean
): AuditRow[] {
  const oldest = workbench.at(-1)?.at
  const shownMain = main.filter(
    (entry) => exhausted || (oldest !== undefined && Date.parse(entry.at) >= Date.parse(oldest))
  )
  return [
    ...workbench.map((entry) => ({ ...entry, source: 'workbench' as const })),
    ...shownMain.map((entry) => ({ ...entry, source: 'main' as const }))
  ].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq)
}
