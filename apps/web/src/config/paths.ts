// Every in-app URL is built here, so deep links and navigation cannot drift apart.
export const defaultRegion = 'cn-hangzhou';

export const paths = {
  home: { path: '/' },
  signIn: {
    path: '/sign-in',
    /** `next` is where to go once signed in: the page the visitor was sent away from. */
    getHref: (next?: string) => (next && next !== '/' ? `/sign-in?${new URLSearchParams({ next }).toString()}` : '/sign-in'),
  },
  account: { path: '/account', getHref: () => '/account' },
  adminUsers: { path: '/admin/users', getHref: () => '/admin/users' },
  adminAudit: { path: '/admin/audit', getHref: () => '/admin/audit' },
  shares: { path: '/shares', getHref: () => '/shares' },
  /** A shared log view; the BFF's create-share reply gives the same path as `url`. */
  sharedView: { path: '/shared/:token', getHref: (token: string) => `/shared/${encodeURIComponent(token)}` },
  /** Terminal session recordings (asciicast), the user's own or, for admins, everyone's. */
  recordings: { path: '/recordings', getHref: () => '/recordings' },
  recording: { path: '/recordings/:recordingId', getHref: (recordingId: string) => `/recordings/${encodeURIComponent(recordingId)}` },
  /** This browser tab's open shells, in tabs or split panes; `open` adds a terminal reserved elsewhere (e.g. a container shell). */
  terminals: {
    path: '/terminals',
    getHref: (openTerminalId?: string) =>
      openTerminalId ? `/terminals?${new URLSearchParams({ open: openTerminalId }).toString()}` : '/terminals',
  },
  instances: {
    path: '/regions/:region/instances',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/instances`,
  },
  instance: {
    path: '/regions/:region/instances/:id',
    getHref: (region: string, id: string) =>
      `/regions/${encodeURIComponent(region)}/instances/${encodeURIComponent(id)}`,
  },
  instanceConsole: {
    path: '/regions/:region/instances/:id/console',
    getHref: (region: string, id: string) =>
      `/regions/${encodeURIComponent(region)}/instances/${encodeURIComponent(id)}/console`,
  },
  instanceScreenshot: {
    path: '/regions/:region/instances/:id/screenshot',
    getHref: (region: string, id: string) =>
      `/regions/${encodeURIComponent(region)}/instances/${encodeURIComponent(id)}/screenshot`,
  },
  instanceShell: {
    path: '/regions/:region/instances/:id/shell',
    getHref: (region: string, id: string) =>
      `/regions/${encodeURIComponent(region)}/instances/${encodeURIComponent(id)}/shell`,
  },
  containerGroups: {
    path: '/regions/:region/container-groups',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/container-groups`,
  },
  /** The Cloud Assistant command library. */
  commands: {
    path: '/regions/:region/commands',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/commands`,
  },
  /** The run form; a saved command and instances may be preselected. */
  runCommand: {
    path: '/regions/:region/commands/run',
    getHref: (region: string, preset: { commandId?: string; instanceIds?: readonly string[] } = {}) => {
      const query = new URLSearchParams();
      if (preset.commandId) query.set('commandId', preset.commandId);
      for (const id of preset.instanceIds ?? []) query.append('instanceId', id);
      const search = query.toString();
      return `/regions/${encodeURIComponent(region)}/commands/run${search ? `?${search}` : ''}`;
    },
  },
  invocations: {
    path: '/regions/:region/invocations',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/invocations`,
  },
  invocation: {
    path: '/regions/:region/invocations/:invokeId',
    getHref: (region: string, invokeId: string) =>
      `/regions/${encodeURIComponent(region)}/invocations/${encodeURIComponent(invokeId)}`,
  },
  rollouts: {
    path: '/regions/:region/rollouts',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/rollouts`,
  },
  rollout: {
    path: '/regions/:region/rollouts/:rolloutId',
    getHref: (region: string, rolloutId: string) =>
      `/regions/${encodeURIComponent(region)}/rollouts/${encodeURIComponent(rolloutId)}`,
  },
} as const;

/** The section of a region-scoped URL (the part after the region), kept when the region changes. */
export type RegionSection = 'instances' | 'container-groups' | 'commands' | 'invocations' | 'rollouts';

const sectionPaths: Record<RegionSection, (region: string) => string> = {
  instances: paths.instances.getHref,
  'container-groups': paths.containerGroups.getHref,
  commands: paths.commands.getHref,
  invocations: paths.invocations.getHref,
  rollouts: paths.rollouts.getHref,
};

export function regionSectionHref(region: string, section: RegionSection): string {
  return sectionPaths[section](region);
}

/** Which section a region-scoped pathname belongs to. */
export function regionSectionOf(pathname: string): RegionSection {
  const match = /^\/regions\/[^/]+\/([^/]+)/.exec(pathname);
  const segment = match?.[1];
  return segment === 'container-groups' || segment === 'commands' || segment === 'invocations' || segment === 'rollouts' ? segment : 'instances';
}
