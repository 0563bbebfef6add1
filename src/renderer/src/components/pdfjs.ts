import type { PDFDocumentLoadingTask } from 'pdfjs-dist'

/**
 * What a PDF viewer shows (the seal desk, the documents preview): a file by URL or its bytes; with the
 * password that opened an encrypted file, when the empty one does not.
 */
export type PdfSource = ({ kind: 'url'; url: string } | { kind: 'bytes'; bytes: Uint8Array }) & {
  password?: string
}

let configured: Promise<typeof import('pdfjs-dist')> | undefined

/**
 * pdf.js, loaded on first use with its worker as a bundled module worker from 'self' (the CSP
 * allows `worker-src 'self' blob:` and no eval).
 */
function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  configured ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerPort = new Worker(
      new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url),
      { type: 'module' }
    )
    return module
  })
  return configured
}

/** Opens a document for display only; verification never relies on pdf.js. */
export async function openPdf(
  source: PdfSource,
  onProgress: (loaded: number, total: number | null) => void
): Promise<PDFDocumentLoadingTask> {
  const { getDocument } = await pdfjs()
  const task = getDocument({
    ...(source.kind === 'url' ? { url: source.url } : { data: source.bytes.slice() }),
    ...(source.password !== undefined ? { password: source.password } : {}),
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    // Large files: fetch by Range as pages are shown instead of reading all 100 MB first.
    disableAutoFetch: true,
    rangeChunkSize: 1 << 20
  })
  task.onProgress = ({ loaded, total }: { loaded: number; total?: number }) =>
    onProgress(loaded, total && total > 0 ? total : null)
  return task
}
