import { Flex, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionOption } from '../scope-form.ts';

export interface ScopeFieldsProps {
  regionOptions: RegionOption[];
  /** Regions already in the scope: shown even when the region list does not (or not yet) hold them. */
  currentRegions?: readonly string[] | null | undefined;
}

/** The scope part of a user form (field names as in ScopeFormValues); empty fields mean no limit. */
export function ScopeFields({ regionOptions, currentRegions }: ScopeFieldsProps) {
  const { t } = useTranslation();
  const known = new Set(regionOptions.map((option) => option.value));
  const options = [
    ...regionOptions,
    ...(currentRegions ?? []).filter((region) => !known.has(region)).map((region) => ({ value: region, label: region })),
  ];
  return (
    <>
      <Form.Item name="regions" label={t('users.fields.regions')} extra={t('users.fields.regionsHint')}>
        <Select
          mode="multiple"
          allowClear
          options={options}
          optionFilterProp="label"
          placeholder={t('users.scope.allRegions')}
          virtual={false}
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="tagKey" label={t('users.fields.tagKey')} rules={[{ max: 128 }]} style={{ flex: 1 }}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="tagValue"
          label={t('users.fields.tagValue')}
          dependencies={['tagKey']}
          style={{ flex: 1 }}
          rules={[
            { max: 128 },
            ({ getFieldValue }) => ({
              validator: async (_, value: string | undefined) => {
                if (value && !String(getFieldValue('tagKey') ?? '').trim()) throw new Error(t('users.rules.tagKeyFirst'));
              },
            }),
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Flex>
    </>
  );
}
