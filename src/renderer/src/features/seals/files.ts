function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject))
}

async function filesOfEntry(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject)
    )
    into.push(file)
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader()
    // readEntries answers in pages until it returns an empty one.
    for (let page = await readEntries(reader); page.length > 0; page = await readEntries(reader)) {
      for (const child of page) await filesOfEntry(child, into)
    }
  }
}

/** Every file of a drop, descending into dropped folders; whether a folder was among them. */
export async function filesOfDrop(
  transfer: DataTransfer
): Promise<{ files: File[]; folderName: string | null }> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null)
  if (entries.length === 0) return { files: [...transfer.files], folderName: null }
  const files: File[] = []
  for (const entry of entries) await filesOfEntry(entry, files)
  const folder = entries.find((entry) => entry.isDirectory)
  return { files, folderName: folder?.name ?? null }
}
