import { Empty, Flex, Modal, Typography } from 'antd';
import type { InvocationResult } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { LogViewer } from '../../../components/log-viewer/log-viewer.tsx';
import { ResultError } from './result-error.tsx';

export interface OutputDialogProps {
  invokeId: string;
  /** The instance whose output is open; null closes the dialog. */
  result: InvocationResult | null;
  onClose: () => void;
}

/** One instance's full output in the shared log viewer: colours rendered, every other escape shown, never run. */
export function OutputDialog({ invokeId, result, onClose }: OutputDialogProps) {
  const { t } = useTranslation();
  const title = result ? t('invocations.output.title', { name: result.instanceName ?? result.instanceId }) : '';
  return (
    <Modal open={result !== null} title={title} onCancel={onClose} footer={null} width={1000} destroyOnHidden>
      {result && (
        <Flex vertical gap={12}>
          <ResultError result={result} />
          {result.dropped > 0 && <Typography.Text type="warning">{t('invocations.output.dropped', { count: result.dropped })}</Typography.Text>}
          {result.output ? (
            <LogViewer text={result.output} title={title} fileName={`${invokeId}-${result.instanceId}.log`} />
          ) : (
            <Empty description={t('invocations.output.empty')} />
          )}
        </Flex>
      )}
    </Modal>
  );
}
