import { Navigate } from 'react-router';
import { defaultRegion, paths } from '../../config/paths.ts';
import { getLastRegion } from '../../features/regions/last-region.ts';

export function HomeRedirect() {
  return <Navigate replace to={paths.instances.getHref(getLastRegion() ?? defaultRegion)} />;
}
