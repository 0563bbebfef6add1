import type zhCN from './zh-CN'

const en: typeof zhCN = {
  app: {
    title: 'E-License Governance Workbench',
    subtitle: 'Xuchang Municipal Government Services and Big Data Administration',
    language: 'Language',
    browserModeBadge: 'Browser mode'
  },
  nav: {
    system: 'System',
    systemInfo: 'System information'
  },
  errors: {
    UNKNOWN_CHANNEL:
      'The requested function does not exist; the UI and the main program may differ in version.',
    INVALID_INPUT: 'The request was malformed and the main program rejected it.',
    INVALID_OUTPUT: 'The main program returned malformed data; please contact support.',
    HANDLER_FAILED:
      'The main program failed to handle the request; please retry or contact support.',
    FORBIDDEN_SENDER: 'The request came from an unauthorised source and was rejected.',
    TRANSPORT_CLOSED:
      'The connection to the main program was lost; reload the page or restart the app.',
    TIMEOUT: 'The main program did not answer in time; please retry.',
    NOT_FOUND: 'The requested item does not exist or was deleted.',
    unexpected: 'Unexpected error in the UI: {message}. Finished work is unaffected; please retry.',
    detail: 'Technical detail: {detail}'
  },
  system: {
    title: 'System information',
    intro:
      'Versions, data location and runtime of this installation, as reported live by the main program.',
    appVersion: 'App version',
    dataSchemaVersion: 'Data schema version',
    dataLocation: 'Data location',
    runtimeMode: 'Runtime',
    modeDesktop: 'Desktop app',
    modeBrowser: 'Browser mode (no Electron runtime; served by the local Node main program)',
    electron: 'Electron',
    chromium: 'Chromium',
    node: 'Node.js',
    platform: 'Platform',
    startedAt: 'Main program started',
    transport: 'Transport',
    transportIpc: 'Inter-process communication (IPC)',
    transportWebsocket: 'Local WebSocket',
    notApplicable: 'n/a (browser mode)',
    rendererChromium: 'UI browser',
    loading: 'Reading system information…',
    loadFailed: 'Could not read system information',
    retry: 'Retry',
    selfTest: {
      title: 'Connection self-test',
      run: 'Run self-test',
      running: 'Testing…',
      roundTrip: 'Round trip',
      roundTripOk: 'OK, {ms} ms round trip',
      validation: 'Malformed request',
      validationOk: 'Rejected ({code}): {message}',
      unknownChannel: 'Unknown function',
      unknownChannelOk: 'Rejected ({code}): {message}',
      unexpected: 'Unexpected: {message}',
      passed: 'Passed',
      failed: 'Failed'
    }
  }
}

export default en
