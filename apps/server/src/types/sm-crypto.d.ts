// The package ships no types; these cover the calls we make.
declare module 'sm-crypto' {
  type Bytes = string | number[] | Uint8Array;
  type Sm4Options = { mode?: 'ecb' | 'cbc'; iv?: string; padding?: 'pkcs#7' | 'none'; output?: 'string' | 'array' };
  /** SM3 of a UTF-8 string or of bytes; with `key` (hex or bytes), HMAC-SM3 (RFC 2104, 64-byte block). */
  export const sm3: (data: Bytes, options?: { key?: Bytes }) => string;
  export const sm4: {
    encrypt: (data: string, key: string, options?: Sm4Options) => string;
    decrypt: (data: string, key: string, options?: Sm4Options) => string;
  };
  type Sm2SignOptions = { hash?: boolean; publicKey?: string; der?: boolean; userId?: string };
  export const sm2: {
    generateKeyPairHex: () => { privateKey: string; publicKey: string };
    getPublicKeyFromPrivateKey: (privateKey: string) => string;
    doSignature: (message: string, privateKey: string, options?: Sm2SignOptions) => string;
    doVerifySignature: (message: string, signature: string, publicKey: string, options?: Sm2SignOptions) => boolean;
  };
  const smCrypto: { sm2: typeof sm2; sm3: typeof sm3; sm4: typeof sm4 };
  export default smCrypto;
}
