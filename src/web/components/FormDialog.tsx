import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Dialog, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { ErrorCode } from '../../shared/errors.js';
import { useI18n } from '../i18n/index.js';
import { Button } from './Button.js';
import { ClearServerErrorContext } from './fields/serverErrors.js';
import { FormAlert, useFormErrors } from './useFormErrors.js';

export interface FormDialogProps {
  title: string;
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** Receives the form data; an ApiError thrown here is shown on the fields it names. */
  onSubmit: (data: FormData) => Promise<void>;
  submitLabel?: string;
  /** Errors that concern one field without naming it, e.g. WEAK_PASSWORD → password. */
  codeToField?: Partial<Record<ErrorCode, string>>;
  size?: 'md' | 'lg';
  children: ReactNode;
}

/**
 * Create/edit forms open in a modal: focus is trapped, Escape closes it and focus returns to the
 * button that opened it (React Aria). A click outside does not close it, so typed data is not lost.
 */
export function FormDialog({ isOpen, onOpenChange, size = 'md', ...body }: FormDialogProps) {
  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={onOpenChange} isKeyboardDismissDisabled={false}>
      <Modal className={`modal modal--${size}`}>
        <Dialog className="dialog">
          {({ close }) => <FormDialogBody {...body} close={close} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

type BodyProps = Omit<FormDialogProps, 'isOpen' | 'onOpenChange' | 'size'> & { close: () => void };

function FormDialogBody({ title, onSubmit, submitLabel, codeToField, children, close }: BodyProps) {
  const { t } = useI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const { fieldErrors, messages, show, clear, clearField } = useFormErrors(formRef, codeToField);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    clear();
    try {
      await onSubmit(new FormData(event.currentTarget));
      close();
    } catch (error) {
      show(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Heading slot="title" className="dialog__title">
        {title}
      </Heading>
      <Form ref={formRef} onSubmit={handleSubmit} validationErrors={fieldErrors} className="form">
        <p className="form__legend">{t.validation.requiredLegend}</p>
        <FormAlert messages={messages} />
        <ClearServerErrorContext.Provider value={clearField}>{children}</ClearServerErrorContext.Provider>
        <div className="dialog__actions">
          <Button onPress={close} isDisabled={pending}>
            {t.common.cancel}
          </Button>
          <Button type="submit" variant="primary" isPending={pending}>
            {pending ? t.common.saving : (submitLabel ?? t.common.save)}
          </Button>
        </div>
      </Form>
    </>
  );
}
