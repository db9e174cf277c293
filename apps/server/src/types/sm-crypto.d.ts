// The package ships no types; these cover the calls we make.
declare module 'sm-crypto' {
  type Sm4Options = { mode?: 'ecb' | 'cbc'; iv?: string; padding?: 'pkcs#7' | 'none'; output?: 'string' | 'array' };
  export const sm3: (data: string, options?: { key?: string }) => string;
  export const sm4: {
    encrypt: (data: string, key: string, options?: Sm4Options) => string;
    decrypt: (data: string, key: string, options?: Sm4Options) => string;
  };
  const smCrypto: { sm3: typeof sm3; sm4: typeof sm4 };
  export default smCrypto;
}
