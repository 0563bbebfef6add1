export * from './channels'
export * from './result'
export * from './system'
export * from './seals'
