import { auditMessagesEn } from './audit-messages'
import { complianceMessagesEn } from './compliance-messages'
import { dataMessagesEn } from './data-messages'
import { syncMessagesEn } from './sync-messages'
import { documentsMessagesEn } from './documents-messages'
import type zhCN from './zh-CN'
import { helpMessagesEn } from './help-messages'
import { importTemplateMessagesEn } from './import-template-messages'

const en: typeof zhCN = {
  ...auditMessagesEn,
  ...complianceMessagesEn,
  ...dataMessagesEn,
  ...syncMessagesEn,
  ...documentsMessagesEn,
  ...helpMessagesEn,
  ...importTemplateMessagesEn,
  app: {
    title: 'E-License Governance Workbench',
    subtitle: 'Xuchang Municipal Government Services and Big Data Administration',
    language: 'Language',
    browserModeBadge: 'Browser mode'
  },
  nav: {
    overview: 'At a glance',
    dashboard: 'Overview',
    registry: 'Licences',
    licences: 'Licence browser',
    auditLog: 'Audit log',
    imports: 'Data management',
    system: 'System',
    systemInfo: 'System information',
    sync: 'Sync',
    compliance: 'Compliance',
    complianceMonitor: 'Compliance monitoring',
    complianceScorecards: 'Department scores',
    complianceNotices: 'Rectification notices',
    documents: 'Official documents',
    verification: 'Verification',
    sealInspection: 'Seal inspection',
    settings: 'Settings',
    help: 'Help',
    label: 'Main navigation'
  },
  system: {
    title: 'System information',
    intro:
      'Versions, data location and runtime of this installation, as reported live by the main program.',
    appVersion: 'App version',
    dataSchemaVersion: 'Data schema version',
    dataLocation: 'Data location',
    keyProtection: 'Key protection',
    keyProtectedBy: {
      safeStorage:
        "The keys of the audit log and of holders' codes are encrypted by the system keychain (Electron safeStorage)",
      userFile:
        "The keys of the audit log and of holders' codes are kept in a file only the current user can read (not encrypted by a keychain)"
    },
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
      unknownChannel: 'Unknown function',
      rejected: 'Rejected: {message}',
      unexpected: 'Unexpected: {message}',
      accepted: 'The main program accepted a request it should have refused',
      mismatch: 'The round trip came back different',
      passed: 'Passed',
      failed: 'Failed'
    }
  },
  seals: {
    title: 'Seal inspection',
    intro:
      'Verify the electronic seals and digital signatures in a PDF offline: changed after signing, by whom, and trusted. Files stay on this machine.',
    tabs: { single: 'Single file', batch: 'Batch' },
    drop: {
      pdfTitle: 'Drop PDF files here, or press here to choose',
      pdfHint: 'Drop several files or a folder to verify a batch',
      trustTitle: 'Drop certificates or CRLs here, or press here to choose',
      trustHint: 'PEM, DER, CER, CRT, P7B and CRL are accepted',
      chooseFolder: 'Choose folder…',
      browserFallback:
        'Browser mode cannot open the system file dialog; please drop the files here.',
      chooseInBrowser: 'or choose files from this computer',
      uploading: 'Uploading {done}/{total}: {name}',
      busy: 'Still processing the previous files; please drop again in a moment',
      noMatchingFiles: 'Nothing to process in the chosen location'
    },
    phase: {
      verifying: 'Verifying signatures… {seconds} s',
      rendering: 'Loading pages… {percent}'
    },
    document: {
      verdict: 'Verdict',
      signatureCount: '{count} signature(s)',
      reverify: 'Verify again',
      fileSize: '{size} MB',
      stampsWithoutSignature:
        'The document has {count} stamp annotation(s) but no digital signature: a pasted picture, not an electronic seal',
      verifiedAt: 'Verified at {time}',
      encrypted: 'The file is encrypted ({method}); {how}',
      structureNotes: 'Notes on the file structure',
      enterPassword: 'Enter password…'
    },
    password: {
      title: 'Password needed',
      required: '“{name}” is encrypted; its password is needed to verify its seals.',
      wrong: 'Wrong password. Enter the password that opens “{name}”, or its owner password.',
      label: 'Password or owner password',
      hint: 'The password is used for this verification and to show the pages only; it is never saved or logged.',
      submit: 'Verify',
      cancel: 'Cancel'
    },
    signature: {
      onPage: 'Page {page}',
      reviewChange: 'Check by hand: content the signer saw was rewritten',
      approvalOnlyChange: 'Not allowed after a certification signature',
      noWidget: 'Invisible signature',
      signer: 'Signer',
      commonName: 'Name',
      organization: 'Organisation',
      uscc: 'Unified social credit code',
      nameInDictionary: 'Name written in the field (unverified)',
      times: 'Times',
      claimed: "Signer's computer clock (/M, unverified)",
      signingTime: 'Signing time stated in the signature',
      timestamped: 'Time proven by a trusted timestamp',
      noTimestamp: 'No trusted timestamp',
      seal: 'Electronic seal',
      sealName: 'Seal name',
      sealId: 'Seal code',
      sealValidity: 'Seal validity',
      sealPictureAlt: 'Seal picture: {name}',
      pictureNotShown: 'The seal picture is {type} and cannot be shown',
      integrity: 'Integrity',
      intact: 'Digest matches: the signed content is unchanged',
      notIntact: 'Digest mismatch: the signed content was changed',
      integrityUnknown: 'Cannot tell',
      signatureValue: 'Signature value',
      valid: 'The signature value verifies',
      invalid: 'The signature value does not verify',
      algorithms: 'Algorithms',
      chain: 'Certificate chain',
      chainEmpty: 'The signature carries no certificate',
      leaf: 'Signing certificate',
      root: 'Root',
      validity: 'Valid {from} to {to}',
      fingerprint: 'SHA-256 fingerprint',
      trust: 'Trust',
      revocation: 'Revocation',
      revokedAt: 'Revoked at {time}',
      coverage: 'Coverage',
      changes: 'Changes after signing',
      noChanges: 'Nothing was changed after signing',
      changesUnknown: 'Changes after signing could not be analysed',
      revision: 'Revision {revision}',
      signedRevision: 'Signed up to revision {revision} (first {bytes} bytes)',
      viewSigned: 'View signed version',
      signedHere: 'signed here',
      warnings: 'Notes',
      trustHint:
        'If you trust it, import its root certificate under Settings → Trusted certificates.',
      byteRange: 'Byte range problems',
      signatureData: 'Signature data'
    },
    viewer: {
      signedVersion: 'Signed version: what signature “{field}” covers (first {bytes} bytes)',
      backToCurrent: 'Back to current version',
      loadFailed: 'Cannot show the pages: {message}',
      pageLabel: 'Page {page} of {count}'
    },
    batch: {
      intro:
        'Choose or drop a folder (or several PDFs) to verify them one by one and summarise the verdicts.',
      needsPassword: 'Password needed',
      folder: 'Folder “{name}”',
      progress: '{done} / {total} verified',
      running: 'Running',
      canceled: 'Cancelled: finished rows are kept; resume to verify the rest',
      finished: 'Finished',
      cancel: 'Cancel',
      resume: 'Resume',
      exportXlsx: 'Export Excel',
      exportCsv: 'Export CSV',
      exportSheet: 'Seal verification',
      exportFileName: 'seal-verification-{date}',
      openRow: 'Show the details of {name}'
    },
    auditFailed: 'Verification finished, but writing the audit log failed: {message}'
  },
  settings: {
    title: 'Settings',
    tabs: { trustStore: 'Trusted certificates' },
    trust: {
      intro:
        'A signature is trusted only when its certificate chain ends at a root imported here. Nothing is trusted by default. CRLs are used to check for revoked certificates.',
      empty: 'No certificates imported yet',
      columns: {
        kind: 'Type',
        subject: 'Subject',
        issuer: 'Issuer',
        validity: 'Validity',
        fingerprint: 'SHA-256 fingerprint',
        source: 'Source file',
        actions: 'Actions'
      },
      kinds: { certificate: 'Certificate', crl: 'CRL' },
      crlSummary: '{count} revoked, issued {time}',
      remove: 'Remove',
      confirmRemove:
        'Remove “{name}” from the trusted certificates? Signatures it issued will no longer be trusted.',
      confirmTitle: 'Remove trusted certificate',
      confirm: 'Remove',
      cancel: 'Cancel',
      imported: '{count} item(s) imported',
      duplicates: '{count} item(s) already present',
      removed: 'Removed'
    }
  }
}

export default en
