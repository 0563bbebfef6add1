export * from './actions'
export * from './canonical-json'
export * from './hash-chain'
export { AuditEntry, AuditAction, AuditDetails } from '../licences/audit-entry'
