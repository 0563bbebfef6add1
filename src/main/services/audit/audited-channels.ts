import type { ChannelName, ChannelOutput, TrustEntry } from '../../../shared/contract'
import type { AuditActionCode, AuditDetails } from '../../../shared/domain/audit'
import type { CallContext, Handler, HandlerTable } from '../../ipc/dispatcher'
import type { AuditService } from './audit-service'

/** The name a trust entry goes by: the certificate's CN (or subject), the CRL's issuer. */
export function trustEntryName(entry: TrustEntry): string {
  return entry.kind === 'certificate'
    ? (entry.certificate.commonName ?? entry.certificate.subject)
    : entry.crl.issuer
}

type Record = (
  caller: string,
  action: AuditActionCode,
  target: string,
  details: AuditDetails
) => Promise<unknown>

interface Operator {
  id: string
  name: string
  unit: string
  roles: readonly string[]
}

const operatorDetails = (operator: Operator): AuditDetails => ({
  operator: operator.name,
  unit: operator.unit,
  roles: operator.roles.join(',')
})

/**
 * The handler table with main's own audit entries: every change of the trust store and of the
 * operator accounts is recorded in main's log after it succeeded, whoever called (the workbench's
 * pages or a direct RPC call), with the caller's 操作人. Passwords never reach the log.
 * A change that succeeded but could not be recorded fails the call (`errors.rpc.handlerFailed`).
 * Settings live in the renderer's working copy and have no channel in main; the workbench log
 * records them (`settings.update`).
 */
export function auditedHandlers(
  handlers: HandlerTable,
  audit: Pick<AuditService, 'record'>,
  trustEntries: () => Promise<TrustEntry[]>
): HandlerTable {
  const record: Record = (caller, action, target, details) =>
    audit.record(caller, action, target, details)
  /** The channel's handler, then `write` with what it was asked and what it answered. */
  function after<C extends ChannelName>(
    channel: C,
    write: (
      input: Parameters<Handler<C>>[0],
      output: ChannelOutput<C>,
      context: CallContext
    ) => Promise<void>
  ): Handler<C> {
    const handler = handlers[channel] as Handler<C>
    return async (input, context) => {
      const output = (await handler(input, context)) as ChannelOutput<C>
      await write(input, output, context)
      return output
    }
  }
  const forOperator =
    (action: AuditActionCode) =>
    async (_input: unknown, operator: Operator, context: CallContext) => {
      await record(context.caller, action, `operator:${operator.id}`, operatorDetails(operator))
    }

  return {
    ...handlers,
    'seals.trustStore.import': after('seals.trustStore.import', async (_input, output, context) => {
      for (const result of output.results) {
        if (result.added.length === 0) continue
        await record(context.caller, 'seals.trustStore.import', `file:${result.fileName}`, {
          added: result.added.map((entry) => entry.id).join(','),
          subjects: result.added.map(trustEntryName).join('; ')
        })
      }
    }),
    'seals.trustStore.remove': async (input, context) => {
      const entry = (await trustEntries()).find((candidate) => candidate.id === input.id)
      const output = await handlers['seals.trustStore.remove'](input, context)
      if (output.removed) {
        await record(context.caller, 'seals.trustStore.remove', `trust:${input.id}`, {
          name: entry ? trustEntryName(entry) : ''
        })
      }
      return output
    },
    'operators.setup': after('operators.setup', (input, output, context) =>
      forOperator('operators.setup')(input, output, context)
    ),
    'operators.create': after('operators.create', (input, output, context) =>
      forOperator('operators.create')(input, output, context)
    ),
    'operators.update': after('operators.update', (input, output, context) =>
      forOperator('operators.update')(input, output, context)
    ),
    'operators.setEnabled': after('operators.setEnabled', async (input, output, context) => {
      await record(context.caller, 'operators.setEnabled', `operator:${output.id}`, {
        ...operatorDetails(output),
        enabled: input.enabled
      })
    }),
    'operators.resetPassword': after('operators.resetPassword', (input, output, context) =>
      forOperator('operators.resetPassword')(input, output, context)
    ),
    'operators.changePassword': after('operators.changePassword', (input, output, context) =>
      forOperator('operators.changePassword')(input, output, context)
    ),
    // Which library the workstation trusts: the address and the files' names, never a password.
    'sync.configure': after('sync.configure', async (_input, output, context) => {
      await record(context.caller, 'sync.configure', 'sync', {
        server: output.source === 'configured' ? output.server : null,
        proxy: output.proxy,
        ca: output.ca,
        certificate: output.clientCertificate
      })
    }),
    // 签发: which document, which version, its digest and who holds the seal.
    'documents.issue': after('documents.issue', async (_input, output, context) => {
      const { issued } = output
      await record(context.caller, 'documents.issue', `document:${issued.documentNumber}`, {
        kind: issued.kind,
        version: issued.version,
        sha256: issued.sha256,
        contentSha256: issued.contentSha256,
        signer: issued.signer
      })
    }),
    // Whose seal the Bureau's documents carry: the certificate, never its key or password.
    'documents.seal.configure': after(
      'documents.seal.configure',
      async (_input, output, context) => {
        await record(context.caller, 'documents.seal.configure', 'documents:seal', {
          configured: output.configured,
          file: output.fileName,
          subject: output.subject,
          notAfter: output.notAfter
        })
      }
    )
  }
}
