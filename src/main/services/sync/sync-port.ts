import type { ChannelOutput } from '../../../shared/contract/channels'
import type {
  ConfigureLibraryInput,
  LibraryStatus,
  CheckedReceipt,
  SealedOutbox,
  SealOutboxInput,
  SyncAnswer,
  SyncPackageSummary,
  SyncRequest
} from '../../../shared/contract/sync'
import type { Message } from '../../../shared/i18n/message'

// The service's port, apart from its implementation: the IPC handlers need only this, and
// importing the implementation would pull the whole sync engine into what they compile against.
/**
 * 同步 in main: the one place that talks to 市统一电子证照库. The renderer's engine (in a worker,
 * next to IndexedDB) asks for each protocol request; main makes it with the connection it holds
 * (address, proxy, CA, client certificate), so keys and the network stay out of the renderer.
 */
export interface SyncService {
  status(): LibraryStatus
  request(request: SyncRequest): Promise<SyncAnswer>
  diagnose(): Promise<ChannelOutput<'sync.diagnose'>>
  /** The 演示库 being filled on a first start. */
  preparingEmbedded(done: number, total: number): void
  /** The 演示库 answering at `server`; used while no library is configured. */
  useEmbedded(server: string): void
  /** Why the 演示库 could not start. */
  embeddedFailed(reason: Message): void
  /** 设置 → 电子证照库连接: checks and keeps the connection, then uses it from the next request. */
  configure(input: ConfigureLibraryInput): Promise<LibraryStatus>
  /**
   * 导入离线同步包: reads and checks a package (its seal, and its signer against the configured
   * government CA) before anything is applied; it then answers `packageRequest` until another is
   * opened.
   */
  openPackage(path: string, fileName: string): Promise<SyncPackageSummary>
  /** A protocol request answered from the package opened as `packageId` (pull only). */
  packageRequest(packageId: string, request: SyncRequest): Promise<SyncAnswer>
  /**
   * 导出待推送包: the outbox rows sealed, and signed with the configured client certificate when
   * there is one; a certificate that cannot sign is an error, never a silently unsigned file.
   */
  sealOutbox(input: SealOutboxInput): Promise<SealedOutbox>
  /**
   * 导入推送回执, before anything is settled: the seal, and a signer that must check out against
   * the configured government CA (a signed receipt cannot be checked without one).
   */
  checkReceipt(text: string): Promise<CheckedReceipt>
  close(): Promise<void>
}
