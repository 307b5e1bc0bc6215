import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { CommandType } from '@porthole/contract';

export interface ScriptEditorProps {
  /** Controlled by an antd Form.Item, which passes value and onChange. */
  value?: string;
  onChange?: (value: string) => void;
  type: CommandType;
  /** The accessible name of the editable area. */
  label: string;
  readOnly?: boolean;
}

const CodeMirrorEditor = lazy(() => import('./code-mirror-editor.tsx'));

/** A monospace script editor with line numbers and highlighting for the command's language. */
export function ScriptEditor(props: ScriptEditorProps) {
  return (
    <Suspense fallback={<Skeleton.Input active block style={{ height: 160 }} />}>
      <CodeMirrorEditor {...props} />
    </Suspense>
  );
}
