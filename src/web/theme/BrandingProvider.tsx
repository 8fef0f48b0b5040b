import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Branding } from '../../shared/contracts/auth.js';
import { request } from '../api/client.js';
import { useSession } from '../api/session.js';
import { darkenUntilReadable, isHexColor, readableOn } from './contrast.js';

const FALLBACK: Branding = {
  departmentName: '',
  brandName: 'Parcours',
  primaryColor: '#1f4e79',
  primaryContrastColor: '#ffffff',
  accentColor: '#b3541e',
  logoUrl: '/api/branding/logo.svg',
};

/** Light surfaces the primary colour is drawn on as text (see tokens.css). */
const LIGHT_SURFACES = ['#ffffff', '#f5f6f8', '#eef0f3'];

/**
 * Applies the département's colours through the CSSOM (allowed by the CSP, unlike inline styles).
 * A département may pick colours that fail WCAG contrast; we correct them here rather than
 * letting a setting make the interface unreadable.
 */
export function applyBranding(branding: Branding): void {
  const root = document.documentElement.style;
  const primary = isHexColor(branding.primaryColor) ? branding.primaryColor : FALLBACK.primaryColor;
  root.setProperty('--color-primary', primary);
  root.setProperty('--color-on-primary', readableOn(primary, branding.primaryContrastColor));
  root.setProperty('--color-primary-text', darkenUntilReadable(primary, LIGHT_SURFACES));
  if (isHexColor(branding.accentColor)) root.setProperty('--color-accent', branding.accentColor);
}

interface BrandingContextValue {
  branding: Branding;
  /** Re-reads the branding, so a saved colour change shows at once. */
  refresh: () => void;
}

const BrandingContext = createContext<BrandingContextValue>({ branding: FALLBACK, refresh: () => undefined });

export function BrandingProvider({ children }: { children: ReactNode }) {
  const { state } = useSession();
  const [branding, setBranding] = useState<Branding>(FALLBACK);
  const [generation, setGeneration] = useState(0);
  // Before login the installation's default applies, after it the user's département.
  const who = state.status === 'authenticated' ? state.user.departmentId : state.status;

  useEffect(() => {
    if (who === 'loading') return;
    let cancelled = false;
    request('/branding', { schema: Branding, reportSessionLoss: false })
      .then((value) => {
        if (cancelled) return;
        // After a settings change the logo URL is the same: make the browser fetch it again.
        const logoUrl = generation === 0 ? value.logoUrl : `${value.logoUrl}${value.logoUrl.includes('?') ? '&' : '?'}v=${generation}`;
        setBranding({ ...value, logoUrl });
        applyBranding(value);
      })
      .catch(() => {
        // Keep the defaults: the app stays usable with the product's own colours.
      });
    return () => {
      cancelled = true;
    };
  }, [who, generation]);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const value = useMemo(() => ({ branding, refresh }), [branding, refresh]);
  return <BrandingContext.Provider value={value}>{children}</BrandingContext.Provider>;
}

export const useBranding = (): Branding => useContext(BrandingContext).branding;
export const useRefreshBranding = (): (() => void) => useContext(BrandingContext).refresh;
