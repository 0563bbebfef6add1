/**
 * The open dialog as a port (打开文件对话框): the Electron app shows the system dialog
 * (src/main/electron/dialogs.ts); the browser host has none and answers `unavailable`
 * (src/host/dialogs.ts); the e2e tests pass a port that answers as they script it.
 */
export interface OpenDialogRequest {
  mode: 'files' | 'folder'
  purpose: 'pdf' | 'trust'
}

export type OpenDialogAnswer =
  { outcome: 'picked'; paths: string[] } | { outcome: 'canceled' } | { outcome: 'unavailable' }

export interface DialogPort {
  open(request: OpenDialogRequest): Promise<OpenDialogAnswer>
}

/** Extensions the dialog filters on and a folder pick collects, per purpose. */
export const FILE_PATTERNS: Record<OpenDialogRequest['purpose'], RegExp> = {
  pdf: /\.pdf$/i,
  trust: /\.(pem|der|cer|crt|p7b|p7c|crl)$/i
}
