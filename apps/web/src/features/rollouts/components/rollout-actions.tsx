import { useState } from 'react';
import { Flex, Modal, Space, Typography } from 'antd';
import { CaretRightOutlined, CloseCircleOutlined } from '@ant-design/icons';
import type { RolloutSummary } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/ui/error-state.tsx';
import { useCancelRollout } from '../api/cancel-rollout.ts';
import { useContinueRollout } from '../api/continue-rollout.ts';
import { OperatorButton } from './operator-button.tsx';

export interface RolloutActionsProps {
  region: string;
  rollout: RolloutSummary;
  canOperate: boolean;
}

/** Continue a paused rollout, or cancel one that is still going; a finished rollout offers nothing. */
export function RolloutActions({ region, rollout, canOperate }: RolloutActionsProps) {
  const { t } = useTranslation();
  const resume = useContinueRollout(region, rollout.id);
  const cancel = useCancelRollout(region, rollout.id);
  const [confirming, setConfirming] = useState(false);
  if (rollout.status !== 'running' && rollout.status !== 'paused') return null;

  return (
    <Flex vertical gap={8} align="end">
      <Space>
        {rollout.status === 'paused' && (
          <OperatorButton canOperate={canOperate} type="primary" icon={<CaretRightOutlined aria-hidden />} loading={resume.isPending} onClick={() => resume.mutate()}>
            {t('rollouts.continue')}
          </OperatorButton>
        )}
        <OperatorButton
          canOperate={canOperate}
          danger
          icon={<CloseCircleOutlined aria-hidden />}
          onClick={() => {
            cancel.reset();
            setConfirming(true);
          }}
        >
          {t('rollouts.cancel.button')}
        </OperatorButton>
      </Space>
      {resume.error && <ErrorState error={resume.error} />}
      <Modal
        open={confirming}
        title={t('rollouts.cancel.title')}
        okText={t('rollouts.cancel.button')}
        cancelText={t('rollouts.cancel.keep')}
        okButtonProps={{ danger: true }}
        confirmLoading={cancel.isPending}
        onOk={() => cancel.mutate(undefined, { onSuccess: () => setConfirming(false) })}
        onCancel={() => setConfirming(false)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('rollouts.cancel.body', { name: rollout.commandName })}</Typography.Paragraph>
          {cancel.error && <ErrorState error={cancel.error} />}
        </Flex>
      </Modal>
    </Flex>
  );
}
