import { useCallback, useEffect, useRef } from 'react';
import { useSession } from '../api/session.js';
import { useI18n, type Locale } from '../i18n/index.js';

/** A choice made on the login page, to carry into the account once signed in. */
let choiceBeforeLogin: Locale | null = null;

/** Switches the language here and, when signed in, in the user's account. */
export function useChangeLocale(): (locale: Locale) => void {
  const { setLocale } = useI18n();
  const { state, saveLocale } = useSession();
  const signedIn = state.status === 'authenticated';
  return useCallback(
    (locale: Locale) => {
      setLocale(locale);
      if (!signedIn) {
        choiceBeforeLogin = locale;
        return;
      }
      // The local choice already applies; failing to save it only means the next device won't know.
      saveLocale(locale).catch(() => undefined);
    },
    [setLocale, saveLocale, signedIn],
  );
}

/**
 * On sign-in the account's language wins, unless the person just picked one on the login page:
 * then that explicit choice is saved to the account.
 */
export function useLocaleFromAccount(): void {
  const { state, saveLocale } = useSession();
  const { locale, setLocale } = useI18n();
  const userId = state.status === 'authenticated' ? state.user.id : null;
  const accountLocale = state.status === 'authenticated' ? state.user.locale : null;
  const synced = useRef<string | null>(null);

  useEffect(() => {
    if (!userId || !accountLocale || synced.current === userId) return;
    synced.current = userId;
    if (choiceBeforeLogin && choiceBeforeLogin !== accountLocale) {
      saveLocale(choiceBeforeLogin).catch(() => undefined);
    } else if (accountLocale !== locale) {
      setLocale(accountLocale);
    }
    choiceBeforeLogin = null;
  }, [userId, accountLocale, locale, setLocale, saveLocale]);

  useEffect(() => {
    if (!userId) synced.current = null;
  }, [userId]);
}
