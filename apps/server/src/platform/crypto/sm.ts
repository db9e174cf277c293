import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import smCrypto from 'sm-crypto';

const { sm3, sm4 } = smCrypto;

export function sm3Hex(text: string): string {
  return sm3(text);
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
