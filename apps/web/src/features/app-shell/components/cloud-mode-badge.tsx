import { Tag, Tooltip } from 'antd';
import { ExperimentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/get-meta.ts';

/** Makes it impossible to mistake the simulator for a real account. */
export function CloudModeBadge() {
  const { t } = useTranslation();
  const meta = useMeta();
  if (meta.data?.cloudMode !== 'local') return null;
  return (
    <Tooltip title={t('app.localCloudHint')}>
      <Tag color="gold" icon={<ExperimentOutlined aria-hidden />}>
        {t('app.localCloud')}
      </Tag>
    </Tooltip>
  );
}
