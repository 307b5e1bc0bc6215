import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../lib/i18n.ts';
import { useRegions } from '../api/get-regions.ts';

export interface RegionPickerProps {
  value: string;
  onChange: (region: string) => void;
}

export function RegionPicker({ value, onChange }: RegionPickerProps) {
  const { t, i18n } = useTranslation();
  const regions = useRegions(currentLanguage(i18n));
  const items = regions.data?.items ?? [];
  const options = items.map((region) => ({
    value: region.id,
    label: region.name && region.name !== region.id ? `${region.name} (${region.id})` : region.id,
  }));
  // A deep link may name a region the list does not (yet) hold; still show what the URL says.
  if (!items.some((region) => region.id === value)) options.unshift({ value, label: value });

  return (
    <Select
      aria-label={t('regions.label')}
      value={value}
      onChange={onChange}
      options={options}
      loading={regions.isPending}
      status={regions.isError ? 'error' : undefined}
      placeholder={t('regions.placeholder')}
      showSearch={{ optionFilterProp: 'label' }}
      // Real DOM options (no virtual list), so every region is an accessible option.
      virtual={false}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240 }}
    />
  );
}
