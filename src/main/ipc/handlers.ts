import { CodedError, type SystemInfo } from '../../shared/contract'
import { message } from '../../shared/i18n/message'
import type { AuditService } from '../services/audit/audit-service'
import type { DialogPort } from '../services/files/dialog-port'
import type { FileRegistry } from '../services/files/file-registry'
import type { OperatorService } from '../services/operators/operator-service'
import type { HolderHashService } from '../services/privacy/holder-hash-service'
import { pickFiles } from '../services/seals/pick-files'
import type { SealService } from '../services/seals/seal-service'
import { importTrustFiles } from '../services/seals/trust-import'
import type { TrustStore } from '../services/seals/trust-store'
import type { SyncService } from '../services/sync/sync-port'
import type { DocumentsService } from '../services/documents/documents-service'
import type { HandlerTable } from './dispatcher'

/** What 印章核验 needs: the file handles, the open dialog, the verifier and the trust store. */
export interface SealHandlerDeps {
  files: FileRegistry
  dialogs: DialogPort
  service: SealService
  trustStore: TrustStore
}

export interface HandlerDeps {
  systemInfo: () => SystemInfo
  now: () => Date
  /**
   * Both hosts wire it; a host that leaves it out answers the seal channels with
   * `errors.rpc.notFound`.
   */
  seals?: SealHandlerDeps
  /**
   * The operator accounts and sessions; a host that leaves it out answers the operator channels
   * with `errors.rpc.notFound`.
   */
  operators?: OperatorService
  /**
   * The 审计日志's key, head and main's own log; a host that leaves it out answers the audit
   * channels with `errors.rpc.notFound`.
   */
  audit?: AuditService
  /** Main's keyed hash of 持证主体代码; left out, the privacy channels are `errors.rpc.notFound`. */
  holderHashes?: HolderHashService
  /** 同步 with the city library; left out, the sync channels are `errors.rpc.notFound`. */
  sync?: SyncService
  /** 公文 and the seal certificate; left out, the documents channels are `errors.rpc.notFound`. */
  documents?: DocumentsService
}

/** The handler table, wired from plain dependencies so tests and both hosts build their own. */
export function createHandlers(deps: HandlerDeps): HandlerTable {
  const seals = (): SealHandlerDeps => {
    if (!deps.seals)
      throw new CodedError(
        message('errors.rpc.notFound'),
        'seal inspection is not wired in this host'
      )
    return deps.seals
  }
  const operators = (): OperatorService => {
    if (!deps.operators)
      throw new CodedError(message('errors.rpc.notFound'), 'operators are not wired in this host')
    return deps.operators
  }
  const holderHashes = (): HolderHashService => {
    if (!deps.holderHashes)
      throw new CodedError(
        message('errors.rpc.notFound'),
        'holder hashes are not wired in this host'
      )
    return deps.holderHashes
  }
  const audit = (): AuditService => {
    if (!deps.audit)
      throw new CodedError(
        message('errors.rpc.notFound'),
        'the audit log is not wired in this host'
      )
    return deps.audit
  }
  const sync = (): SyncService => {
    if (!deps.sync)
      throw new CodedError(message('errors.rpc.notFound'), 'sync is not wired in this host')
    return deps.sync
  }
  const documents = (): DocumentsService => {
    if (!deps.documents)
      throw new CodedError(message('errors.rpc.notFound'), 'documents are not wired in this host')
    return deps.documents
  }
  return {
    'system.info': () => deps.systemInfo(),
    'audit.seal': (input, { caller }) => audit().seal(caller, input),
    'audit.commit': (input) => audit().commit(input),
    'audit.check.page': (input) => audit().checkPage(input),
    'audit.check.finish': (input) => audit().checkFinish(input),
    'audit.mainLog': async (input) => ({ entries: await audit().mainEntries(input) }),
    'privacy.hashCodes': ({ codes }) => ({ hashes: holderHashes().hashCodes(codes) }),
    'privacy.adoptHolderKey': ({ key }) => ({ outcome: holderHashes().adoptLegacyKey(key) }),
    'system.ping': ({ nonce }) => ({ nonce, receivedAt: deps.now().toISOString() }),
    'seals.pickFiles': (request) => pickFiles(seals().dialogs, seals().files, request),
    'seals.verifyFile': ({ fileId, password }) => seals().service.verifyFile(fileId, password),
    'seals.startBatch': (input, context) => seals().service.startBatch(input, context.emit),
    'seals.cancelBatch': ({ batchId }) => seals().service.cancelBatch(batchId),
    'seals.batchStatus': ({ batchId }) => seals().service.batchStatus(batchId),
    'seals.trustStore.list': async () => ({ entries: await seals().trustStore.list() }),
    'seals.trustStore.import': async ({ fileIds }) => ({
      results: await importTrustFiles(seals().files, seals().trustStore, fileIds)
    }),
    'seals.trustStore.remove': async ({ id }) => ({
      removed: await seals().trustStore.remove(id)
    }),
    'operators.status': (_input, { caller }) => operators().status(caller),
    'operators.setup': (input, { caller }) => operators().setup(caller, input),
    'operators.signIn': (input, { caller }) => operators().signIn(caller, input),
    'operators.signOut': (_input, { caller }) => operators().signOut(caller),
    'operators.keepAlive': (_input, { caller }) => operators().keepAlive(caller),
    'operators.changePassword': (input, { caller }) => operators().changePassword(caller, input),
    'operators.authorize': ({ action }, { caller }) => operators().authorize(caller, action),
    'operators.list': async () => ({ operators: await operators().list() }),
    'operators.create': (input) => operators().create(input),
    'operators.update': (input) => operators().update(input),
    'operators.setEnabled': (input) => operators().setEnabled(input),
    'operators.resetPassword': (input) => operators().resetPassword(input),
    'sync.library': () => sync().status(),
    'sync.diagnose': () => sync().diagnose(),
    'sync.configure': (input) => sync().configure(input),
    'sync.request': (input) => sync().request(input),
    'sync.package.open': ({ fileId }) => {
      const file = seals().files.lookup(fileId)
      if (!file) throw new CodedError(message('errors.rpc.notFound'), 'no such file handle')
      return sync().openPackage(file.path, file.displayName)
    },
    'sync.package.request': ({ packageId, request }) => sync().packageRequest(packageId, request),
    'sync.outbox.seal': (input) => sync().sealOutbox(input),
    'sync.outbox.checkReceipt': ({ text }) => sync().checkReceipt(text),
    'documents.render': ({ document, format }) => documents().render(document, format),
    'documents.issue': ({ document, correction }) => documents().issue(document, correction),
    'documents.issued.list': ({ documentNumber }) => ({
      documents: documents().issued(documentNumber)
    }),
    'documents.issued.file': ({ sha256 }) => documents().issuedFile(sha256),
    'documents.seal.status': () => documents().sealStatus(),
    'documents.seal.configure': (input) => documents().configureSeal(input)
  }
}
