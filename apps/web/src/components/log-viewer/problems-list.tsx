import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import styles from './problems-list.module.css';

// A log full of errors would otherwise make thousands of buttons; the first ones are what matters.
const maxListed = 200;

export interface ProblemsListProps {
  troubleLines: readonly number[];
  plain: readonly string[];
  onGoTo: (index: number) => void;
}

/** "Problems (n)": the trouble lines, collapsed until asked for, each a jump into the log. */
export function ProblemsList({ troubleLines, plain, onGoTo }: ProblemsListProps) {
  const { t } = useTranslation();
  if (troubleLines.length === 0) return null;
  return (
    <details className={styles.problems}>
      <summary>{t('logViewer.problems', { count: troubleLines.length })}</summary>
      <ul>
        {troubleLines.slice(0, maxListed).map((index) => (
          <li key={index}>
            <Button type="link" size="small" onClick={() => onGoTo(index)} className={styles.jump}>
              {t('logViewer.goToLine', { line: index + 1 })}
            </Button>
            <Typography.Text code className={styles.excerpt}>
              {(plain[index] ?? '').slice(0, 200)}
            </Typography.Text>
          </li>
        ))}
      </ul>
      {troubleLines.length > maxListed && (
        <Typography.Text type="secondary">{t('logViewer.problemsShown', { count: maxListed })}</Typography.Text>
      )}
    </details>
  );
}
