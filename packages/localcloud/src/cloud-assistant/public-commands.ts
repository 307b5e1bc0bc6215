import { createHash } from 'node:crypto';
import type { CommandRecord, CommandType, ParameterDefinition } from './model.ts';

/**
 * A few of the cloud's common commands (DescribeCommands with Provider). They run for real in the
 * sandboxes, so each one only reads or simulates: none changes the machine localcloud runs on.
 */
interface PublicCommand {
  readonly name: string;
  readonly provider: string;
  readonly category: string;
  readonly description: string;
  readonly type: CommandType;
  readonly content: string;
  readonly timeoutSeconds: number;
  readonly parameters: readonly ParameterDefinition[];
}

const param = (name: string, description: string, extra: Partial<ParameterDefinition> = {}): ParameterDefinition => ({
  name,
  description,
  required: false,
  patternRegex: '',
  possibleValues: [],
  ...extra,
});

const PUBLIC_COMMANDS: readonly PublicCommand[] = [
  {
    name: 'ACS-ECS-InstallPackage-linux.sh',
    provider: 'AlibabaCloud.ECS.GuestOS',
    category: 'Software',
    description: 'Installs or removes a package with the distribution package manager (simulated: the manager runs with -s/--assumeno).',
    type: 'RunShellScript',
    timeoutSeconds: 300,
    content: [
      '#!/bin/bash',
      'action="{{action}}"; package="{{packageName}}"',
      'if command -v apt-get >/dev/null; then apt-get -s "$action" "$package"',
      'elif command -v yum >/dev/null; then yum --assumeno "$action" "$package"',
      'else echo "no supported package manager" >&2; exit 3; fi',
    ].join('\n'),
    parameters: [
      param('packageName', 'The package to install or remove.', { required: true, patternRegex: '[a-zA-Z0-9.+_-]+' }),
      param('action', 'What to do with the package.', { defaultValue: 'install', possibleValues: ['install', 'remove'] }),
    ],
  },
  {
    name: 'ACS-ECS-GuestOSDiagnose-linux.sh',
    provider: 'AlibabaCloud.ECS.GuestOSDiagnose',
    category: 'Diagnosis',
    description: 'Prints the kernel, uptime, disk and memory usage of the instance.',
    type: 'RunShellScript',
    timeoutSeconds: 60,
    content: ['#!/bin/bash', 'uname -a', 'uptime', 'df -h /', 'free -m 2>/dev/null || cat /proc/meminfo | head -3'].join('\n'),
    parameters: [],
  },
  {
    name: 'ACS-ECS-TailLog-linux.sh',
    provider: 'AlibabaCloud.ECS.GuestOSDiagnose',
    category: 'Diagnosis',
    description: 'Prints the last lines of a log file.',
    type: 'RunShellScript',
    timeoutSeconds: 60,
    content: ['#!/bin/bash', 'tail -n "{{lines}}" "{{path}}"'].join('\n'),
    parameters: [
      param('path', 'The log file.', { required: true }),
      param('lines', 'How many lines to print.', { defaultValue: '100', patternRegex: '[0-9]{1,5}' }),
    ],
  },
  {
    name: 'ACS-ECS-GetHostInfo-windows.ps1',
    provider: 'AlibabaCloud.ECS.GuestOS',
    category: 'Diagnosis',
    description: 'Prints the host name, the current user and the time of a Windows instance.',
    type: 'RunPowerShellScript',
    timeoutSeconds: 60,
    content: ['hostname', 'whoami', 'Get-Date'].join('\r\n'),
    parameters: [],
  },
];

/** The first version of every common command is dated to a fixed past, so listings never change. */
const PUBLISHED = Date.UTC(2023, 5, 1);
const PUBLIC_PROVIDER_ROOT = 'AlibabaCloud';

const idOf = (name: string): string => `c-${createHash('sha256').update(`public:${name}`).digest('hex').slice(0, 30)}`;

export const publicCommands: readonly CommandRecord[] = PUBLIC_COMMANDS.map((c) => ({
  commandId: idOf(c.name),
  regionId: undefined,
  name: c.name,
  description: c.description,
  type: c.type,
  content: c.content,
  workingDir: '',
  timeoutSeconds: c.timeoutSeconds,
  enableParameter: c.content.includes('{{'),
  launcher: '',
  resourceGroupId: '',
  tags: [],
  creationTime: PUBLISHED,
  invokeTimes: 0,
  provider: c.provider,
  category: c.category,
  version: 1,
  parameterDefinitions: c.parameters,
}));

/** `AlibabaCloud` lists them all; a specific provider such as `AlibabaCloud.ECS.GuestOS` its own. */
export const providedBy = (command: CommandRecord, provider: string): boolean =>
  command.provider !== undefined && (provider === PUBLIC_PROVIDER_ROOT || command.provider === provider);

/** Common commands can be run by name as well as by id (InvokeCommand's CommandId note). */
export const findPublicCommand = (idOrName: string): CommandRecord | undefined =>
  publicCommands.find((c) => c.commandId === idOrName || c.name === idOrName);
