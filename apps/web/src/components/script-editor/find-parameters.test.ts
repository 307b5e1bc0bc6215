import { describe, expect, it } from 'vitest';
import { findParameters } from './find-parameters.ts';

describe('findParameters', () => {
  it('lists each custom name once, in order, first spelling kept, built-ins left out', () => {
    const script = 'echo {{greeting}} {{ name }}\nhostname {{ACS::InstanceName}}\necho {{Greeting}} {{name}} {{ACS::ScriptFileName|Ext(".py")}}';
    expect(findParameters(script)).toEqual({ names: ['greeting', 'name'], invalid: [] });
  });

  it('reports placeholders the cloud would refuse as names', () => {
    expect(findParameters('echo {{my var}} {{ok-1_x}} {{}}')).toEqual({ names: ['ok-1_x'], invalid: ['my var', ''] });
  });

  it('finds nothing in a script without placeholders', () => {
    expect(findParameters('echo "{ {not} }"')).toEqual({ names: [], invalid: [] });
  });
});
