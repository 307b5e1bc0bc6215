import { useEffect } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { regionSectionHref, regionSectionOf } from '../../config/paths.ts';
import { RegionPicker } from '../../features/regions/components/region-picker.tsx';
import { isRegionId, rememberRegion } from '../../features/regions/last-region.ts';
import { AppFrame } from './app-frame.tsx';
import { NotFoundRoute } from './not-found.tsx';
import { useRegionParam } from './route-params.ts';

/** Everything under /regions/:region: the shell with the region picker, and the page in it. */
export function RegionShell() {
  const region = useRegionParam();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const section = regionSectionOf(pathname);
  const valid = isRegionId(region);

  useEffect(() => {
    if (valid) rememberRegion(region);
  }, [region, valid]);

  if (!valid) {
    return (
      <AppFrame>
        <NotFoundRoute />
      </AppFrame>
    );
  }
  return (
    <AppFrame
      region={region}
      section={section}
      // An instance belongs to one region, so a new region shows the section's list, not the same page.
      regionPicker={<RegionPicker value={region} onChange={(next) => void navigate(regionSectionHref(next, section))} />}
    >
      <Outlet />
    </AppFrame>
  );
}
