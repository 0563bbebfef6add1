import { z } from 'zod'
import { AuditAction, AuditDetails, AuditEntry } from '../domain/licences/audit-entry'
import { messageParamsSchema, codeSchema } from './result'

const hex64 = z.string().regex(/^[0-9a-f]{64}$/)

/**
 * 审计日志 in main (src/main/services/audit): the renderer asks main to key each entry before it
 * writes it, confirms it written, and has main check the log page by page; main keeps the key,
 * the head, and its own log of what it changed itself.
 */
export const auditSealInputSchema = z
  .object({
    seq: z.number().int().positive(),
    /** Who the renderer says acts; main records its own knowledge of the caller when it has it. */
    actor: z.string().min(1).max(200),
    action: AuditAction,
    target: z.string().max(1000),
    details: AuditDetails,
    prevMac: hex64
  })
  .strict()
export const auditSealOutputSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  actor: z.string().min(1),
  mac: hex64
})

export const auditCommitInputSchema = z
  .object({ seq: z.number().int().positive(), mac: hex64 })
  .strict()
export const auditCommitOutputSchema = z.object({ committed: z.boolean() })

/** A page of the log to check, in ascending seq; several pages keep each message under 1 MiB. */
export const auditCheckPageInputSchema = z
  .object({ checkId: z.string().max(64).nullable(), entries: z.array(AuditEntry).max(2000) })
  .strict()
export const auditCheckPageOutputSchema = z.object({ checkId: z.string() })

export const auditTamperKinds = [
  'edited',
  'rehashed',
  'reordered',
  'deleted',
  'truncated',
  'inserted',
  'wiped'
] as const

export const auditProblemSchema = z.object({
  seq: z.number().int(),
  kind: z.enum(auditTamperKinds),
  code: codeSchema,
  params: messageParamsSchema.optional()
})

const auditLogReportSchema = z.object({
  ok: z.boolean(),
  problems: z.array(auditProblemSchema),
  entries: z.number().int().nonnegative()
})

export const auditCheckFinishInputSchema = z.object({ checkId: z.string().max(64) }).strict()
export const auditCheckFinishOutputSchema = z.object({
  /** The renderer's log (IndexedDB). */
  workbench: auditLogReportSchema,
  /** Main's own log (trust store and operator changes). */
  main: auditLogReportSchema,
  /** From which entry on the workbench log is keyed; older ones were written unkeyed. */
  keyedFrom: z.object({ seq: z.number().int().positive(), at: z.string() }).nullable()
})
export type AuditCheckOutcome = z.infer<typeof auditCheckFinishOutputSchema>

export const auditMainLogInputSchema = z
  .object({
    limit: z.number().int().min(1).max(1000),
    beforeSeq: z.number().int().positive().optional()
  })
  .strict()
export const auditMainLogOutputSchema = z.object({ entries: z.array(AuditEntry) })
