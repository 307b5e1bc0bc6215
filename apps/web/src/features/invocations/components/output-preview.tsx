import { Typography } from 'antd';
import { previewLines } from '../output-text.ts';

const previewLineCount = 2;

/** The first lines of an output, as text in a monospace block: never interpreted as markup or escapes. */
export function OutputPreview({ output, lines = previewLineCount }: { output: string; lines?: number }) {
  const shown = previewLines(output, lines);
  if (shown.length === 0) return null;
  return (
    <Typography.Text code style={{ display: 'block', whiteSpace: 'pre', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: 480 }}>
      {shown.join('\n')}
    </Typography.Text>
  );
}
