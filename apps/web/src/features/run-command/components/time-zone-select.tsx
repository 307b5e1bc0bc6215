import { Select } from 'antd';
import { timeZoneNames } from '../time-zones.ts';

export interface TimeZoneSelectProps {
  value?: string;
  onChange?: (zone: string) => void;
  id?: string;
}

/** Every IANA zone the browser knows, searchable by any part of the name ("shang", "los_"). */
export function TimeZoneSelect({ value, onChange, id }: TimeZoneSelectProps) {
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      options={timeZoneNames().map((zone) => ({ value: zone, label: zone }))}
      style={{ width: 260 }}
    />
  );
}
