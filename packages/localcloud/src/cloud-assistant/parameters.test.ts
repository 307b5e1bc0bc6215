import { describe, expect, it } from 'vitest';
import type { ApiError } from '../api-error.ts';
import { customParameterNames, parseParameters, resolveParameters, substitute } from './parameters.ts';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as ApiError).code;
  }
  return 'no error';
};

describe('custom parameters', () => {
  it('finds {{name}} case-insensitively and leaves the ACS:: built-ins out', () => {
    expect(customParameterNames('{{ a }} {{B}} {{b}} {{ACS::InstanceId}} {{ACS::ScriptFileName|Ext(".py")}}')).toEqual(['a', 'B']);
    expect(codeOf(() => customParameterNames('{{not valid}}'))).toBe('InvalidParameter.Parameters');
  });

  it('reads the Parameters map: strings only, unique keys, at most ten', () => {
    expect(parseParameters('{"a":"1","b":""}')).toEqual({ a: '1', b: '' });
    expect(codeOf(() => parseParameters('{"a":"1","A":"2"}'))).toBe('ParameterKey.Duplicate');
    expect(codeOf(() => parseParameters('{"a":true}'))).toBe('ParameterType.NotSupported');
    expect(codeOf(() => parseParameters('[1]'))).toBe('InvalidParameter.Parameters');
  });

  it('fills defaults, leaves unspecified parameters empty and refuses a missing required one', () => {
    const command = {
      enableParameter: true,
      content: 'x {{name}} {{mode}} {{other}}',
      parameterDefinitions: [
        { name: 'name', description: '', required: true, patternRegex: '', possibleValues: [] },
        { name: 'mode', description: '', defaultValue: 'fast', required: false, patternRegex: '', possibleValues: ['fast', 'slow'] },
      ],
    };
    expect(resolveParameters(command, { NAME: 'n' })).toEqual({ name: 'n', mode: 'fast', other: '' });
    expect(codeOf(() => resolveParameters(command, {}))).toBe('Parameter.MissingValue');
    expect(codeOf(() => resolveParameters(command, { name: 'n', mode: 'medium' }))).toBe('InvalidParameter.Parameters');
  });

  it('substitutes values and the built-ins', () => {
    const builtIns = { RegionId: 'cn-hangzhou', InstanceId: 'i-1', InstanceName: 'web', InvokeId: 't-1', CommandId: 'c-1', AccountId: '1234' };
    expect(substitute('{{Name}}@{{ACS::InstanceName}} {{ACS::Unknown}}', { name: 'x' }, builtIns)).toBe('x@web {{ACS::Unknown}}');
  });
});
