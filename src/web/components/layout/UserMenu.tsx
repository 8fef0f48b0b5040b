import { useNavigate } from 'react-router';
import {
  Button,
  Header,
  Menu,
  MenuItem,
  MenuSection,
  MenuTrigger,
  Popover,
  Separator,
  type Selection,
} from 'react-aria-components';
import { useSession, useCurrentUser } from '../../api/session.js';
import { useChangeLocale } from '../../app/locale.js';
import { LANGUAGE_NAMES, useI18n, type Locale } from '../../i18n/index.js';
import { useNotify } from '../Notifier.js';

/** The person's name and role, opening a menu with the language choice and sign-out. */
export function UserMenu() {
  const user = useCurrentUser();
  const { logout } = useSession();
  const { t, locale } = useI18n();
  const changeLocale = useChangeLocale();
  const navigate = useNavigate();
  const notify = useNotify();

  const onLanguage = (selection: Selection) => {
    if (selection === 'all') return;
    const [next] = [...selection];
    if (next === 'fr' || next === 'en') changeLocale(next as Locale);
  };

  const signOut = async () => {
    try {
      await logout();
      navigate('/connexion', { replace: true });
    } catch {
      notify(t.shell.logoutFailed);
    }
  };

  return (
    <MenuTrigger>
      <Button className="user-menu__button" aria-label={`${t.shell.userMenu} : ${user.displayName}, ${t.roles[user.role]}`}>
        <span className="user-menu__avatar" aria-hidden="true">
          {initials(user.displayName)}
        </span>
        <span className="user-menu__who" aria-hidden="true">
          <span className="user-menu__name">{user.displayName}</span>
          <span className="user-menu__role">{t.roles[user.role]}</span>
        </span>
        <span aria-hidden="true" className="user-menu__chevron">
          ▾
        </span>
      </Button>
      <Popover className="popover popover--menu" placement="bottom end">
        <Menu className="menu" aria-label={t.shell.userMenu}>
          <MenuSection selectionMode="single" selectedKeys={[locale]} onSelectionChange={onLanguage} disallowEmptySelection>
            <Header className="menu__header">{t.shell.language}</Header>
            {(['fr', 'en'] as const).map((l) => (
              <MenuItem key={l} id={l} lang={l} className="menu__item">
                {({ isSelected }) => (
                  <>
                    <span className="menu__check" aria-hidden="true">
                      {isSelected ? '✓' : ''}
                    </span>
                    {LANGUAGE_NAMES[l]}
                  </>
                )}
              </MenuItem>
            ))}
          </MenuSection>
          <Separator className="menu__separator" />
          <MenuItem id="logout" className="menu__item" onAction={() => void signOut()}>
            <span className="menu__check" aria-hidden="true" />
            {t.shell.logout}
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}
