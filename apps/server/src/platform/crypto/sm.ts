import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import smCrypto from 'sm-crypto';

const { sm2, sm3, sm4 } = smCrypto;

export function sm3Hex(text: string): string {
  return sm3(text);
}

/** HMAC-SM3 (RFC 2104 over SM3, 64-byte block; GM/T 0042-2015 appendix D.3) of a UTF-8 string or bytes, as hex. */
export function hmacSm3Hex(key: string | Uint8Array, data: string | Uint8Array): string {
  if (typeof key === 'string' && !/^(?:[0-9a-f]{2})+$/i.test(key)) throw new Error('HMAC-SM3 key must be hex');
  return sm3(data, { key });
}

export type Sm2KeyPair = { privateKey: string; publicKey: string };

export function sm2KeyPair(): Sm2KeyPair {
  return sm2.generateKeyPairHex();
}

export function sm2PublicKeyOf(privateKey: string): string {
  return sm2.getPublicKeyFromPrivateKey(privateKey);
}

/** SM2 signature (r‖s, hex) over SM3 of Z_A and the UTF-8 message, as GM/T 0003 prescribes (default user id). */
export function sm2Sign(message: string, keys: Sm2KeyPair): string {
  return sm2.doSignature(message, keys.privateKey, { hash: true, publicKey: keys.publicKey });
}

export function sm2Verify(message: string, signature: string, publicKey: string): boolean {
  if (!/^[0-9a-f]{128}$/i.test(signature)) return false;
  try {
    return sm2.doVerifySignature(message, signature, publicKey, { hash: true });
  } catch {
    return false;
  }
}

/**
 * SM4-CBC encryption of personal data at rest. The key comes from FAZHI_SM4_KEY or a key file in the data
 * directory (created on first start, mode 0600) — never from the database. Ciphertext is "iv:hex".
 */
export class PersonalDataCipher {
  constructor(private readonly keyHex: string) {
    if (!/^[0-9a-f]{32}$/i.test(keyHex)) throw new Error('SM4 key must be 32 hex characters (128 bits)');
  }

  static fromConfig(dataDir: string, keyHex?: string): PersonalDataCipher {
    if (keyHex) return new PersonalDataCipher(keyHex);
    const file = path.join(dataDir, 'keys', 'sm4.key');
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      fs.writeFileSync(file, randomBytes(16).toString('hex'), { mode: 0o600, flag: 'wx' });
    }
    return new PersonalDataCipher(fs.readFileSync(file, 'utf8').trim());
  }

  encrypt(plain: string): string {
    const iv = randomBytes(16).toString('hex');
    return `${iv}:${sm4.encrypt(plain, this.keyHex, { mode: 'cbc', iv })}`;
  }

  decrypt(cipher: string): string {
    const [iv, data] = cipher.split(':');
    if (!iv || !data) throw new Error('malformed ciphertext');
    return sm4.decrypt(data, this.keyHex, { mode: 'cbc', iv });
  }
}
