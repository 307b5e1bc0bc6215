import { Form, Input, Typography } from 'antd';
import type { CommandParameterDefinition } from '@porthole/contract';
import { useTranslation } from 'react-i18next';

export interface ParameterFieldsProps {
  names: string[];
  /** A saved command's definitions give the defaults. */
  definitions: CommandParameterDefinition[];
}

/** One text box per `{{name}}` of the command, labelled by the name itself. Values may be empty. */
export function ParameterFields({ names, definitions }: ParameterFieldsProps) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  const definitionOf = (name: string) => definitions.find((d) => d.name.toLowerCase() === name.toLowerCase());
  return (
    <>
      <Typography.Text strong>{t('runCommand.what.parameters')}</Typography.Text>
      {names.map((name) => {
        const definition = definitionOf(name);
        return (
          <Form.Item
            key={name}
            name={['parameters', name]}
            label={name}
            initialValue={definition?.defaultValue ?? undefined}
            extra={definition?.description || undefined}
            rules={[{ max: 4096 }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        );
      })}
    </>
  );
}
