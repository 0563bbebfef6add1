import { stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_BATCH_FILES, type FileRef, type PickFilesOutput } from '../../../shared/contract'
import { FILE_PATTERNS, type DialogPort, type OpenDialogRequest } from '../files/dialog-port'
import type { FileRegistry } from '../files/file-registry'
import { listFilesUnder } from '../files/folders'

/**
 * Asks the dialog for files or a folder and registers what was chosen; the renderer gets ids
 * and names, never paths. A folder yields its matching files, recursively, up to the batch limit.
 */
export async function pickFiles(
  dialogs: DialogPort,
  registry: FileRegistry,
  request: OpenDialogRequest
): Promise<PickFilesOutput> {
  const answer = await dialogs.open(request)
  if (answer.outcome !== 'picked') return answer
  const pattern = FILE_PATTERNS[request.purpose]
  const folder = request.mode === 'folder' ? answer.paths[0] : undefined
  const paths =
    folder !== undefined ? await listFilesUnder(folder, pattern, MAX_BATCH_FILES) : answer.paths
  const files: FileRef[] = []
  for (const path of paths) {
    const info = await stat(path).catch(() => null)
    if (!info?.isFile()) continue
    const name = basename(path)
    files.push({ id: registry.register(path, name), name, size: info.size })
  }
  return { outcome: 'picked', files, folderName: folder !== undefined ? basename(folder) : null }
}
