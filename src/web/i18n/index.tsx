import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import type { Locale } from '../../shared/roles.js';
import { en } from './en/index.js';
import { fr } from './fr/index.js';

export type Messages = typeof fr;
export type { Locale };

const catalogues: Record<Locale, Messages> = { fr, en };
/** React Aria and Intl want a region; these are the two the bundle keeps (see vite.config.ts). */
export const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-US' };
/** Language names are written in their own language, so they never get translated. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

const STORAGE_KEY = 'parcours.locale';

function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null; // Storage can be disabled by policy; French is then the default.
  }
}

interface I18nContextValue {
  locale: Locale;
  t: Messages;
  /** Changes the language on this device only; the session layer also saves it server-side. */
  setLocale: (locale: Locale) => void;
  formatDate: (iso: string) => string;
  formatDateTime: (iso: string) => string;
  formatNumber: (n: number) => string;
  formatMoney: (n: number) => string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => storedLocale() ?? 'fr');

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted: the choice still holds for this visit.
    }
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const intl = INTL_LOCALE[locale];
    const date = new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(intl, { dateStyle: 'short', timeStyle: 'medium' });
    const number = new Intl.NumberFormat(intl);
    const money = new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR' });
    return {
      locale,
      t: catalogues[locale],
      setLocale,
      // Calendar dates (YYYY-MM-DD) carry no time zone: format them as UTC so they never shift a day.
      formatDate: (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? date.format(new Date(`${iso}T00:00:00Z`)) : iso),
      formatDateTime: (iso) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
      },
      formatNumber: (n) => number.format(n),
      formatMoney: (n) => money.format(n),
    };
  }, [locale, setLocale]);

  return (
    <I18nContext.Provider value={value}>
      <I18nProvider locale={INTL_LOCALE[locale]}>{children}</I18nProvider>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside LocaleProvider');
  return value;
}
