import type { ITheme } from '@xterm/xterm';

// The app's colours: Ant Design's dark header (#001529) as the background and the brand orange
// (#ff6a00, the ConfigProvider's colorPrimary) for the cursor and selection, so a shell looks part of the page.
export const terminalTheme: ITheme = {
  background: '#001529',
  foreground: '#e6e6e6',
  cursor: '#ff6a00',
  cursorAccent: '#001529',
  selectionBackground: 'rgba(255, 106, 0, 0.35)',
  black: '#1f1f1f',
  red: '#ff4d4f',
  green: '#52c41a',
  yellow: '#faad14',
  blue: '#1677ff',
  magenta: '#eb2f96',
  cyan: '#13c2c2',
  white: '#d9d9d9',
  brightBlack: '#8c8c8c',
  brightRed: '#ff7875',
  brightGreen: '#95de64',
  brightYellow: '#ffd666',
  brightBlue: '#69b1ff',
  brightMagenta: '#ff85c0',
  brightCyan: '#5cdbd3',
  brightWhite: '#ffffff',
};

export const terminalFontFamily = "'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', 'DejaVu Sans Mono', monospace";
