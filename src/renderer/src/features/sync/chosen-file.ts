import { toBase64 } from '@shared/domain/seals/crypto/der'

/** A CA certificate or PKCS#12 the operator chose, carried whole to main (they are small). */
export interface ChosenFile {
  name: string
  base64: string
}

/** Larger than any certificate file; main refuses what its contract does not take. */
const MAX_BYTES = 256 * 1024

export async function chosenFile(file: File): Promise<ChosenFile> {
  const bytes = new Uint8Array(await file.slice(0, MAX_BYTES + 1).arrayBuffer())
  return { name: file.name, base64: toBase64(bytes) }
}
