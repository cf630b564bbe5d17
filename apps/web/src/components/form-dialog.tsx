import { Alert, Button, Group, Modal, Stack, type ButtonProps, type ModalProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from './use-return-focus';
import { applyApiError } from '@/lib/forms/api-errors';

export interface FormDialogProps<Values, Submitted> {
  /** Shown or not; a dialog mounted only while it is open leaves this out. */
  opened?: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: ModalProps['size'];
  /** A Mantine form (its validation from a zod schema or rules): checked in the browser before submitting. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any rules: a zod resolver or a rules record
  form: UseFormReturnType<Values, Submitted, any>;
  /**
   * The form paths the API's field errors may name: each is shown beside its field (from its `code`) and
   * the first is focused; any other error is the alert above the buttons.
   */
  fields: readonly string[];
  /** API field paths that are named otherwise in the form (`startsAt` → `date`). */
  fieldAliases?: Record<string, string>;
  /** Calls the API (a mutation's mutateAsync) and does what follows success; a rejection is shown. */
  onSubmit: (values: Submitted) => Promise<unknown>;
  submitLabel: ReactNode;
  submitColor?: ButtonProps['color'];
  /** Defaults to 「キャンセル」/Cancel. */
  cancelLabel?: ReactNode;
  /** Pending from outside (a mutation already running); the dialog also shows its own submit as pending. */
  pending?: boolean;
  /** A sentence of the dialog's own for some failures (a conflict it can explain); null for the usual. */
  describeError?: (error: unknown) => Promise<string | null> | string | null;
  /** Extra content between the alert and the buttons (a hint, a summary). */
  footer?: ReactNode;
  /**
   * The alert's sentence when the browser check fails, besides the messages beside the fields (a long form
   * whose first invalid field may be out of sight). Without it only the fields say what is wrong.
   */
  invalidMessage?: ReactNode;
  /** A form-level failure from outside the submit (another action of this dialog), shown in the same alert. */
  error?: ReactNode;
  /** A separate section below the buttons: another action on the same record (deactivating an account). */
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * The staff workspace's form dialog: a title, the fields, the API's failure (beside the field it names, or
 * as an alert), then cancel and submit (pending while the request runs). Focus moves to the first invalid
 * field on a failed check; Escape and cancel close it.
 */
export function FormDialog<Values, Submitted = Values>({
  opened = true,
  onClose,
  title,
  size,
  form,
  fields,
  onSubmit,
  submitLabel,
  submitColor,
  cancelLabel,
  pending = false,
  footer,
  invalidMessage,
  error: outsideError,
  aside,
  describeError,
  fieldAliases,
  children,
}: FormDialogProps<Values, Submitted>) {
  const { t } = useTranslation(['common', 'errors']);
  useReturnFocus(opened);
  const [problem, setProblem] = useState<ReactNode>(null);
  const [submitting, setSubmitting] = useState(false);
  const handleSubmit = form.onSubmit(
    async (values) => {
      setProblem(null);
      setSubmitting(true);
      try {
        await onSubmit(values);
      } catch (error) {
        const target = fieldAliases
          ? {
              setFieldError: (path: string, message: string) => form.setFieldError(fieldAliases[path] ?? path, message),
              getInputNode: (path: string) => form.getInputNode(fieldAliases[path] ?? path),
            }
          : form;
        setProblem((await describeError?.(error)) ?? applyApiError(t, error, target, fields));
      } finally {
        setSubmitting(false);
      }
    },
    (errors) => {
      setProblem(invalidMessage ?? null);
      form.getInputNode(Object.keys(errors)[0] ?? '')?.focus();
    },
  );
  const alert = problem ?? outsideError;
  return (
    <Modal opened={opened} onClose={onClose} title={title} size={size}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {children}
          {alert && (
            <Alert color="red" role="alert">
              {alert}
            </Alert>
          )}
          {footer}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {cancelLabel ?? t('common:actions.cancel')}
            </Button>
            <Button type="submit" color={submitColor} loading={pending || submitting}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
      {aside}
    </Modal>
  );
}
