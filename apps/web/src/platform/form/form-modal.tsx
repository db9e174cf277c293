import { Form, Modal } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { messages } from '../messages';
import { FormErrors } from './form-errors';
import { keepEnterInPickers } from './keep-enter';
import { useFormSubmit } from './use-form-submit';
import type { Validated } from './validation';

type Props<T> = {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Form store when the modal opens. */
  initialValues?: Record<string, unknown>;
  check: (values: Record<string, unknown>) => Validated<T>;
  /** Sends the request; the modal closes when it resolves. */
  send: (data: T) => Promise<unknown>;
  okText?: string;
  name: string;
  children: ReactNode;
};

/** A modal with one zod-validated form; errors from zod and from the server land on the fields. */
export function FormModal<T>({ title, open, onClose, initialValues, check, send, okText = messages.save, name, children }: Props<T>) {
  const [form] = Form.useForm();
  const { submit, submitting, errors, reset } = useFormSubmit(form, {
    check,
    send: async (data) => {
      await send(data);
      onClose();
    },
  });

  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(initialValues ?? {});
      reset();
    }
    // Reset only when (re)opened.
  }, [open]);

  return (
    <Modal title={title} open={open} onCancel={onClose} onOk={() => void submit()} okText={okText} cancelText={messages.cancel} confirmLoading={submitting} forceRender destroyOnHidden={false}>
      <FormErrors errors={errors} />
      <Form form={form} name={name} layout="vertical" onFinish={() => void submit()} onKeyDown={keepEnterInPickers}>
        {children}
        {/* Enter in a text box submits (not in a date picker: there it takes the typed date). */}
        <button type="submit" hidden aria-hidden />
      </Form>
    </Modal>
  );
}
