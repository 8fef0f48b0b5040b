import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ErrorCode } from '../../shared/errors.js';
import { ApiError } from '../api/client.js';
import { describeError } from '../i18n/errors.js';
import { useI18n } from '../i18n/index.js';

/**
 * Turns an API error into what a form shows: messages on the fields the server named (through
 * React Aria's Form validationErrors, which links them to the inputs) and a summary alert.
 */
export function useFormErrors(formRef: RefObject<HTMLFormElement | null>, codeToField?: Partial<Record<ErrorCode, string>>) {
  const { t, locale } = useI18n();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [shown, setShown] = useState(0);

  // Server errors arrive after submit: take the user to the first field to fix (only then, not
  // when a corrected field drops its error while the person types).
  useEffect(() => {
    if (shown === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [shown, formRef]);

  const clear = useCallback(() => setMessages([]), []);

  const clearField = useCallback((name: string) => {
    setFieldErrors((current) => {
      if (!(name in current)) return current;
      const rest = { ...current };
      delete rest[name];
      return rest;
    });
  }, []);

  const show = useCallback(
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error;
      const hasField = (name: string) => Boolean(name && formRef.current?.elements.namedItem(name));
      const byField: Record<string, string> = {};
      const loose: string[] = [];
      for (const issue of error.issues) {
        const name = issue.path.split('.')[0] ?? '';
        if (hasField(name)) byField[name] = byField[name] ? `${byField[name]} ${issue.message}` : issue.message;
        else loose.push(issue.message);
      }
      const codeField = codeToField?.[error.code as ErrorCode];
      if (codeField && hasField(codeField) && !byField[codeField]) byField[codeField] = describeError(error, locale, t);
      const onFields = Object.keys(byField).length > 0;
      setFieldErrors(byField);
      setShown((n) => n + 1);
      setMessages([onFields ? t.validation.formHasErrors : describeError(error, locale, t), ...loose]);
    },
    [codeToField, formRef, locale, t],
  );

  return { fieldErrors, messages, show, clear, clearField };
}

export function FormAlert({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--danger" role="alert">
      {messages.map((m, i) => (
        <p key={i}>{m}</p>
      ))}
    </div>
  );
}
