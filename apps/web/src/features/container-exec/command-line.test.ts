import { describe, expect, it } from 'vitest';
import { maxCommandWords, maxWordLength, parseCommandLine } from './command-line.ts';

const argv = (line: string) => {
  const parsed = parseCommandLine(line);
  if (parsed.kind !== 'ok') throw new Error(`expected argv, got ${JSON.stringify(parsed)}`);
  return parsed.argv;
};

describe('parseCommandLine', () => {
  it('splits words like a shell, honouring quotes and escapes', () => {
    expect(argv('ls  -la /')).toEqual(['ls', '-la', '/']);
    expect(argv(`sh -c 'ps aux | grep "nginx: master"'`)).toEqual(['sh', '-c', 'ps aux | grep "nginx: master"']);
    expect(argv(String.raw`echo "a b" c\ d`)).toEqual(['echo', 'a b', 'c d']);
    expect(argv(`printf $'x\\ty'`)).toEqual(['printf', 'x\ty']);
  });

  it('keeps variables and globs literal, since no shell runs in the container', () => {
    expect(argv('echo $HOME "$PATH" *.log')).toEqual(['echo', '$HOME', '$PATH', '*.log']);
  });

  it('refuses what only a shell can do, naming the operator', () => {
    expect(parseCommandLine('ps aux | grep x')).toEqual({ kind: 'problem', problem: { kind: 'operator', op: '|' } });
    expect(parseCommandLine('make && make install')).toEqual({ kind: 'problem', problem: { kind: 'operator', op: '&&' } });
    expect(parseCommandLine('echo hi > /tmp/x')).toEqual({ kind: 'problem', problem: { kind: 'operator', op: '>' } });
    expect(parseCommandLine('ls # the root')).toEqual({ kind: 'problem', problem: { kind: 'comment' } });
  });

  it('refuses an empty line and what exceeds the cloud limits from the contract', () => {
    expect(parseCommandLine('   ')).toEqual({ kind: 'problem', problem: { kind: 'empty' } });
    expect(maxCommandWords).toBe(20);
    expect(parseCommandLine(Array.from({ length: 20 }, (_, i) => `a${i}`).join(' ')).kind).toBe('ok');
    expect(parseCommandLine(Array.from({ length: 21 }, (_, i) => `a${i}`).join(' '))).toEqual({
      kind: 'problem',
      problem: { kind: 'tooManyArgs', max: 20 },
    });
    expect(parseCommandLine(`echo ${'x'.repeat(maxWordLength + 1)}`)).toEqual({
      kind: 'problem',
      problem: { kind: 'argTooLong', max: maxWordLength },
    });
  });
});
