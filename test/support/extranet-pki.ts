import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A government extranet's PKI as `openssl` makes it in a temporary directory (SYNC.md §3.2): a
 * private root, a server certificate for 127.0.0.1/localhost, a workstation's client certificate
 * (as PKCS#12 too: alone, with the root beside it, and under the old RC2/3DES scheme), a
 * stranger's self-signed client certificate (also as PKCS#12), a second root that signed none
 * of them, and a server certificate that expired in 2020.
 */
export interface ExtranetPki {
  dir: string
  /** The bytes of `<name>.pem`, `<name>.key` or `<name>.p12`. */
  file(name: string): Buffer
  readonly p12Password: string
  remove(): void
}

const SERVER_EXT =
  'basicConstraints=CA:FALSE\nsubjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n'
const CLIENT_EXT = 'basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n'
const ROOT_EXT = 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n'

export function createExtranetPki(): ExtranetPki {
  const dir = mkdtempSync(join(tmpdir(), 'extranet-pki-'))
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const request = (name: string, subject: string, extensions: string) => {
    openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${name}.key`)
    openssl('req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`)
    writeFileSync(join(dir, `${name}.ext`), extensions)
  }
  /** A key and a certificate signed by `ca` (or self-signed), valid for two days from now. */
  const issue = (name: string, subject: string, extensions: string, ca: string | null) => {
    request(name, subject, extensions)
    const signer = ca
      ? ['-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-CAcreateserial']
      : ['-signkey', `${name}.key`]
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      ...signer,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
      '-out',
      `${name}.pem`
    )
  }
  /** Signed by the root with a validity that ended in 2020 (`openssl ca` sets past dates). */
  const issueExpired = (name: string, subject: string, extensions: string) => {
    request(name, subject, extensions)
    writeFileSync(join(dir, 'index.txt'), '')
    writeFileSync(join(dir, 'serial'), '1000\n')
    writeFileSync(
      join(dir, 'ca.cnf'),
      '[ca]\ndefault_ca=root\n[root]\ndatabase=index.txt\nserial=serial\nnew_certs_dir=.\n' +
        'certificate=root.pem\nprivate_key=root.key\ndefault_md=sha256\npolicy=any\n' +
        '[any]\ncommonName=supplied\n'
    )
    openssl(
      'ca',
      '-batch',
      '-config',
      'ca.cnf',
      '-startdate',
      '20200101000000Z',
      '-enddate',
      '20200201000000Z',
      '-extfile',
      `${name}.ext`,
      '-in',
      `${name}.csr`,
      '-out',
      `${name}.pem`
    )
  }
  const p12Password = 'workstation-01'
  issue('root', '/CN=Xuchang Test Government Root', ROOT_EXT, null)
  issue('other-root', '/CN=Another Province Root', ROOT_EXT, null)
  issue('server', '/CN=library.xuchang.test', SERVER_EXT, 'root')
  issueExpired('expired-server', '/CN=library.xuchang.test', SERVER_EXT)
  issue('client', '/CN=workstation-01', CLIENT_EXT, 'root')
  issue('rogue', '/CN=rogue', CLIENT_EXT, null)
  /** `name`'s key and certificate as PKCS#12, with `extra` options of `openssl pkcs12 -export`. */
  const exportP12 = (name: string, out: string, ...extra: string[]) =>
    openssl(
      'pkcs12',
      '-export',
      ...extra,
      '-inkey',
      `${name}.key`,
      '-in',
      `${name}.pem`,
      '-out',
      out,
      '-passout',
      `pass:${p12Password}`
    )
  exportP12('client', 'client.p12')
  // The same key and certificate with the CA beside them, and under the old RC2/3DES scheme.
  exportP12('client', 'client-chain.p12', '-certfile', 'root.pem')
  exportP12('client', 'client-legacy.p12', '-legacy')
  exportP12('rogue', 'rogue.p12')
  return {
    dir,
    file: (name) => readFileSync(join(dir, name)),
    p12Password,
    remove: () => rmSync(dir, { recursive: true, force: true })
  }
}
