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
  containerGroups: {
    path: '/regions/:region/container-groups',
    getHref: (region: string) => `/regions/${encodeURIComponent(region)}/container-groups`,
  },
} as const;

/** The section of a region-scoped URL (the part after the region), kept when the region changes. */
export type RegionSection = 'instances' | 'container-groups';

export function regionSectionHref(region: string, section: RegionSection): string {
  return section === 'instances' ? paths.instances.getHref(region) : paths.containerGroups.getHref(region);
}
