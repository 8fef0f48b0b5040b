import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/index.js';
import { Button } from './Button.js';
import { ErrorAlert } from './states.js';

export interface ConfirmDialogProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}

/** Asks before a destructive action. Cancel comes first and gets the focus: the safe default. */
export function ConfirmDialog({ isOpen, onOpenChange, title, body, confirmLabel, onConfirm }: ConfirmDialogProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function confirm(close: () => void) {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      setError(err);
    } finally {
      setPending(false);
    }
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen={isOpen} onOpenChange={(open) => {
      if (!open) setError(null);
      onOpenChange(open);
    }} isDismissable>
      <Modal className="modal modal--sm">
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title" className="dialog__title">
                {title}
              </Heading>
              <p>{body}</p>
              {error ? <ErrorAlert error={error} /> : null}
              <div className="dialog__actions">
                {/* The least destructive choice takes the focus, as WAI-ARIA advises for alert dialogs. */}
                {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
                <Button onPress={close} isDisabled={pending} autoFocus>
                  {t.common.cancel}
                </Button>
                <Button variant="danger" isPending={pending} onPress={() => void confirm(close)}>
                  {confirmLabel}
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
