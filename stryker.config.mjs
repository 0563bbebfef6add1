// @ts-check
/**
 * Mutation testing (变异测试, issue 10): StrykerJS plants small bugs in the code that decides
 * verdicts, deadlines and who may do what, and counts how many the unit tests catch.
 *
 * `npm run test:mutation [-- <module>...]` runs it (scripts/mutation.mjs), and
 * scripts/mutation-gate.mjs holds each module to its own threshold (mutation score: detected /
 * (detected + undetected) mutants).
 * A module is one line of `modules` below; `mutate` are the files whose mutants count for it and
 * `tests` the unit tests that stand guard over them (globs; a later `!glob` excludes).
 *
 * Equivalent mutants (no test can tell them from the original) are not hidden: `equivalentMutants`
 * below lists each with its reason, and the gate counts them in their own column.
 */

// The ground-truth test scans a 20,000-licence demo city, seconds per mutant; the focused tests
// must catch each mutant on their own.
const complianceTests = [
  'test/unit/domain/compliance/**/*.test.ts',
  '!test/unit/domain/compliance/ground-truth.test.ts'
]
const calendarTests = 'test/unit/domain/calendar/**/*.test.ts'
const codesTests = 'test/unit/domain/codes/**/*.test.ts'
const privacyTests = 'test/unit/domain/privacy/**/*.test.ts'
const importsTests = 'test/unit/domain/imports/**/*.test.ts'
const dispatcherTests = 'test/unit/main/dispatcher.test.ts'
const contractTests = 'test/unit/contract/**/*.test.ts'
// The engine's rules against a scripted library, one answer at a time. The engine against the
// real library over sockets (test/unit/sync/*) runs in the suite: at 5–10 s a file it would cost
// every covered mutant that long, and the scripted tests must catch each mutant on their own.
const syncTests = ['test/unit/domain/sync/**/*.test.ts']

/** @typedef {{ name: string, mutate: string[], tests: string[], threshold: number }} MutationModule */

/** @type {MutationModule[]} */
// prettier-ignore
export const modules = [
  { name: 'compliance/deadlines', mutate: ['src/shared/domain/compliance/deadlines.ts'], tests: complianceTests, threshold: 95 },
  { name: 'compliance/rectification', mutate: ['src/shared/domain/compliance/rectification.ts', 'src/shared/domain/compliance/rectification-steps.ts', 'src/shared/domain/compliance/circulars.ts'], tests: complianceTests, threshold: 85 },
  { name: 'compliance/evaluation', mutate: ['src/shared/domain/compliance/evaluation.ts'], tests: complianceTests, threshold: 85 },
  { name: 'compliance/rules', mutate: ['src/shared/domain/compliance/rules/**/*.ts'], tests: complianceTests, threshold: 85 },
  { name: 'compliance/precomputed', mutate: ['src/shared/domain/compliance/precomputed.ts'], tests: complianceTests, threshold: 85 },
  { name: 'audit', mutate: ['src/shared/domain/audit/**/*.ts'], tests: ['test/unit/domain/audit/**/*.test.ts'], threshold: 85 },
  { name: 'privacy', mutate: ['src/shared/domain/privacy/**/*.ts'], tests: [privacyTests, importsTests], threshold: 85 },
  { name: 'codes', mutate: ['src/shared/domain/codes/**/*.ts'], tests: [codesTests, privacyTests], threshold: 85 },
  // The year tables are data, checked entry by entry against chinese-days, not logic to mutate.
  { name: 'calendar', mutate: ['src/shared/domain/calendar/**/*.ts', '!src/shared/domain/calendar/years/**'], tests: [calendarTests], threshold: 85 },
  { name: 'contract', mutate: ['src/shared/contract/**/*.ts'], tests: [contractTests, dispatcherTests], threshold: 85 },
  { name: 'ipc', mutate: ['src/main/ipc/**/*.ts'], tests: [dispatcherTests], threshold: 85 },
  { name: 'sync', mutate: ['src/shared/domain/sync/**/*.ts'], tests: syncTests, threshold: 85 },
  { name: 'imports/values', mutate: ['src/shared/domain/imports/values.ts', 'src/shared/domain/imports/csv.ts'], tests: [importsTests], threshold: 85 },
  // GB/T 9704: where every line, rule, seal and page number of an official document goes.
  { name: 'documents', mutate: ['src/shared/domain/documents/**/*.ts'], tests: ['test/unit/domain/documents/**/*.test.ts'], threshold: 85 }
]

const seals = (path) => `src/shared/domain/seals/${path}`
const sealTests = (...names) => names.map((name) => `test/unit/domain/seals/${name}.test.ts`)
// Under mutation the attack suite runs with one signer (MUTATION_SIGNERS in vitest.mutation.mts):
// what changed after signing, and what the policy makes of it, does not depend on who signed.
const sealPolicyTests = sealTests(
  'bottom-line',
  'modifications',
  'attacks',
  'shared-signature',
  'whitelist',
  'walk',
  'visibility',
  'form-values',
  'judge',
  'roles',
  'facts',
  'inherited-values'
)

/**
 * 印章核验: the seal verifier's policy (bottom line, and the whitelist that decides what a change
 * after signing is), the analysis of changes, the byte-range coverage and the signature checks.
 * @type {MutationModule[]}
 */
// prettier-ignore
export const sealModules = [
  { name: 'seals/bottom-line', mutate: [seals('bottom-line.ts')], tests: sealPolicyTests, threshold: 95 },
  { name: 'seals/judge', mutate: [seals('pdf/diff/judge.ts'), seals('pdf/modifications.ts')], tests: sealPolicyTests, threshold: 95 },
  { name: 'seals/diff', mutate: [seals('pdf/diff/**/*.ts'), `!${seals('pdf/diff/judge.ts')}`], tests: sealPolicyTests, threshold: 85 },
  { name: 'seals/byte-range', mutate: [seals('pdf/byte-range.ts')], tests: sealTests('byte-range', 'byte-range-analysis', 'bad-inputs', 'attacks'), threshold: 85 },
  { name: 'seals/signatures', mutate: [seals('crypto/signatures.ts'), seals('crypto/assessment.ts')], tests: sealTests('crypto/signature-check', 'crypto/assessment', 'crypto/caches', 'crypto/cms', 'crypto/ses', 'crypto/trust', 'crypto/timestamp', 'crypto/revocation', 'crypto/content-signature', 'bottom-line'), threshold: 85 }
]

/** @type {MutationModule[]} */
export const allModules = [...modules, ...sealModules]

/**
 * @typedef {{ file: string, mutator: string, replacement: string, line?: string, reason: string }} EquivalentMutant
 * `replacement` is a fragment of the code Stryker put in the mutant's place; `line`, when given,
 * a fragment of the source line the mutant is on (for a replacement common in its file).
 */

/** @type {EquivalentMutant[]} */
// prettier-ignore
export const equivalentMutants = [
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'Regex', replacement: '/(?:\\d{15}|\\d{17}[\\dX])$/', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'Regex', replacement: '/^(?:\\d{15}|\\d{17}[\\dX])/', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'Regex', replacement: '/^(?:\\d|\\d{17}[\\dX])$/', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'Regex', replacement: '/^(?:\\D{15}|\\d{17}[\\dX])$/', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'Regex', replacement: '/^(?:\\d{15}|\\d{17}[\\DX])$/', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'LogicalOperator', replacement: 'ID_SHAPE.test(code) || isPersonalIdNumber(code)', reason: 'the shape only spares the full check the codes that cannot pass it: a looser shape sends more codes to isPersonalIdNumber, which decides the same' },
  { file: 'src/shared/domain/privacy/incoming-licence.ts', mutator: 'ConditionalExpression', replacement: 'true', line: "return typeof value === 'object' && value !== null", reason: 'a string or number taken for a holder has no code or name to read, so it comes back as it was either way' },
  { file: 'src/shared/domain/imports/values.ts', mutator: 'Regex', replacement: '/(.+?)(?:[ T]', reason: 'without ^ the lazy date part still starts at the first character' },
  { file: 'src/shared/domain/compliance/deadlines.ts', mutator: 'UnaryOperator', replacement: '+1', line: 'const UNCOVERED = -1', reason: 'a sentinel among day numbers of covered years (over 18,000): 1 is no such day either' },
  { file: 'src/shared/domain/compliance/deadlines.ts', mutator: 'ArithmeticOperator', replacement: '(uncovered[i] ?? 0) - (day.ok ? 0 : 1)', reason: 'counting days without a table down instead of up still tells whether two days have none between them' },
  // Compliance rules: an authorisation without a start and without an end covers every day, so it
  // is never listed among the periods a use fell outside of; how its end reads does not matter.
  { file: 'src/shared/domain/compliance/rules/usage-unauthorized-unit.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'const until = validUntil === PERMANENT', reason: 'only an authorisation with a start reaches PERMANENT here, and it reads fromOn, not until' },
  { file: 'src/shared/domain/compliance/rules/usage-unauthorized-unit.ts', mutator: 'StringLiteral', replacement: '""', line: "const until = validUntil === PERMANENT ? message('compliance.permanent')", reason: 'the same: the permanent end of an unbounded authorisation is never read' },
  { file: 'src/shared/domain/compliance/rules/data-expired-shown-valid.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'licence.validUntil === PERMANENT', reason: "'长期' is no day, so the next line returns for it anyway" },
  { file: 'src/shared/domain/compliance/rules/data-expired-shown-valid.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'lastValidDay >= context.todayDay', reason: 'a licence valid through today expires after today, which judgeDeadline finds on time' },
  { file: 'src/shared/domain/compliance/rules/data-expired-shown-valid.ts', mutator: 'EqualityOperator', replacement: 'lastValidDay > context.todayDay', reason: 'valid through today: it expires tomorrow, which judgeDeadline finds on time' },
  { file: 'src/shared/domain/compliance/rules/status-late.ts', mutator: 'EqualityOperator', replacement: 'index <= history.length', reason: 'history[length] is undefined and the next guard skips it' },
  { file: 'src/shared/domain/compliance/rules/status-late.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'recordedDay <= businessDay', reason: 'shortcut: a change recorded on or before its business day is within any deadline' },
  { file: 'src/shared/domain/compliance/rules/status-late.ts', mutator: 'EqualityOperator', replacement: 'recordedDay < businessDay', reason: 'shortcut: a change recorded on its business day is within any deadline' },
  { file: 'src/shared/domain/compliance/rules/status-late.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'if (!statusRecordedLater) return', reason: 'shortcut: with no change recorded on a later day than it happened, the loop below finds none late' },
  // 延续/变更 keep 有效: a history of only those needs no replay, and a replay gives 有效 too.
  { file: 'src/shared/domain/compliance/rules/usage-refused-valid.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'const keepsState = (action: StatusAction) =>', reason: 'shortcut: a history not taken for 延续/变更 only is replayed, which gives 有效 for such a history too' },
  { file: 'src/shared/domain/compliance/rules/usage-refused-valid.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'if (licence.statusHistory.every(', reason: 'shortcut: without it every history is replayed, which gives 有效 for one of only 延续/变更 too' },
  { file: 'src/shared/domain/compliance/rules/usage-refused-valid.ts', mutator: 'ArrowFunction', replacement: '() => undefined', line: 'if (licence.statusHistory.every(', reason: 'shortcut: a history not taken for 延续/变更 only is replayed, which gives 有效 for such a history too' },
  // 入库预计算: the flag only lets status.late skip a licence; days read as none are none either way.
  { file: 'src/shared/domain/compliance/precomputed.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'if (businessDay !== null && recordedDay !== null && recordedDay > businessDay)', reason: 'the flag only spares status.late a licence; raised for more of them, the rule reads their days and finds the same' },
  { file: 'src/shared/domain/compliance/precomputed.ts', mutator: 'EqualityOperator', replacement: 'recordedDay >= businessDay', reason: 'the flag only spares status.late a licence; raised for same-day changes too, the rule reads their days and finds none late' },
  { file: 'src/shared/domain/compliance/precomputed.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'licence.validUntil === PERMANENT ? null', reason: "'长期' is no date, so it reads as no day (null) either way" },
  { file: 'src/shared/domain/compliance/rules/usage-bulk-access.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'uses.length <= dailyDistinctLicenceLimit', reason: 'shortcut: distinct licences never outnumber uses, so the next check decides' },
  { file: 'src/shared/domain/compliance/rules/usage-bulk-access.ts', mutator: 'EqualityOperator', replacement: 'uses.length < dailyDistinctLicenceLimit', reason: 'shortcut: distinct licences never outnumber uses, so the next check decides' },
  // Audit chain check: places already taken are copies, caught before; the newest held place is never missing.
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'EqualityOperator', replacement: 'item.orig <= highest', reason: 'an entry at the highest place so far shares it with an earlier one: a copy, named just before' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'EqualityOperator', replacement: 'seq <= lastHeld', reason: 'lastHeld is a place held or filled, so it is never among the missing' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'EqualityOperator', replacement: 'seq >= lastHeld', reason: 'lastHeld is a place held or filled, so it is never among the missing' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'if (seq === null) continue', reason: 'a null place fails the MAC like any place that does not fit' },
  // Audit chain check: what only unkeyed entries or entries kept for nothing would change.
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'LogicalOperator', replacement: 'keyed && entry.mac !== undefined || entry.prevMac !== undefined', reason: 'only adds a MAC check of unkeyed entries, whose macOk nothing reads' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'LogicalOperator', replacement: 'keyed || entry.mac !== undefined', reason: 'the same: unkeyed entries are checked only in legacyProblems, by their plain hash' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'keyed &&', reason: 'the same: the macOk of an unkeyed entry is never read' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'entry.mac !== undefined &&', reason: 'a computed MAC never equals an absent one' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'entry: keyed && !macOk ? entry : undefined', reason: 'placeOf reads the kept entry only for keyed entries whose MAC fails; keeping others costs only memory' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'LogicalOperator', replacement: 'keyed || !macOk', reason: 'the same: extra kept entries are never read' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'entry.prevMac === GENESIS_MAC ? 1 : null', reason: 'the MAC covers the seq, and main keys seq 1 only after GENESIS_MAC, so place 1 fits no other entry' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "anchor.pending.includes(item.mac ?? '')", reason: 'macOk implies a MAC, so the fallback is never used' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'item.seq === anchor.count + 1', reason: 'every pending MAC is keyed for seq count+1 and covers the seq, so a pending MAC valid at its own seq is there' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'EqualityOperator', replacement: 'own > 0', reason: 'when own is 0 the fallback picks index 0 too' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'item.orig > last ? missingBetween', reason: 'missingBetween(last, orig) is empty when orig <= last' },
  { file: 'src/shared/domain/audit/chain-check.ts', mutator: 'EqualityOperator', replacement: 'item.orig >= last', reason: 'the same: missingBetween(last, last) is empty' },
  // Codes: the sequence is always the last 3 of 21 characters, so an anchor more or less reads the same.
  { file: 'src/shared/domain/codes/licence-type-code.ts', mutator: 'Regex', replacement: '/\\d{3}$/', reason: 'the sequence tested is exactly 3 characters long' },
  { file: 'src/shared/domain/codes/licence-type-code.ts', mutator: 'Regex', replacement: '/^\\d{3}/', reason: 'the sequence tested is exactly 3 characters long' },
  { file: 'src/shared/domain/audit/mac.ts', mutator: 'BooleanLiteral', replacement: 'true', reason: 'extractable flag of a key that never leaves the function' },
  // Sync: fallbacks no input reaches, and loop bounds whose extra pass reads nothing.
  { file: 'src/shared/domain/sync/checked.ts', mutator: 'OptionalChaining', replacement: 'issue.path', reason: 'a failed zod safeParse always has an issue' },
  { file: 'src/shared/domain/sync/checked.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "issue?.path.join('.') ?? ''", reason: 'the fallback for a missing issue is never reached' },
  { file: 'src/shared/domain/sync/checked.ts', mutator: 'OptionalChaining', replacement: 'issue.message', reason: 'a failed zod safeParse always has an issue' },
  { file: 'src/shared/domain/sync/checked.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "issue?.message ?? ''", reason: 'a zod issue always has a message' },
  { file: 'src/shared/domain/sync/engine.ts', mutator: 'BlockStatement', replacement: '{}', line: '} catch {', reason: 'the info header of undefined and of null fail alike, as the same unreadable fault' },
  { file: 'src/shared/domain/sync/engine.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'state === null || state.cursor === null', reason: 'a null cursor reaches the retention check, which returns null for it as well' },
  { file: 'src/shared/domain/sync/engine.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "datasetId: ''", reason: 'set by bringUp before the report leaves runSync' },
  { file: 'src/shared/domain/sync/faults.ts', mutator: 'MethodExpression', replacement: 'value', line: 'Number(value.trim()) * 1000', reason: 'Number() ignores surrounding blanks itself; the trim in the test before it is killed' },
  { file: 'src/shared/domain/sync/package.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "JSON.parse(line ?? '')", reason: 'both strings make JSON.parse throw: the same unreadable refusal' },
  { file: 'src/shared/domain/sync/package.ts', mutator: 'EqualityOperator', replacement: 'i <= bytes.length', reason: 'the extra pass adds the characters of an empty subarray' },
  { file: 'src/shared/domain/sync/package.ts', mutator: 'EqualityOperator', replacement: 'i <= binary.length', reason: 'a write past the end of a Uint8Array is ignored' },
  { file: 'src/shared/domain/sync/digest.ts', mutator: 'ArrayDeclaration', replacement: 'new Array()', reason: 'every read of the sums falls back to 0n' },
  { file: 'src/shared/domain/sync/digest.ts', mutator: 'EqualityOperator', replacement: 'b <= DIGEST_BUCKETS', reason: 'both sides have exactly 256 buckets (TableDigest), so bucket 256 is undefined on both' },
  // Seals: caches and memos that only save work, and guards whose case the next step also covers.
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'check.data.length <= maximumRememberedData ?', reason: 'the cache key holds every byte, so remembering large inputs too only costs memory' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'EqualityOperator', replacement: 'check.data.length < maximumRememberedData', reason: 'cache size bound off by one byte' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'StringLiteral', replacement: 'Stryker was here!', line: "check.digest ?? ''", reason: 'placeholder for an absent digest; no digest has that name, so cache keys stay distinct' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'if (!encoded) {', reason: 'per-key SPKI encoding memo: encoding again gives the same bytes' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'CallExpression', replacement: ';', line: 'publicKeyInfoDers.set(', reason: 'the same memo, only saves work' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'importedKeys.size >= maximumImportedKeys', reason: 'import cache bound only (memory)' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'EqualityOperator', replacement: 'importedKeys.size > maximumImportedKeys', reason: 'import cache bound off by one' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'BooleanLiteral', replacement: 'true', line: "importKey('spki'", reason: 'extractable flag of a public key that never leaves the function' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'const plainValid = check.signature.length === 2 * curve.size', reason: 'WebCrypto itself returns false for r||s of the wrong length; the guard only saves a call' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'false', line: "if (!algorithm.algorithmParams) return { hash: 'SHA-1'", reason: 'pkijs reads absent RSASSA-PSS parameters with the same RFC 4055 defaults' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'while (bytes.length > size && bytes[0] === 0)', reason: 'stripping every leading zero and padding back to the curve size gives the same bytes' },
  { file: 'src/shared/domain/seals/crypto/signatures.ts', mutator: 'EqualityOperator', replacement: 'bytes.length >= size', reason: 'a stripped zero is padded back' },
  { file: 'src/shared/domain/seals/crypto/assessment.ts', mutator: 'ConditionalExpression', replacement: 'true', line: "revocation.status === 'revoked' &&", reason: 'revokedAt is only ever set on a revoked status, so the other conditions imply it' },
  { file: 'src/shared/domain/seals/pdf/diff/change.ts', mutator: 'EqualityOperator', replacement: 'MODIFICATION_LEVELS.indexOf(a) > MODIFICATION_LEVELS.indexOf(b)', reason: 'when the levels are equal, a and b are the same value' },
  { file: 'src/shared/domain/seals/pdf/diff/facts.ts', mutator: 'ArrayDeclaration', replacement: 'Stryker was here', line: 'this.before.inheritors.get(name) ?? []', reason: 'a name no field has showed nothing' },
  { file: 'src/shared/domain/seals/pdf/diff/form.ts', mutator: 'ArrayDeclaration', replacement: 'Stryker was here', line: "walk(item, '', undefined, undefined, [], 0)", reason: 'a value source no field is named after is never looked up' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'CallExpression', replacement: ';', line: 'this.document.budget.check()', reason: 'every visit resolves a reference through PdfDocument.object, which checks the same deadline' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'role !== item.role && this.visits.has(sharedKey)', reason: 'with the role unchanged sharedKey is visitKey, already known absent' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'CallExpression', replacement: ';', line: 'this.visits.add(visitKey)', reason: 'unchanged role: the next line adds the same key; shared role: the object is past its role limit' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'before === after || bytesEqual(', reason: "a stream's bytes equal themselves; only saves work" },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'const identical = before === after', reason: "one dictionary's key union is its keys and each value is the same as itself" },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: "shapeBefore === 'none' && shapeAfter === 'none'", reason: 'two absent values reach compareContainers, which compares nothing' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'true', line: "if (shapeAfter !== 'scalar')", reason: 'an empty container against a scalar compares nothing' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'true', line: 'if (isRef(rawBefore) || isRef(rawAfter)) {', reason: 'in-place containers go through the queue as well; only the order of differences changes' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'if (itemAfter === undefined)', reason: "compareValues records the same 'removed' entry" },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'else if (itemBefore === undefined)', reason: "compareValues records the same 'added' entry" },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'EqualityOperator', replacement: 'i <= count', reason: 'the extra position compares two absent values' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'ConditionalExpression', replacement: 'false', line: 'beforeNum === undefined && afterNum === undefined', reason: 'isPage and fieldNode of two absent numbers are false' },
  { file: 'src/shared/domain/seals/pdf/diff/walk.ts', mutator: 'LogicalOperator', replacement: 'isRef(before) && isRef(after)', reason: 'pdfEquals of a reference and a value that is none is false, as before' },
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // The unit project alone: no browser or e2e project to start in every test runner.
  vitest: { configFile: 'vitest.mutation.mts', related: true },
  // scripts/mutation.mjs narrows `mutate` to the modules it runs, and the tests to theirs.
  mutate: allModules.flatMap((module) => module.mutate),
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.mutation.json',
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  // Committed like a lock file (scripts/mutation.mjs): results of mutants whose code and covering
  // tests did not change are reused, here and in CI; those of files not mutated this time are kept.
  incrementalFile: 'mutation/stryker-incremental.json',
  reporters: ['json', 'html', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  clearTextReporter: { allowEmojis: false, reportScoreTable: true, reportMutants: false },
  // A run on a shared 2-core machine can be slow without hanging; a mutant that loops forever is
  // stopped by Stryker's hit limit long before this, so a slow run is not counted as a kill.
  timeoutMS: 15_000,
  // The gate applies per-module thresholds; Stryker's own break would be one global number.
  thresholds: { high: 95, low: 85, break: null },
  // Copying only what the unit tests read keeps the sandbox small.
  ignorePatterns: [
    'docs',
    'out',
    'dist',
    'bench',
    'resources',
    'test/browser',
    'test/e2e',
    'test/.generated',
    'mutation',
    'bench/.generated',
    '*.log'
  ],
  tempDirName: '.stryker-tmp'
}
