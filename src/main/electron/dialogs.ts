import { dialog, type BrowserWindow, type FileFilter, type OpenDialogOptions } from 'electron'
import type { DialogPort, OpenDialogAnswer, OpenDialogRequest } from '../services/files/dialog-port'

const filters: Record<OpenDialogRequest['purpose'], FileFilter[]> = {
  pdf: [{ name: 'PDF 文件', extensions: ['pdf'] }],
  trust: [{ name: '证书与吊销列表', extensions: ['pem', 'der', 'cer', 'crt', 'p7b', 'p7c', 'crl'] }]
}

const titles: Record<OpenDialogRequest['purpose'], Record<OpenDialogRequest['mode'], string>> = {
  pdf: { files: '选择要核验的 PDF 文件', folder: '选择要批量核验的文件夹' },
  trust: { files: '选择要导入的证书或吊销列表', folder: '选择包含证书的文件夹' }
}

/** The system open dialog behind the DialogPort; its paths stay in main. */
export function createElectronDialogPort(window: () => BrowserWindow | null): DialogPort {
  return {
    async open(request): Promise<OpenDialogAnswer> {
      const options: OpenDialogOptions = {
        title: titles[request.purpose][request.mode],
        properties: request.mode === 'folder' ? ['openDirectory'] : ['openFile', 'multiSelections'],
        ...(request.mode === 'files' ? { filters: filters[request.purpose] } : {})
      }
      const parent = window()
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      if (result.canceled || result.filePaths.length === 0) return { outcome: 'canceled' }
      return { outcome: 'picked', paths: result.filePaths }
    }
  }
}
