import { Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutputGroup } from '../output-text.ts';
import { OutputPreview } from './output-preview.tsx';

const groupPreviewLines = 3;

export interface OutputGroupsProps {
  groups: OutputGroup[];
  onShow: (instanceIds: readonly string[]) => void;
}

/** "37 instances printed: …": on a fleet, the few instances that printed something else stand out. */
export function OutputGroups({ groups, onShow }: OutputGroupsProps) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <Card size="small" title={t('invocations.groups.title')}>
      <Flex vertical gap={12}>
        {groups.map((group) => (
          <Flex key={group.instanceIds.join(',')} gap={12} align="center" wrap>
            <Typography.Text strong>{t('invocations.groups.printed', { count: group.instanceIds.length })}</Typography.Text>
            <OutputPreview output={group.output} lines={groupPreviewLines} />
            <Button size="small" onClick={() => onShow(group.instanceIds)}>
              {t('invocations.groups.show')}
            </Button>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
