import { useEffect, useRef, type CSSProperties } from 'react';
import { theme as antdTheme } from 'antd';
import { basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { ScriptEditorProps } from './script-editor.tsx';
import { scriptLanguage } from './script-language.ts';

// The colours come from the Ant Design theme through CSS variables set on the host element.
const theme = EditorView.theme({
  '&': { border: '1px solid var(--script-editor-border)', borderRadius: 'var(--script-editor-radius)', fontSize: '13px' },
  '&.cm-focused': { outline: 'none', borderColor: 'var(--script-editor-focus)' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', minHeight: '160px', maxHeight: '420px' },
});

/** CodeMirror 6, kept out of the main bundle: only the pages that edit scripts load it. */
export default function CodeMirrorEditor({ value, onChange, type, label, readOnly = false }: ScriptEditorProps) {
  const { token } = antdTheme.useToken();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  const language = useRef(new Compartment());
  const editable = useRef(new Compartment());

  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  // The view is created once; later prop changes are dispatched into it below, so typing keeps its cursor.
  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value ?? '',
        extensions: [
          basicSetup,
          theme,
          language.current.of(scriptLanguage(type)),
          editable.current.of(EditorState.readOnly.of(readOnly)),
          // The accessible name sits on the editable element itself, where screen readers and tests look.
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) onChangeRef.current?.(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- created once; the effects below follow the props
  }, []);

  useEffect(() => {
    const current = view.current;
    if (!current || value === undefined || value === current.state.doc.toString()) return;
    current.dispatch({ changes: { from: 0, to: current.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    view.current?.dispatch({ effects: language.current.reconfigure(scriptLanguage(type)) });
  }, [type]);

  useEffect(() => {
    view.current?.dispatch({ effects: editable.current.reconfigure(EditorState.readOnly.of(readOnly)) });
  }, [readOnly]);

  const colours = {
    '--script-editor-border': token.colorBorder,
    '--script-editor-focus': token.colorPrimary,
    '--script-editor-radius': `${token.borderRadius}px`,
  } as CSSProperties;
  return <div ref={host} style={colours} />;
}
