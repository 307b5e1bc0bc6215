import { useState } from 'react';
import { Button, Flex, Input, Skeleton, Tabs, Tooltip, Typography } from 'antd';
import { CodeOutlined, PlusOutlined } from '@ant-design/icons';
import type { CommandSummary } from '@porthole/contract';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../config/paths.ts';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useDebouncedInput } from '../../../hooks/use-debounced-input.ts';
import { useCommands, type CommandSource } from '../api/get-commands.ts';
import { CommandDialog } from './command-dialog.tsx';
import { CommandsTable } from './commands-table.tsx';

export interface CommandsLibraryProps {
  region: string;
  /** Whether the signed-in user may create, edit, delete and run; viewers see the controls disabled. */
  canOperate: boolean;
}

/** The command library: the account's own commands and, apart, the ones the cloud provides. */
export function CommandsLibrary({ region, canOperate }: CommandsLibraryProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState<CommandSource>('custom');
  const [search, setSearch] = useState('');
  const [draft, setDraft] = useDebouncedInput(search, setSearch);
  // undefined: no dialog; null: a new command; otherwise the command being edited.
  const [editing, setEditing] = useState<CommandSummary | null | undefined>(undefined);
  const query = useCommands(region, source, search);
  const commands = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages.at(-1)?.totalCount ?? 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Tabs
          activeKey={source}
          onChange={(key) => setSource(key as CommandSource)}
          items={[
            { key: 'custom', label: t('commands.tabs.custom') },
            { key: 'common', label: t('commands.tabs.common') },
          ]}
          style={{ marginBottom: -16 }}
        />
        <Flex gap={12}>
          <Input.Search
            aria-label={t('commands.search')}
            placeholder={t('commands.search')}
            allowClear
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onSearch={setSearch}
            style={{ width: 260 }}
          />
          {/* The run form also takes a script typed there, without saving it first. */}
          <Link to={paths.runCommand.getHref(region)} style={{ alignSelf: 'center' }}>
            <CodeOutlined aria-hidden /> {t('commands.runScript')}
          </Link>
          <Tooltip title={canOperate ? undefined : t('commands.operatorsOnly')}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} disabled={!canOperate} onClick={() => setEditing(null)}>
              {t('commands.newCommand')}
            </Button>
          </Tooltip>
        </Flex>
      </Flex>
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
      {query.data && (
        <>
          <CommandsTable
            region={region}
            commands={commands}
            loading={query.isPlaceholderData}
            editable={source === 'custom'}
            canOperate={canOperate}
            onEdit={setEditing}
          />
          <Flex justify="space-between" align="center">
            <Typography.Text type="secondary">{t('commands.shown', { shown: commands.length, total })}</Typography.Text>
            {query.hasNextPage && (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            )}
          </Flex>
        </>
      )}
      <CommandDialog region={region} open={editing !== undefined} command={editing ?? null} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
