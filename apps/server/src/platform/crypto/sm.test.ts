import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hmacSm3Hex, sm2KeyPair, sm2PublicKeyOf, sm2Sign, sm2Verify } from './sm.js';

const bytes = (n: number, f: (i: number) => number) => Uint8Array.from({ length: n }, (_, i) => f(i));

describe('SM crypto helpers', () => {
  // GM/T 0042-2015 appendix D.3, as quoted by OpenSSL's evpmac_sm3.txt and libxcrypt's test-alg-sm3-hmac.c.
  const vectors: { key: Uint8Array; data: string | Uint8Array; mac: string }[] = [
    {
      key: bytes(32, (i) => i + 1),
      data: 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'.repeat(2),
      mac: 'ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a',
    },
    { key: bytes(37, (i) => i + 1), data: bytes(50, () => 0xcd), mac: '220bf579ded555393f0159f66c99877822a3ecf610d1552154b41d44b94db3ae' },
    { key: bytes(32, () => 0x0b), data: 'Hi There', mac: 'c0ba18c68b90c88bc07de794bfc7d2c8d19ec31ed8773bc2b390c9604e0be11e' },
    { key: new TextEncoder().encode('Jefe'), data: 'what do ya want for nothing?', mac: '2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882' },
  ];

  it('HMAC-SM3 matches the GM/T 0042-2015 test vectors', () => {
    for (const v of vectors) assert.equal(hmacSm3Hex(v.key, v.data), v.mac);
    // A hex key is the same key as its bytes.
    assert.equal(hmacSm3Hex(Buffer.from(vectors[2]!.key).toString('hex'), 'Hi There'), vectors[2]!.mac);
    assert.throws(() => hmacSm3Hex('not hex', 'x'));
  });

  it('SM2 signatures verify with the public key and fail on another message or key', () => {
    const keys = sm2KeyPair();
    assert.equal(sm2PublicKeyOf(keys.privateKey), keys.publicKey);
    const signature = sm2Sign('检查点 42', keys);
    assert.ok(sm2Verify('检查点 42', signature, keys.publicKey));
    assert.equal(sm2Verify('检查点 43', signature, keys.publicKey), false);
    assert.equal(sm2Verify('检查点 42', signature, sm2KeyPair().publicKey), false);
    assert.equal(sm2Verify('检查点 42', 'zz', keys.publicKey), false);
  });
});
