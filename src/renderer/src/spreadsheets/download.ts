/** The media type of .xlsx workbooks. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Offers bytes as a download under `fileName` (the browser's or Electron's save dialog). */
export function offerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/** Offers bytes of the given media type (a PDF, a DOCX…) as a download. */
export function downloadBytes(bytes: Uint8Array, mediaType: string, fileName: string): void {
  offerDownload(new Blob([bytes as BlobPart], { type: mediaType }), fileName)
}

/** Offers a workbook from `tableToXlsx` as a download. */
export function downloadXlsx(bytes: Uint8Array, fileName: string): void {
  const name = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`
  offerDownload(new Blob([bytes as BlobPart], { type: XLSX_MEDIA_TYPE }), name)
}
