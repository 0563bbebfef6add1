export * from './mask'
export * from './holder-hash'
export * from './stored-holder'
