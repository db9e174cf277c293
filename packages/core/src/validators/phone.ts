/** Mainland mobile (1[3-9]xxxxxxxxx) or landline with area code (0531-12345678). */
export function isValidPhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value);
}

export function maskPhone(value: string): string {
  return value.length < 7 ? '****' : `${value.slice(0, 3)}****${value.slice(-4)}`;
}
