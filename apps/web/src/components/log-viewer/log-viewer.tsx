import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import type { LineRange } from '@porthole/contract';
import { useTranslation } from 'react-i18next';
import { LogRow } from './log-row.tsx';
import { LogSearchBox } from './log-search-box.tsx';
import { LogViewerToolbar } from './log-viewer-toolbar.tsx';
import { ProblemsList } from './problems-list.tsx';
import { useLineSelection } from './use-line-selection.ts';
import { useLogModel } from './use-log-model.ts';
import { useLogSearch } from './use-log-search.ts';
import { rowHeight, useLogVirtualizer } from './use-log-virtualizer.ts';
import styles from './log-viewer.module.css';

export interface LogViewerProps {
  text: string;
  /** Names the log region; "Console output" when not given. */
  title?: string;
  /** 1-based lines to select and scroll to on mount (a shared excerpt). */
  highlightRange?: LineRange | null;
  onSelectRange?: (range: LineRange | null) => void;
  /** More toolbar controls, after the viewer's own. */
  toolbarExtra?: ReactNode;
  /** Name of the downloaded file; `.log` is added when missing. */
  fileName: string;
  /** 1-based first line that is new since the previous fetch; later lines get a marker. */
  newFromLine?: number | null;
  /** Keep the last line in view whenever the text changes (a live console is read from the end). */
  stickToEnd?: boolean;
}

/** A virtualised, searchable terminal log with ANSI colours, boot phases, problems and line selection. */
export function LogViewer({ text, title, highlightRange, onSelectRange, toolbarExtra, fileName, newFromLine, stickToEnd }: LogViewerProps) {
  const { t } = useTranslation();
  const model = useLogModel(text);
  const [wrap, setWrap] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useLogVirtualizer(scrollRef, model.lines.length, wrap);
  const selection = useLineSelection(highlightRange, onSelectRange);
  const goToLine = useCallback((index: number) => virtualizer.scrollToIndex(index, { align: 'center' }), [virtualizer]);
  const search = useLogSearch(model.plain, goToLine);

  // Mount only: the shared range is where the reader should start.
  const initialRange = useRef(highlightRange);
  useLayoutEffect(() => {
    if (initialRange.current) virtualizer.scrollToIndex(initialRange.current.from - 1, { align: 'start' });
  }, [virtualizer]);

  const lastIndex = model.lines.length - 1;
  useLayoutEffect(() => {
    if (stickToEnd && !initialRange.current) virtualizer.scrollToIndex(lastIndex, { align: 'end' });
  }, [virtualizer, stickToEnd, lastIndex, text]);

  // A match far right on an unwrapped long line is outside the box even when its row is in view.
  useEffect(() => {
    scrollRef.current?.querySelector('mark[data-current]')?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [search.currentMatch, search.rangesByLine]);

  const range = selection.range;
  return (
    <Flex vertical gap={8}>
      <LogViewerToolbar
        search={<LogSearchBox {...search} onQuery={search.setQuery} onNext={search.next} onPrevious={search.previous} />}
        wrap={wrap}
        onWrap={setWrap}
        plainText={() => model.plain.join('\n')}
        fileName={fileName}
        onTop={() => virtualizer.scrollToIndex(0, { align: 'start' })}
        onBottom={() => virtualizer.scrollToIndex(lastIndex, { align: 'end' })}
        extra={toolbarExtra}
      />
      {range && (
        <Flex gap={8} align="center">
          <Typography.Text>{t('logViewer.selected', range)}</Typography.Text>
          <Button size="small" type="link" onClick={selection.clear}>
            {t('logViewer.clearSelection')}
          </Button>
        </Flex>
      )}
      <ProblemsList troubleLines={model.troubleLines} plain={model.plain} onGoTo={goToLine} />
      <div
        ref={scrollRef}
        role="log"
        aria-label={title ?? t('logViewer.defaultTitle')}
        tabIndex={0}
        className={`${styles.scroller} ${wrap ? styles.wrap : ''}`}
      >
        <div className={styles.canvas} style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const number = item.index + 1;
            return (
              <div
                key={item.key}
                data-index={item.index}
                ref={wrap ? virtualizer.measureElement : undefined}
                className={styles.row}
                style={{ transform: `translateY(${item.start}px)`, height: wrap ? undefined : rowHeight }}
                data-trouble={model.troubleSet.has(item.index) || undefined}
                data-selected={(range && number >= range.from && number <= range.to) || undefined}
              >
                <LogRow
                  index={item.index}
                  line={model.lines[item.index] ?? { plain: '', segments: [] }}
                  phase={model.phases[item.index] ?? null}
                  selected={Boolean(range && number >= range.from && number <= range.to)}
                  isNew={newFromLine != null && number >= newFromLine}
                  ranges={search.rangesByLine.get(item.index)}
                  onClickNumber={selection.clickLine}
                />
              </div>
            );
          })}
        </div>
      </div>
    </Flex>
  );
}
