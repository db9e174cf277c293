import type { FormInstance } from 'antd';
import { useState } from 'react';
import { clearErrors, showIssues, showProblem, type Validated } from './validation';

type Options<T> = {
  /** Turns the raw form values into the request body, or field issues (usually via a core zod schema). */
  check: (values: Record<string, unknown>) => Validated<T>;
  send: (data: T) => Promise<void>;
};

/** Submit flow shared by every form: zod first, then the server; both sets of errors land on the fields. */
export function useFormSubmit<T>(form: FormInstance, { check, send }: Options<T>) {
  const [submitting, setSubmitting] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);

  const submit = async () => {
    clearErrors(form);
    setErrors([]);
    // `true` includes values without a mounted field (e.g. hidden bookkeeping in list items).
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    const checked = check(values);
    if (!checked.ok) {
      setErrors(showIssues(form, checked.issues));
      const first = checked.issues[0];
      if (first) form.scrollToField(first.path, { block: 'center' });
      return;
    }
    setSubmitting(true);
    try {
      await send(checked.data);
    } catch (e) {
      setErrors(showProblem(form, e));
    } finally {
      setSubmitting(false);
    }
  };

  const reset = () => {
    setErrors([]);
    clearErrors(form);
  };

  return { submit, submitting, errors, setErrors, reset };
}
