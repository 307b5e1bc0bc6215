import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { InvocationResult } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { downloadLog } from '../../../components/log-viewer/log-export.ts';
import { outputsFile } from '../output-text.ts';

/** All outputs as one plain-text file, readable without Porthole (grep, a ticket attachment). */
export function DownloadOutputsButton({ invokeId, results }: { invokeId: string; results: readonly InvocationResult[] }) {
  const { t } = useTranslation();
  const download = () => {
    const text = outputsFile(results, (result) =>
      t('invocations.download.header', {
        name: result.instanceName ?? result.instanceId,
        id: result.instanceId,
        status: t(`invocations.status.${result.status}`),
        exitCode: result.exitCode ?? t('common.none'),
      }),
    );
    downloadLog(text, `${invokeId}-outputs.log`);
  };
  return (
    <Button icon={<DownloadOutlined aria-hidden />} disabled={results.length === 0} onClick={download}>
      {t('invocations.download.button')}
    </Button>
  );
}
