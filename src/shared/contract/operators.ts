import { z } from 'zod'
import {
  authorizedActionNames,
  MAX_NAME_LENGTH,
  MAX_PASSWORD_LENGTH,
  MAX_UNIT_LENGTH,
  operatorRoles,
  type AuthorizedAction
} from '../domain/operators'

/** Main's id of an operator account; ids never reach the screen as text. */
export const operatorIdSchema = z.string().regex(/^op-[0-9a-f]{32}$/)
export const operatorRoleSchema = z.enum(operatorRoles)
const nameSchema = z
  .string()
  .min(1)
  .max(MAX_NAME_LENGTH * 2)
const unitSchema = z
  .string()
  .min(1)
  .max(MAX_UNIT_LENGTH * 2)
/** Length rules are the service's (it says them in words); the schema only bounds the size. */
const passwordSchema = z
  .string()
  .min(1)
  .max(MAX_PASSWORD_LENGTH * 4)
const rolesSchema = z.array(operatorRoleSchema).min(1).max(operatorRoles.length)

export const operatorIdentitySchema = z.object({
  id: operatorIdSchema,
  name: z.string(),
  unit: z.string(),
  roles: z.array(operatorRoleSchema)
})

export const operatorSummarySchema = operatorIdentitySchema.extend({
  enabled: z.boolean(),
  createdAt: z.iso.datetime(),
  lockedUntil: z.iso.datetime().nullable()
})

/**
 * Where this caller stands: `setupRequired` on the first run (no account yet); the session of
 * this window or browser tab, if any (`locked` after idling: sign in again).
 */
export const operatorStatusSchema = z.object({
  setupRequired: z.boolean(),
  session: z
    .object({ state: z.enum(['active', 'locked']), operator: operatorIdentitySchema })
    .nullable(),
  idleLockMinutes: z.number().positive()
})
export type OperatorStatus = z.infer<typeof operatorStatusSchema>

export const setupInputSchema = z
  .object({ name: nameSchema, unit: unitSchema, password: passwordSchema })
  .strict()

export const signInInputSchema = z.object({ name: nameSchema, password: passwordSchema }).strict()

export const signOutOutputSchema = z.object({ signedOut: z.boolean() })

export const changePasswordInputSchema = z
  .object({ oldPassword: passwordSchema, newPassword: passwordSchema })
  .strict()

export const authorizeInputSchema = z
  .object({ action: z.enum(authorizedActionNames as [AuthorizedAction, ...AuthorizedAction[]]) })
  .strict()

export const operatorListOutputSchema = z.object({ operators: z.array(operatorSummarySchema) })

export const createOperatorInputSchema = z
  .object({ name: nameSchema, unit: unitSchema, roles: rolesSchema, password: passwordSchema })
  .strict()

export const updateOperatorInputSchema = z
  .object({ id: operatorIdSchema, unit: unitSchema, roles: rolesSchema })
  .strict()

export const setEnabledInputSchema = z
  .object({ id: operatorIdSchema, enabled: z.boolean() })
  .strict()

export const resetPasswordInputSchema = z
  .object({ id: operatorIdSchema, password: passwordSchema })
  .strict()
