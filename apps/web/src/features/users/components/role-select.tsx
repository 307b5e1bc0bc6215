import { Select } from 'antd';
import type { Role } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { roles } from '../roles.ts';

export interface RoleSelectProps {
  value?: Role | undefined;
  onChange?: ((role: Role) => void) | undefined;
  'aria-label'?: string;
  id?: string;
  loading?: boolean;
  disabled?: boolean;
}

/** Works as a form control (value/onChange/id from Form.Item) and on its own in a table row. */
export function RoleSelect(props: RoleSelectProps) {
  const { t } = useTranslation();
  return (
    <Select<Role>
      {...props}
      options={roles.map((role) => ({ value: role, label: t(`users.roles.${role}`) }))}
      virtual={false}
      popupMatchSelectWidth={false}
      style={{ minWidth: 120 }}
    />
  );
}
