import {
  effectiveLicenceStateLabels,
  effectiveState,
  generationModeLabels,
  type Licence
} from '@shared/domain/licences'
import { maskPersonName } from '@shared/domain/privacy'

/** How a licence's fields read in tables and exports: Chinese labels, names masked by default. */
export function holderNameForView(licence: Licence, unmasked = false): string {
  return licence.holder.category === 'naturalPerson' && !unmasked
    ? maskPersonName(licence.holder.name)
    : licence.holder.name
}

export function stateLabel(licence: Licence, today: string): string {
  return effectiveLicenceStateLabels[effectiveState(licence, today)]
}

export function modeLabel(licence: Licence): string {
  return generationModeLabels[licence.generationMode]
}
