// A TUF repository served on 127.0.0.1: root, timestamp, snapshot and targets signed with a
// throwaway ed25519 key (the TUF spec's JSON, signed through @tufjs/models), one target
// `trusted_root.json`. @sigstore/tuf refreshes from it exactly as from a real mirror.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { Metadata, MetadataKind, Signature } from '@tufjs/models';
import { sendJson, startLocalServer, type LocalServer } from './local-server.js';

export type TufRepo = {
  readonly server: LocalServer;
  /** The mirror URL. */
  readonly url: string;
  /** The bootstrap root.json (version 1), as a client is given it. */
  readonly rootJson: string;
  /** Publish a new trusted_root.json (a new targets, snapshot and timestamp version). */
  publish(trustedRoot: unknown): void;
  close(): Promise<void>;
};

const SPEC = '1.0.31';

export async function startTufRepo(
  trustedRoot: unknown,
  /** The target's name: GitHub's repository serves a GHE.com tenant's root as `<domain>.trusted_root.json`. */
  targetName = 'trusted_root.json',
): Promise<TufRepo> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');
  const keyJson = { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: raw } };
  const keyId = createHash('sha256').update(JSON.stringify(keyJson)).digest('hex');
  const expires = new Date(Date.now() + 7 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const signed = (kind: MetadataKind, body: Record<string, unknown>): string => {
    const md = Metadata.fromJSON(kind as MetadataKind.Root, {
      signed: { _type: kind, spec_version: SPEC, expires, ...body },
      signatures: [],
    });
    md.sign(
      (data) => new Signature({ keyID: keyId, sig: sign(null, data, privateKey).toString('hex') }),
    );
    return JSON.stringify(md.toJSON());
  };
  const role = { keyids: [keyId], threshold: 1 };
  const rootJson = signed(MetadataKind.Root, {
    version: 1,
    keys: { [keyId]: keyJson },
    roles: { root: role, timestamp: role, snapshot: role, targets: role },
    consistent_snapshot: false,
  });
  const files = new Map<string, string>([['/1.root.json', rootJson]]);
  let version = 0;
  const publish = (root: unknown): void => {
    version++;
    const target = JSON.stringify(root);
    const targets = signed(MetadataKind.Targets, {
      version,
      targets: {
        [targetName]: {
          length: Buffer.byteLength(target),
          hashes: { sha256: createHash('sha256').update(target).digest('hex') },
        },
      },
    });
    const snapshot = signed(MetadataKind.Snapshot, {
      version,
      meta: { 'targets.json': { version } },
    });
    files.set(`/targets/${targetName}`, target);
    files.set('/targets.json', targets);
    files.set('/snapshot.json', snapshot);
    files.set(
      '/timestamp.json',
      signed(MetadataKind.Timestamp, { version, meta: { 'snapshot.json': { version } } }),
    );
  };
  publish(trustedRoot);
  const server = await startLocalServer((req, res) => {
    const body = files.get(req.url ?? '');
    if (body === undefined) return sendJson(res, 404, { error: 'not found' });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  return { server, url: server.base, rootJson, publish, close: () => server.close() };
}
