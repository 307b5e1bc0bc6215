import { EditorView } from '@codemirror/view';
import { act, within } from '@testing-library/react';

// jsdom lays nothing out and has no Range geometry; CodeMirror measures text ranges after every
// update. Empty rectangles are what a hidden editor reports in a browser too.
Range.prototype.getClientRects ??= function getClientRects() {
  return Object.assign([], { item: () => null }) as unknown as DOMRectList;
};
Range.prototype.getBoundingClientRect ??= function getBoundingClientRect() {
  return new DOMRect();
};

/**
 * Replaces the text of the script editor named `label`. jsdom has no text input for a contenteditable,
 * so the change goes through the editor's own transaction API, as a keystroke would.
 */
export async function typeScript(label: string, text: string, container: HTMLElement = document.body): Promise<void> {
  const content = await within(container).findByRole('textbox', { name: label });
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error(`no editor for ${label}`);
  act(() => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }));
}
