import { DatePicker, Flex, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AuditAction, AuditFilterQuery, AuditOutcome } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { useDebouncedInput } from '../../../hooks/use-debounced-input.ts';
import { auditActions, auditOutcomes } from '../audit-vocabulary.ts';

/** A user the filter offers; the page supplies them, as this feature does not load users. */
export interface AuditUserOption {
  value: string;
  label: string;
}

export interface AuditFiltersProps {
  filters: AuditFilterQuery;
  userOptions: AuditUserOption[];
  onChange: (changed: AuditFilterQuery) => void;
}

export function AuditFilters({ filters, userOptions, onChange }: AuditFiltersProps) {
  const { t } = useTranslation();
  const [instanceId, setInstanceId] = useDebouncedInput(filters.instanceId ?? '', (next) =>
    onChange({ instanceId: next.trim() || undefined }),
  );
  const range: [Dayjs | null, Dayjs | null] = [
    filters.from ? dayjs(filters.from) : null,
    filters.to ? dayjs(filters.to) : null,
  ];

  return (
    <Flex wrap gap={8} align="center">
      <Select<string>
        aria-label={t('audit.filters.user')}
        placeholder={t('audit.filters.allUsers')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filters.userId}
        onChange={(userId) => onChange({ userId })}
        options={userOptions}
        virtual={false}
        style={{ width: 180 }}
      />
      <Select<AuditAction>
        aria-label={t('audit.filters.action')}
        placeholder={t('audit.filters.allActions')}
        allowClear
        value={filters.action}
        onChange={(action) => onChange({ action })}
        options={auditActions.map((action) => ({ value: action, label: t(`audit.actions.${action}`) }))}
        virtual={false}
        popupMatchSelectWidth={false}
        style={{ width: 200 }}
      />
      <Input
        aria-label={t('audit.filters.instanceId')}
        placeholder={t('audit.filters.instanceId')}
        allowClear
        value={instanceId}
        onChange={(event) => setInstanceId(event.target.value)}
        style={{ width: 200 }}
      />
      <Select<AuditOutcome>
        aria-label={t('audit.filters.outcome')}
        placeholder={t('audit.filters.allOutcomes')}
        allowClear
        value={filters.outcome}
        onChange={(outcome) => onChange({ outcome })}
        options={auditOutcomes.map((outcome) => ({ value: outcome, label: t(`audit.outcomes.${outcome}`) }))}
        virtual={false}
        style={{ width: 160 }}
      />
      <DatePicker.RangePicker
        aria-label={t('audit.filters.time')}
        showTime
        allowEmpty={[true, true]}
        value={range}
        placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
        onChange={(dates) => onChange({ from: dates?.[0]?.toISOString(), to: dates?.[1]?.toISOString() })}
      />
    </Flex>
  );
}
