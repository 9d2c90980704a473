import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalPack } from '@/utils/templates/canonicalJson';
import { compareVersions } from '@/utils/templates/compareVersions';
import { generatePackKeys, isPublicKey, keyFingerprint, publicKeyOf } from '@/utils/templates/packKeys';
import { signPack, verifyPack } from '@/utils/templates/signPack';
import { fixtureJson, testKey } from '../packs/helpers';

describe('canonical JSON', () => {
  it('sorts keys at every level and drops whitespace and the signature', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'ё', c: null }] })).toBe('{"a":[{"c":null,"d":"ё"}],"b":1}');
    expect(canonicalPack({ z: 1, signature: { value: 'x' }, a: 2 })).toBe('{"a":2,"z":1}');
  });
});

describe('pack signatures (Ed25519, WebCrypto)', () => {
  it('signs and verifies; re-indenting or reordering keys keeps it valid', async () => {
    const keys = await generatePackKeys();
    expect(isPublicKey(keys.publicKey)).toBe(true);
    expect(await publicKeyOf(keys.privateKey)).toBe(keys.publicKey);
    const signed = await signPack(fixtureJson('team-v1.json'), keys.privateKey);
    expect(signed.signature.keyId).toBe(await keyFingerprint(keys.publicKey));
    const trusted = [{ name: 'lead', publicKey: keys.publicKey }];
    expect(await verifyPack(signed, trusted)).toMatchObject({ state: 'valid', keyName: 'lead' });
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(signed).reverse())));
    expect((await verifyPack(reordered, trusted)).state).toBe('valid');
  });

  it('detects a change after signing, an unknown key and no signature', async () => {
    const signed = fixtureJson('team-v2.signed.json');
    const lead = [testKey('team-lead')];
    expect((await verifyPack(signed, lead)).state).toBe('valid');
    expect((await verifyPack(fixtureJson('team-v2.tampered.json'), lead)).state).toBe('invalid');
    expect((await verifyPack(signed, [testKey('stranger')])).state).toBe('untrusted');
    expect((await verifyPack(fixtureJson('team-v2.json'), lead)).state).toBe('none');
  });
});

describe('compareVersions', () => {
  it('orders semantic versions', () => {
    const sorted = [
      '1.10.0',
      '1.2.0',
      '1.2.0-rc.1',
      '1.2.0-rc.10',
      '1.2.0-rc.2',
      '0.9.9',
      '1.2.0-alpha',
    ].sort(compareVersions);
    expect(sorted).toEqual([
      '0.9.9',
      '1.2.0-alpha',
      '1.2.0-rc.1',
      '1.2.0-rc.2',
      '1.2.0-rc.10',
      '1.2.0',
      '1.10.0',
    ]);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
