import { describe, expect, it } from 'vitest';
import { aResult } from './testing/invocation-fixtures.ts';
import { groupIdenticalOutputs, outputsFile, previewLines } from './output-text.ts';

describe('previewLines', () => {
  it('keeps the first lines as plain text, without colours or other escape sequences', () => {
    expect(previewLines('\u001b[31mred\u001b[0m line\n\u001b]0;title\u0007second\u001b[2J\nthird\n', 2)).toEqual(['red line', 'second']);
  });

  it('shows control characters as pictures and keeps markup as the characters it is', () => {
    expect(previewLines('<img src=x onerror=alert(1)>\u0007', 2)).toEqual(['<img src=x onerror=alert(1)>␇']);
  });

  it('handles short and empty output', () => {
    expect(previewLines('only', 2)).toEqual(['only']);
    expect(previewLines('', 2)).toEqual([]);
  });
});

describe('groupIdenticalOutputs', () => {
  it('groups instances that printed the same, largest group first, leaving out singles and empty output', () => {
    const results = [
      aResult({ instanceId: 'i-1', output: 'ok\n' }),
      aResult({ instanceId: 'i-2', output: 'disk full\n' }),
      aResult({ instanceId: 'i-3', output: 'ok\n' }),
      aResult({ instanceId: 'i-4', output: 'disk full\n' }),
      aResult({ instanceId: 'i-5', output: 'ok\n' }),
      aResult({ instanceId: 'i-6', output: 'unique\n' }),
      aResult({ instanceId: 'i-7', output: '' }),
      aResult({ instanceId: 'i-8', output: '' }),
    ];
    expect(groupIdenticalOutputs(results)).toEqual([
      { output: 'ok\n', instanceIds: ['i-1', 'i-3', 'i-5'] },
      { output: 'disk full\n', instanceIds: ['i-2', 'i-4'] },
    ]);
  });
});

describe('outputsFile', () => {
  it('writes a header line per instance, then its output as plain text', () => {
    const text = outputsFile(
      [aResult({ instanceId: 'i-1', output: '\u001b[32mdone\u001b[0m\n' }), aResult({ instanceId: 'i-2', output: 'a\nb' })],
      (result) => `# ${result.instanceId}`,
    );
    expect(text).toBe('# i-1\ndone\n\n# i-2\na\nb\n');
  });
});
