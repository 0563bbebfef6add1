/**
 * A signature blob whose structure breaks its ASN.1 definition: what is wrong, as words
 * (`seals.structure.*`), so the verdict's formatError can say it in the reader's language.
 */
import { message, type Message } from '../../../i18n/message'

export class StructureError extends Error {
  constructor(readonly problem: Message) {
    super(problem.code)
    this.name = 'StructureError'
  }
}

/** `structure` (SignedData, SignerInfo, …) lacks `element`. */
export function missing(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.missing', { structure, element }))
}

/** `structure`'s `element` is there but not what the definition allows. */
export function invalid(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.invalid', { structure, element }))
}

/** `structure`'s `element` cannot be parsed (a certificate, a CRL, a name). */
export function unparsable(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.unparsable', { structure, element }))
}

/** `structure`'s `element` holds something its definition does not name. */
export function unrecognised(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.unrecognised', { structure, element }))
}

/** Something `structure` does not define follows its `element`. */
export function trailing(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.trailing', { structure, element }))
}

/** `structure`'s `element` is empty where its definition wants at least one item. */
export function empty(structure: string, element: string): never {
  throw new StructureError(message('seals.structure.empty', { structure, element }))
}

/** What went wrong, as words: a StructureError's problem, or "cannot be parsed" with the detail. */
export function structureProblem(error: unknown): Message {
  if (error instanceof StructureError) return error.problem
  return message('seals.structure.unexpected', {
    detail: error instanceof Error ? error.message : String(error)
  })
}
