import { useState } from 'react';
import { Select } from 'antd';
import type { CommandSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useCommandChoices } from '../api/get-command-choices.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';

export interface CommandPickerProps {
  region: string;
  /** From the Form.Item: the chosen command's id. */
  value?: string | undefined;
  onChange?: (commandId: string) => void;
  id?: string;
  /** The whole command, so the form can show its parameters. */
  onPick: (command: CommandSummary) => void;
}

/** A searchable list of saved commands: the account's first, then the cloud's common ones. The cloud searches by name. */
export function CommandPicker({ region, value, onChange, id, onPick }: CommandPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const choices = useCommandChoices(region, useDebouncedValue(search.trim()));
  const option = (command: CommandSummary) => ({ value: command.id, label: command.name, command });
  const groups = [
    { label: t('runCommand.what.myCommands'), options: choices.custom.map(option) },
    { label: t('runCommand.what.commonCommands'), options: choices.common.map(option) },
  ].filter((group) => group.options.length > 0);

  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      placeholder={t('runCommand.what.commandPlaceholder')}
      options={groups}
      loading={choices.loading}
      notFoundContent={choices.loading ? null : t('runCommand.what.noCommands')}
      onChange={(commandId: string, picked) => {
        onChange?.(commandId);
        if (picked && !Array.isArray(picked) && 'command' in picked) onPick(picked.command as CommandSummary);
      }}
      onBlur={() => setSearch('')}
      style={{ width: '100%' }}
    />
  );
}
