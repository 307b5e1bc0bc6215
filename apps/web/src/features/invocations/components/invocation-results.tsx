import { useId, useMemo, useState } from 'react';
import { Button, Flex, Radio, Typography } from 'antd';
import type { InvocationResult } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { matchesFilter, resultFilters, type ResultFilter } from '../invocation-status.ts';
import { groupIdenticalOutputs } from '../output-text.ts';
import { OutputDialog } from './output-dialog.tsx';
import { OutputGroups } from './output-groups.tsx';
import { ResultsTable } from './results-table.tsx';

export interface InvocationResultsProps {
  invokeId: string;
  results: InvocationResult[];
  readAt: number;
}

/** The per-instance table with its filters: by state, or to the instances that printed one output. */
export function InvocationResults({ invokeId, results, readAt }: InvocationResultsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [filter, setFilter] = useState<ResultFilter>('all');
  const [sameOutput, setSameOutput] = useState<ReadonlySet<string> | null>(null);
  // By id, so the open dialog follows the instance's output while the run is polled.
  const [openId, setOpenId] = useState<string | null>(null);
  const groups = useMemo(() => groupIdenticalOutputs(results), [results]);

  const shown = results.filter((result) =>
    sameOutput ? sameOutput.has(result.instanceId) : matchesFilter(result.status, filter),
  );
  const chooseFilter = (next: ResultFilter) => {
    setSameOutput(null);
    setFilter(next);
  };

  return (
    <Flex vertical gap={12}>
      <OutputGroups groups={groups} onShow={(ids) => setSameOutput(new Set(ids))} />
      <Flex gap={12} align="center" wrap>
        <Typography.Text id={labelId}>{t('invocations.filter.label')}</Typography.Text>
        <Radio.Group
          aria-labelledby={labelId}
          optionType="button"
          value={sameOutput ? null : filter}
          onChange={(event) => chooseFilter(event.target.value as ResultFilter)}
          options={resultFilters.map((value) => ({ value, label: t(`invocations.filter.${value}`) }))}
        />
        {sameOutput && (
          <>
            <Typography.Text>{t('invocations.groups.showing', { count: sameOutput.size })}</Typography.Text>
            <Button size="small" type="link" onClick={() => chooseFilter('all')}>
              {t('invocations.groups.showAll')}
            </Button>
          </>
        )}
      </Flex>
      <ResultsTable results={shown} readAt={readAt} onOpenOutput={(result) => setOpenId(result.instanceId)} />
      <OutputDialog
        invokeId={invokeId}
        result={results.find((result) => result.instanceId === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </Flex>
  );
}
