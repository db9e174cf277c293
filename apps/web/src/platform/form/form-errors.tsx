import { Alert } from 'antd';

/** Errors that belong to no single field (a whole list, a guard, a conflict). */
export function FormErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors[0]} description={errors.length > 1 ? errors.slice(1).join('；') : undefined} />;
}
