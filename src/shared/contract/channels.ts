import { z } from 'zod'
import { pingInputSchema, pingOutputSchema, systemInfoSchema } from './system'
import {
  auditCheckFinishInputSchema,
  auditCheckFinishOutputSchema,
  auditCheckPageInputSchema,
  auditCheckPageOutputSchema,
  auditCommitInputSchema,
  auditCommitOutputSchema,
  auditMainLogInputSchema,
  auditMainLogOutputSchema,
  auditSealInputSchema,
  auditSealOutputSchema
} from './audit'
import {
  adoptHolderKeyInputSchema,
  adoptHolderKeyOutputSchema,
  hashCodesInputSchema,
  hashCodesOutputSchema
} from './privacy'
import {
  authorizeInputSchema,
  changePasswordInputSchema,
  createOperatorInputSchema,
  operatorIdentitySchema,
  operatorListOutputSchema,
  operatorStatusSchema,
  operatorSummarySchema,
  resetPasswordInputSchema,
  setEnabledInputSchema,
  setupInputSchema,
  signInInputSchema,
  signOutOutputSchema,
  updateOperatorInputSchema
} from './operators'
import {
  batchProgressEventSchema,
  batchRefInputSchema,
  batchStatusSchema,
  pickFilesInputSchema,
  pickFilesOutputSchema,
  startBatchInputSchema,
  trustImportInputSchema,
  trustImportOutputSchema,
  trustListOutputSchema,
  trustRemoveInputSchema,
  trustRemoveOutputSchema,
  verifyFileInputSchema,
  verifyFileOutputSchema
} from './seals'
import {
  configureLibraryInputSchema,
  connectionDiagnosisSchema,
  libraryStatusSchema,
  openPackageInputSchema,
  packageRequestInputSchema,
  sealedOutboxSchema,
  checkReceiptInputSchema,
  checkedReceiptSchema,
  sealOutboxInputSchema,
  syncPackageSummarySchema,
  syncRequestInputSchema,
  syncRequestOutputSchema
} from './sync'
import {
  configureSealInputSchema,
  issueDocumentInputSchema,
  issuedDocumentSchema,
  issuedFileInputSchema,
  issuedFileOutputSchema,
  issuedListInputSchema,
  issuedListOutputSchema,
  renderDocumentInputSchema,
  renderedDocumentSchema,
  sealCertificateStatusSchema
} from './documents'

const noInput = z.object({}).strict()

/**
 * Every request the renderer can make of main, with the schema of what goes in and what comes
 * out. Both transports (Electron IPC and the browser host's WebSocket) validate against this
 * one table.
 */
export const channels = {
  'system.info': { input: noInput, output: systemInfoSchema },
  'system.ping': { input: pingInputSchema, output: pingOutputSchema },
  'audit.seal': { input: auditSealInputSchema, output: auditSealOutputSchema },
  'audit.commit': { input: auditCommitInputSchema, output: auditCommitOutputSchema },
  'audit.check.page': { input: auditCheckPageInputSchema, output: auditCheckPageOutputSchema },
  'audit.check.finish': {
    input: auditCheckFinishInputSchema,
    output: auditCheckFinishOutputSchema
  },
  'audit.mainLog': { input: auditMainLogInputSchema, output: auditMainLogOutputSchema },
  'privacy.hashCodes': { input: hashCodesInputSchema, output: hashCodesOutputSchema },
  'privacy.adoptHolderKey': {
    input: adoptHolderKeyInputSchema,
    output: adoptHolderKeyOutputSchema
  },
  'seals.pickFiles': { input: pickFilesInputSchema, output: pickFilesOutputSchema },
  'seals.verifyFile': { input: verifyFileInputSchema, output: verifyFileOutputSchema },
  'seals.startBatch': { input: startBatchInputSchema, output: batchStatusSchema },
  'seals.cancelBatch': { input: batchRefInputSchema, output: batchStatusSchema },
  'seals.batchStatus': { input: batchRefInputSchema, output: batchStatusSchema },
  'seals.trustStore.list': { input: noInput, output: trustListOutputSchema },
  'seals.trustStore.import': { input: trustImportInputSchema, output: trustImportOutputSchema },
  'seals.trustStore.remove': { input: trustRemoveInputSchema, output: trustRemoveOutputSchema },
  'operators.status': { input: noInput, output: operatorStatusSchema },
  'operators.setup': { input: setupInputSchema, output: operatorIdentitySchema },
  'operators.signIn': { input: signInInputSchema, output: operatorIdentitySchema },
  'operators.signOut': { input: noInput, output: signOutOutputSchema },
  'operators.keepAlive': { input: noInput, output: operatorIdentitySchema },
  'operators.changePassword': { input: changePasswordInputSchema, output: operatorIdentitySchema },
  'operators.authorize': { input: authorizeInputSchema, output: operatorIdentitySchema },
  'operators.list': { input: noInput, output: operatorListOutputSchema },
  'operators.create': { input: createOperatorInputSchema, output: operatorSummarySchema },
  'operators.update': { input: updateOperatorInputSchema, output: operatorSummarySchema },
  'operators.setEnabled': { input: setEnabledInputSchema, output: operatorSummarySchema },
  'operators.resetPassword': { input: resetPasswordInputSchema, output: operatorSummarySchema },
  'sync.library': { input: noInput, output: libraryStatusSchema },
  'sync.diagnose': { input: noInput, output: connectionDiagnosisSchema },
  'sync.configure': { input: configureLibraryInputSchema, output: libraryStatusSchema },
  'sync.request': { input: syncRequestInputSchema, output: syncRequestOutputSchema },
  'sync.package.open': { input: openPackageInputSchema, output: syncPackageSummarySchema },
  'sync.package.request': { input: packageRequestInputSchema, output: syncRequestOutputSchema },
  'sync.outbox.seal': { input: sealOutboxInputSchema, output: sealedOutboxSchema },
  'sync.outbox.checkReceipt': { input: checkReceiptInputSchema, output: checkedReceiptSchema },
  'documents.render': { input: renderDocumentInputSchema, output: renderedDocumentSchema },
  'documents.issue': {
    input: issueDocumentInputSchema,
    output: renderedDocumentSchema.extend({ issued: issuedDocumentSchema })
  },
  'documents.issued.list': { input: issuedListInputSchema, output: issuedListOutputSchema },
  'documents.issued.file': { input: issuedFileInputSchema, output: issuedFileOutputSchema },
  'documents.seal.status': { input: noInput, output: sealCertificateStatusSchema },
  'documents.seal.configure': {
    input: configureSealInputSchema,
    output: sealCertificateStatusSchema
  }
} as const

export type Channels = typeof channels
export type ChannelName = keyof Channels
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name)
}

/** Messages main pushes to the renderer without being asked (progress of long work). */
export const events = {
  'task.progress': z.object({
    taskId: z.string(),
    label: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable()
  }),
  'seals.batchProgress': batchProgressEventSchema
} as const

export type Events = typeof events
export type EventName = keyof Events
export type EventPayload<E extends EventName> = z.output<Events[E]>

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name)
}
