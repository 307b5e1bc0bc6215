import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandLineProblem } from '../command-line.ts';

/** The words for why a command line cannot be sent as it is. */
export function useCommandLineMessage() {
  const { t } = useTranslation();
  return useCallback(
    (problem: CommandLineProblem): string => {
      switch (problem.kind) {
        case 'empty':
          return t('containerExec.run.errors.empty');
        case 'operator':
          return t('containerExec.run.errors.operator', { op: problem.op });
        case 'comment':
          return t('containerExec.run.errors.comment');
        case 'tooManyArgs':
          return t('containerExec.run.errors.tooManyArgs', { max: problem.max });
        case 'argTooLong':
          return t('containerExec.run.errors.argTooLong', { max: problem.max });
      }
    },
    [t],
  );
}
