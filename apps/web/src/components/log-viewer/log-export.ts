/** The log as a file named after what it is; the name gets a `.log` extension unless it has one. */
export function downloadLog(text: string, fileName: string): void {
  const name = fileName.endsWith('.log') ? fileName : `${fileName}.log`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download synchronously; the URL is not needed after it.
  URL.revokeObjectURL(url);
}
