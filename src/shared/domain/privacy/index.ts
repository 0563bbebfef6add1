export * from './mask'
export * from './holder-hash'
export * from './personal-ids'
export * from './stored-holder'
