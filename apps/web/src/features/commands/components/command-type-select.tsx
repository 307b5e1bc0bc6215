import { Select, type SelectProps } from 'antd';
import type { CommandType } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { commandTypes } from '../../../components/script-editor/command-types.ts';

/** Shell, Python, PowerShell or Bat; a Form.Item passes value, onChange and the label's id. */
export function CommandTypeSelect(props: SelectProps<CommandType>) {
  const { t } = useTranslation();
  return <Select<CommandType> {...props} options={commandTypes.map((type) => ({ value: type, label: t(`commands.types.${type}`) }))} />;
}
