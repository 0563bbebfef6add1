import { message, type Message } from '../../i18n/message'
import type { AnyComplianceRule } from './rule'

/** The parameters a rule may have, each named by a catalog word (`compliance.parameter.<name>`). */
export const RULE_PARAMETER_NAMES = [
  'exemptSuperiorStandard',
  'toleranceWorkingDays',
  'checkOrganisationHolderCodes',
  'exemptTypeCodes',
  'requiredFields',
  'replyWorkingDays',
  'graceWorkingDays',
  'dailyDistinctLicenceLimit',
  'deadlineWorkingDays'
] as const

/** `容许延迟（工作日）` / `Tolerance (working days)`: a rule parameter's name. */
export function parameterLabel(name: string): Message {
  return (RULE_PARAMETER_NAMES as readonly string[]).includes(name)
    ? message(`compliance.parameter.${name}`)
    : message('compliance.parameter.unknown', { name })
}

/** What zod found wrong with a value, as much of it as a reader needs. */
export interface ParameterIssue {
  code: string
  path: PropertyKey[]
  minimum?: unknown
  maximum?: unknown
  expected?: unknown
}

/** `应不小于0` / `must be at least 0`: one problem of a parameter value. */
export function parameterProblem(issue: ParameterIssue): Message {
  switch (issue.code) {
    case 'too_small':
      return message('compliance.parameterProblem.tooSmall', { minimum: Number(issue.minimum) })
    case 'too_big':
      return message('compliance.parameterProblem.tooBig', { maximum: Number(issue.maximum) })
    case 'invalid_type':
      return issue.expected === 'int'
        ? message('compliance.parameterProblem.notInteger')
        : message('compliance.parameterProblem.wrongType')
    case 'invalid_value':
      return message('compliance.parameterProblem.notAllowed')
    case 'invalid_format':
      return message('compliance.parameterProblem.badFormat')
    default:
      return message('compliance.parameterProblem.invalid')
  }
}

/** `“线下生成证照推送逾期”的参数“推送期限（工作日）”应不小于0`: one rejected parameter value. */
export function parameterIssue(rule: AnyComplianceRule, issue: ParameterIssue): Message {
  const name = issue.path[0]
  return message('compliance.settings.parameter', {
    rule: rule.title,
    parameter: typeof name === 'string' ? parameterLabel(name) : rule.title,
    problem: parameterProblem(issue)
  })
}
