import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogLine } from './ansi/parse-log-lines.ts';
import type { BootPhase } from './classify/boot-phases.ts';
import { markMatches, type MarkRange } from './search/mark-matches.ts';
import styles from './log-viewer.module.css';

export interface LogRowProps {
  index: number;
  line: LogLine;
  phase: BootPhase | null;
  selected: boolean;
  isNew: boolean;
  ranges: readonly MarkRange[] | undefined;
  onClickNumber: (line: number, extend: boolean) => void;
}

/**
 * One log line: its number (the selection handle), boot-phase marker and styled text. The number
 * and the new-line marker are drawn by CSS, so selecting lines with the mouse copies only the log.
 */
export function LogRow({ index, line, phase, selected, isNew, ranges, onClickNumber }: LogRowProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const phaseName = phase ? t(`logViewer.phases.${phase}`) : undefined;
  const pieces = markMatches(line.segments, ranges ?? []);
  return (
    <>
      <span className={styles.gutter}>
        <button
          type="button"
          className={styles.lineNumber}
          title={t('logViewer.lineNumberHint')}
          aria-pressed={selected}
          aria-label={t('logViewer.goToLine', { line: number })}
          data-line-number={number}
          onClick={(event: MouseEvent) => onClickNumber(number, event.shiftKey)}
        />
        <span className={`${styles.phase} ${phase ? styles[phase] : ''}`} title={phaseName} />
        <span className={styles.newMarker} data-new={isNew || undefined} title={isNew ? t('logViewer.newLine') : undefined} />
      </span>
      <span className={styles.text} data-line-text={number}>
        {pieces.map((piece, i) => {
          const style = Object.keys(piece.style).length ? piece.style : undefined;
          if (!piece.mark) return <span key={i} style={style}>{piece.text}</span>;
          return (
            <mark key={i} style={style} className={styles[piece.mark]} data-current={piece.mark === 'current' || undefined}>
              {piece.text}
            </mark>
          );
        })}
      </span>
    </>
  );
}
