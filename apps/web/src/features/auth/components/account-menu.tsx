import { App, Button, Dropdown } from 'antd';
import { DownOutlined, UserOutlined } from '@ant-design/icons';
import type { SessionUser } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { isSessionEnded } from '../../../lib/query-client.ts';
import { useSignOut } from '../api/sign-out.ts';

/** The header's account button: the signed-in user, a link to their account page, and sign-out. */
export function AccountMenu({ user }: { user: Pick<SessionUser, 'name'> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const signOut = useSignOut(() => void navigate(paths.signIn.getHref(), { replace: true }));

  const onClick = ({ key }: { key: string }) => {
    if (key === 'account') void navigate(paths.account.getHref());
    if (key === 'sign-out') {
      signOut.mutate(undefined, {
        // An ended session is handled globally (back to sign-in); anything else leaves the user signed in.
        onError: (error) => {
          if (!isSessionEnded(error)) void message.error(error.message);
        },
      });
    }
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        onClick,
        items: [
          { key: 'account', label: t('auth.menu.account') },
          { type: 'divider' },
          { key: 'sign-out', label: t('auth.menu.signOut'), disabled: signOut.isPending },
        ],
      }}
    >
      <Button aria-label={t('auth.menu.label', { name: user.name })} icon={<UserOutlined aria-hidden />} loading={signOut.isPending}>
        {user.name} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}
