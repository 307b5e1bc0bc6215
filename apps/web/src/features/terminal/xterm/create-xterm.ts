import { Terminal } from '@xterm/xterm';
import { ClipboardAddon } from '@xterm/addon-clipboard';
import { FitAddon } from '@xterm/addon-fit';
import { SearchAddon } from '@xterm/addon-search';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { WebLinksAddon } from '@xterm/addon-web-links';
import { WebglAddon } from '@xterm/addon-webgl';
import '@xterm/xterm/css/xterm.css';
import type { Disposable } from '../transport/terminal-transport.ts';
import { terminalFontFamily, terminalTheme } from './terminal-theme.ts';

export interface XtermOptions {
  fontSize: number;
  /** WebGL renderer; off (or unavailable, as in headless browsers) means xterm's DOM renderer. */
  gpu: boolean;
}

export interface XtermHandle extends Disposable {
  terminal: Terminal;
  search: SearchAddon;
  /** Fits the grid to the element; xterm reports the new size through onResize. */
  fit(): void;
  setFontSize(size: number): void;
  setGpu(on: boolean): void;
}

export function createXterm(element: HTMLElement, options: XtermOptions): XtermHandle {
  const terminal = new Terminal({
    fontSize: options.fontSize,
    fontFamily: terminalFontFamily,
    theme: terminalTheme,
    cursorBlink: true,
    scrollback: 10_000,
    // The Unicode 11 width tables are a "proposed" API in xterm 5.
    allowProposedApi: true,
  });
  const fitAddon = new FitAddon();
  const search = new SearchAddon();
  terminal.loadAddon(fitAddon);
  terminal.loadAddon(search);
  terminal.loadAddon(new Unicode11Addon());
  terminal.unicode.activeVersion = '11';
  // Links open in a new tab without giving the page a handle on this one.
  terminal.loadAddon(new WebLinksAddon((_event, uri) => void window.open(uri, '_blank', 'noopener,noreferrer')));
  terminal.loadAddon(new ClipboardAddon());
  terminal.open(element);

  let webgl: WebglAddon | undefined;
  const setGpu = (on: boolean) => {
    if (!on) {
      webgl?.dispose();
      webgl = undefined;
      return;
    }
    if (webgl) return;
    try {
      const addon = new WebglAddon();
      // A lost GPU context (driver reset, too many contexts) falls back to the DOM renderer.
      addon.onContextLoss(() => {
        addon.dispose();
        if (webgl === addon) webgl = undefined;
      });
      terminal.loadAddon(addon);
      webgl = addon;
    } catch {
      // No WebGL2 here (headless, blocklisted GPU): the DOM renderer is already in place.
      webgl = undefined;
    }
  };
  setGpu(options.gpu);

  const fit = () => {
    // A hidden tab has no size; fitting it would shrink the shell to the minimum.
    if (element.clientWidth > 0 && element.clientHeight > 0) fitAddon.fit();
  };
  const observer = new ResizeObserver(fit);
  observer.observe(element);
  fit();

  return {
    terminal,
    search,
    fit,
    setFontSize(size) {
      terminal.options.fontSize = size;
      fit();
    },
    setGpu,
    dispose() {
      observer.disconnect();
      webgl?.dispose();
      terminal.dispose();
    },
  };
}
