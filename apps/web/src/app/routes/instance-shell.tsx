import { Flex } from 'antd';
import { Link } from 'react-router';
import { roleAllows } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { paths } from '../../config/paths.ts';
import { LazyTerminalPanel } from '../../features/terminal/components/lazy-terminal-panel.tsx';
import { OpenShellForm } from '../../features/terminal/components/open-shell-form.tsx';
import { TerminalSettings } from '../../features/terminal/components/terminal-settings.tsx';
import { useOpenTerminals } from '../../features/terminal/hooks/use-open-terminals.ts';
import { useTerminalPreferences } from '../../features/terminal/hooks/use-terminal-preferences.ts';
import { useInstanceParams } from './route-params.ts';
import { useSignedInUser } from './use-signed-in-user.ts';

/** The instance's Shell tab: open a shell, then use the newest one of this instance right here. */
export function InstanceShellRoute() {
  const { t } = useTranslation();
  const { region, id } = useInstanceParams();
  const user = useSignedInUser();
  const preferences = useTerminalPreferences();
  const terminal = useOpenTerminals().findLast(
    (entry) => entry.kind === 'instance' && entry.regionId === region && entry.targetId === id,
  );

  return (
    <Flex vertical gap={12}>
      <OpenShellForm region={region} instanceId={id} canOperate={roleAllows(user.role, 'operator')} />
      <Flex justify="space-between" align="center" wrap gap={8}>
        <TerminalSettings
          fontSize={preferences.fontSize}
          gpu={preferences.gpu}
          onFontSizeStep={preferences.changeFontSize}
          onGpuChange={preferences.setGpu}
        />
        <Link to={paths.terminals.getHref()}>{t('terminal.openInWorkspace')}</Link>
      </Flex>
      {terminal && (
        <LazyTerminalPanel key={terminal.id} terminal={terminal} fontSize={preferences.fontSize} gpu={preferences.gpu} />
      )}
    </Flex>
  );
}
