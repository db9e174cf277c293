const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function checkCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = charset.indexOf(first17[i]!);
    if (v < 0) return undefined;
    sum += v * weights[i]!;
  }
  return charset[(31 - (sum % 31)) % 31];
}

/** 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-symbol set, MOD 31 check character. */
export function isValidCreditCode(value: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(value)) return false;
  return checkCharacter(value.slice(0, 17)) === value[17];
}

export function withCreditCheckCharacter(first17: string): string {
  const c = checkCharacter(first17);
  if (!c) throw new Error(`invalid credit-code body: ${first17}`);
  return first17 + c;
}
