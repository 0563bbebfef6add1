import { auditMessagesEn } from './audit-messages'
import { complianceMessagesEn } from './compliance-messages'
import { dataMessagesEn } from './data-messages'
import type zhCN from './zh-CN'
import { helpMessagesEn } from './help-messages'
import { importTemplateMessagesEn } from './import-template-messages'

const en: typeof zhCN = {
  ...auditMessagesEn,
  ...complianceMessagesEn,
  ...dataMessagesEn,
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
    compliance: 'Compliance',
    complianceMonitor: 'Compliance monitoring',
    complianceScorecards: 'Department scores',
    complianceNotices: 'Rectification notices',
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
    status: { passed: 'Passed', failed: 'Failed', indeterminate: 'Indeterminate' },
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
    fileErrors: {
      PDF_NOT_PDF: 'This is not a PDF file and cannot be verified.',
      PDF_TRUNCATED:
        'The file is incomplete (probably cut off in transfer) and cannot be verified.',
      PDF_PASSWORD_REQUIRED: 'The file is encrypted; its password is needed to verify its seals.',
      PDF_PASSWORD_WRONG:
        'Wrong password: it is neither the password that opens the file nor the owner password.',
      PDF_ENCRYPTION_UNSUPPORTED:
        'The file is encrypted in a way this tool does not support (such as certificate encryption); its seals cannot be verified. Ask the issuer for an unencrypted copy.',
      PDF_MALFORMED: 'The file structure is damaged and cannot be verified.',
      PDF_TIMEOUT: 'Verification timed out: the file is too complex or damaged.',
      PDF_TOO_COMPLEX:
        'The file asks for more decompressed data or objects than its size allows; it cannot be verified.',
      FILE_UNREADABLE: 'The file cannot be read; it may have been moved, deleted or locked.'
    },
    reasons: {
      'format-failure':
        'The signature structure is invalid (byte range or signature data unusable)',
      'hash-failure': 'The document was altered after signing (digest mismatch)',
      'signature-failure': 'The signature value does not verify',
      'nonstandard-coverage':
        'The signature does not cover a whole revision; some content is unprotected',
      'illegal-modification': 'The document was changed after signing in a way that is not allowed',
      revoked: 'The signing certificate has been revoked',
      expired: 'The signing certificate was not valid at signing time',
      'seal-invalid':
        'The electronic seal is invalid (maker signature, certificate list or validity)',
      'unknown-format': 'The signature format is not recognised',
      'unknown-algorithm': 'The signature algorithm is not supported',
      'modifications-unknown': 'Changes after signing could not be analysed',
      'signed-content-changed':
        'An allowed change rewrote form content the signer saw; compare it by hand',
      'out-of-bounds-no-poe':
        'The certificate has expired and no trusted timestamp proves it was valid at signing',
      'no-chain-found':
        'The issuer of the signing certificate cannot be found; import its root under Settings → Trusted certificates if you trust it',
      untrusted:
        'The certificate chain does not end at a trusted root; import the root under Settings → Trusted certificates if you trust it',
      'chain-constraints-failure': 'The certificate chain violates its constraints',
      'no-signature-fields': 'The document has no digital signature (electronic seal)',
      'unsigned-fields-only': 'The document has signature fields but none is signed',
      unreadable: 'The file cannot be verified'
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
      passwordUsed: {
        'empty-user': 'no password was needed to open it',
        user: 'opened with its password',
        owner: 'opened with the owner password'
      },
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
      kind: { signature: 'Signature', 'document-timestamp': 'Document timestamp' },
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
      trusted: 'Trusted: the chain ends at a root in Trusted certificates',
      trustProblems: {
        'no-chain': 'Untrusted: an issuer certificate is missing',
        'untrusted-root': 'Untrusted: the root is not in Trusted certificates',
        'bad-chain-signature': 'Untrusted: an issuing signature in the chain is invalid',
        'ca-constraints': 'Untrusted: an issuer is not a CA certificate',
        'key-usage': 'Untrusted: the key usage does not allow signing'
      },
      untrusted: 'Untrusted',
      revocation: 'Revocation',
      revocationStatus: {
        good: 'Not revoked',
        revoked: 'Revoked',
        unknown: 'Unknown (no CRL or OCSP response available)'
      },
      revokedAt: 'Revoked at {time}',
      coverage: 'Coverage',
      coverageValues: {
        'entire-file': 'The whole file',
        'entire-revision': 'The revision as signed (later changes appended)',
        'contiguous-block-from-start': 'Part of the file (unprotected content at the end)',
        unclear: 'Irregular'
      },
      changes: 'Changes after signing',
      noChanges: 'Nothing was changed after signing',
      changesUnknown: 'Changes after signing could not be analysed',
      changeLevels: {
        'signatures-dss-timestamps': 'Signatures or validation data added',
        'form-filling': 'Form filled in',
        annotations: 'Comments added',
        other: 'Other changes'
      },
      revision: 'Revision {revision}',
      signedRevision: 'Signed up to revision {revision} (first {bytes} bytes)',
      viewSigned: 'View signed version',
      signedHere: 'signed here',
      warnings: 'Notes',
      warningTexts: {
        'revocation-unknown': 'No revocation data: whether the certificate was revoked is unknown',
        'annotations-added-after-signing':
          'Comments were added after signing (allowed); see the changes listed',
        'form-filled-after-signing':
          'Form fields were filled after signing (allowed); see the changes listed',
        'claimed-time-differs-from-signing-time':
          "The signer's clock and the signed time differ by more than a day",
        'sha1-digest': 'Uses the insecure SHA-1 digest',
        'signature-field-removed': 'The signature field was removed by a later revision',
        'byte-range-excludes-only-hex-digits':
          'The signed ranges leave out only the hex digits of the signature value (its < > are signed): unusual, but nothing is left unprotected',
        'signature-shared-by-fields':
          'Other signature fields point at this same signature (a seal stamped on every page, say); check the field name',
        'signature-dictionary-rewritten': 'The signature dictionary was rewritten after signing',
        'timestamp-imprint-mismatch': 'The timestamp does not match the signature',
        'timestamp-signature-invalid': "The timestamp's signature is invalid",
        'signer-not-in-seal-cert-list':
          "The signing certificate is not in the seal's certificate list",
        'seal-maker-signature-invalid': "The seal maker's signature is invalid",
        'seal-not-valid-at-signing-time': 'The seal was not valid at signing time',
        'crypto-engine-error': 'An error occurred while checking the signature data',
        'trailing-bytes-after-last-revision': 'Extra data follows the last revision'
      }
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
      summary: 'Passed {passed}, failed {failed}, indeterminate {indeterminate}',
      exportXlsx: 'Export Excel',
      exportCsv: 'Export CSV',
      columns: {
        file: 'File',
        status: 'Verdict',
        reason: 'Reason',
        signer: 'Signer',
        time: 'Signed at',
        signatures: 'Signatures'
      },
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
      problems: {
        NO_TRUST_MATERIAL: '“{name}” holds no certificate or CRL',
        FILE_TOO_LARGE: '“{name}” is too large to be a certificate',
        FILE_UNREADABLE: '“{name}” cannot be read'
      },
      removed: 'Removed'
    }
  }
}

export default en
