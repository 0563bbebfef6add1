import {
  effectiveState,
  generationModeNames,
  licenceStateNames,
  type Licence
} from '@shared/domain/licences'
import { maskPersonName } from '@shared/domain/privacy'
import type { Message } from '@shared/i18n/message'

/** How a licence's fields read in tables and exports: coded values as messages, names masked. */
export function holderNameForView(licence: Licence, unmasked = false): string {
  return licence.holder.category === 'naturalPerson' && !unmasked
    ? maskPersonName(licence.holder.name)
    : licence.holder.name
}

/** The state a user sees (已过期 once the validity has run out), in the reader's language. */
export function stateLabel(licence: Licence, today: string): Message {
  return licenceStateNames[effectiveState(licence, today)]
}

export function modeLabel(licence: Licence): Message {
  return generationModeNames[licence.generationMode]
}
