/** Types of scripts/csp-policy.mjs, for the tests that call it. */
export function parsePolicy(policy: string): Map<string, string[]>
export function policyWeaknesses(policy: string): string[]
export function metaPolicy(html: string): string | null
export function headerPolicy(source: string): string | null
