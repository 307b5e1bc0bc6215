import type { CommandType } from '@porthole/contract';

/** In the order the type pickers offer them; the labels live in the `commands.types` locale keys. */
export const commandTypes: readonly CommandType[] = ['RunShellScript', 'RunPythonScript', 'RunPowerShellScript', 'RunBatScript'];
