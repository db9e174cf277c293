const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCodes = '10X98765432';

/** 公民身份号码 per GB 11643-1999: 18 characters, a real birth date, ISO 7064 MOD 11-2 check character. */
export function isValidIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d || birth.getTime() > Date.now()) return false;
  const sum = weights.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  return checkCodes[sum % 11] === value[17];
}

/** Completes 17 digits with their check character (used by the demo-data generator and tests). */
export function withIdCheckCharacter(first17: string): string {
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + checkCodes[sum % 11];
}

/** 110101********1234 — region and last four kept, birth date hidden. */
export function maskIdNumber(value: string): string {
  return value.length < 10 ? '****' : `${value.slice(0, 6)}********${value.slice(-4)}`;
}
