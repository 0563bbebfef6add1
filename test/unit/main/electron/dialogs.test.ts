import { describe, expect, it, vi } from 'vitest'

const showOpenDialog = vi.fn()
vi.mock('electron', () => ({ dialog: { showOpenDialog } }))

const { createElectronDialogPort } = await import('../../../../src/main/electron/dialogs')

describe('Electron open dialog port', () => {
  it('opens a multi-file PDF dialog over the window and returns the chosen paths', async () => {
    const window = { id: 1 }
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/a.pdf', '/b.pdf'] })
    const port = createElectronDialogPort(() => window as never)
    expect(await port.open({ mode: 'files', purpose: 'pdf' })).toEqual({
      outcome: 'picked',
      paths: ['/a.pdf', '/b.pdf']
    })
    expect(showOpenDialog).toHaveBeenLastCalledWith(window, {
      title: '选择要核验的 PDF 文件',
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'PDF 文件', extensions: ['pdf'] }]
    })
  })

  it('asks for a folder without filters, and for trust files with certificate extensions', async () => {
    showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/batch'] })
    const port = createElectronDialogPort(() => null)
    await port.open({ mode: 'folder', purpose: 'pdf' })
    expect(showOpenDialog).toHaveBeenLastCalledWith({
      title: '选择要批量核验的文件夹',
      properties: ['openDirectory']
    })
    await port.open({ mode: 'files', purpose: 'trust' })
    const options = showOpenDialog.mock.lastCall?.[0] as { filters: { extensions: string[] }[] }
    expect(options.filters[0]?.extensions).toEqual([
      'pem',
      'der',
      'cer',
      'crt',
      'p7b',
      'p7c',
      'crl'
    ])
  })

  it('reports a cancelled or empty choice as canceled', async () => {
    const port = createElectronDialogPort(() => null)
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await port.open({ mode: 'files', purpose: 'pdf' })).toEqual({ outcome: 'canceled' })
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] })
    expect(await port.open({ mode: 'folder', purpose: 'pdf' })).toEqual({ outcome: 'canceled' })
  })
})
