import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

export const dateFormat = 'YYYY-MM-DD';

/** API dates are 'YYYY-MM-DD' strings; pickers want Dayjs. */
export function toDayjs(value: unknown): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  const d = dayjs(value);
  return d.isValid() ? d : null;
}

export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format(dateFormat) : null;
}

export function formatDateTime(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : String(value);
}

export function today(): string {
  return dayjs().format(dateFormat);
}

export function startOfYear(): string {
  return dayjs().startOf('year').format(dateFormat);
}

/** Form.Item props that keep an ISO date string in the form store while the DatePicker sees Dayjs. */
export const dateItemProps = {
  getValueProps: (value: unknown) => ({ value: toDayjs(value) }),
  normalize: (value: Dayjs | null) => toIsoDate(value),
};
