import { Card, Form, Radio, Select } from 'antd';
import type { CommandSummary, CommandType } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { commandTypes } from '../../../components/script-editor/command-types.ts';
import { ScriptEditor } from '../../../components/script-editor/script-editor.tsx';
import type { CommandSource } from '../run-form-values.ts';
import { CommandPicker } from './command-picker.tsx';
import { ParameterFields } from './parameter-fields.tsx';

export interface WhatSectionProps {
  region: string;
  source: CommandSource;
  type: CommandType;
  command: CommandSummary | undefined;
  parameterNames: string[];
  readOnly: boolean;
  onPick: (command: CommandSummary) => void;
}

/** What runs: a saved command, or a script typed here; then its parameters. */
export function WhatSection({ region, source, type, command, parameterNames, readOnly, onPick }: WhatSectionProps) {
  const { t } = useTranslation();
  return (
    <Card title={t('runCommand.what.title')} size="small">
      <Form.Item name="source">
        <Radio.Group
          options={[
            { value: 'saved', label: t('runCommand.what.saved') },
            { value: 'inline', label: t('runCommand.what.inline') },
          ]}
        />
      </Form.Item>
      {source === 'saved' ? (
        <Form.Item name="commandId" label={t('runCommand.what.command')} rules={[{ required: true, message: t('runCommand.what.commandRequired') }]}>
          <CommandPicker region={region} onPick={onPick} />
        </Form.Item>
      ) : (
        <>
          <Form.Item name="type" label={t('runCommand.what.type')}>
            <Select<CommandType> options={commandTypes.map((value) => ({ value, label: t(`commands.types.${value}`) }))} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="content" label={t('runCommand.what.content')} rules={[{ required: true, message: t('runCommand.what.contentRequired') }]}>
            <ScriptEditor type={type} label={t('runCommand.what.content')} readOnly={readOnly} />
          </Form.Item>
        </>
      )}
      <ParameterFields names={parameterNames} definitions={source === 'saved' ? (command?.parameterDefinitions ?? []) : []} />
    </Card>
  );
}
