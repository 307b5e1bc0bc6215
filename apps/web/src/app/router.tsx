import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { ContainerGroupsRoute } from './routes/container-groups.tsx';
import { HomeRedirect } from './routes/home-redirect.tsx';
import { InstanceConsoleRoute } from './routes/instance-console.tsx';
import { InstanceOverviewRoute } from './routes/instance-overview.tsx';
import { InstanceRoute } from './routes/instance.tsx';
import { InstancesRoute } from './routes/instances.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { RegionShell } from './routes/region-shell.tsx';
import { RouteError } from './routes/route-error.tsx';

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.home.path, element: <HomeRedirect /> },
      {
        path: '/regions/:region',
        element: <RegionShell />,
        children: [
          { index: true, element: <Navigate to="instances" replace /> },
          { path: 'instances', element: <InstancesRoute /> },
          {
            path: 'instances/:id',
            element: <InstanceRoute />,
            children: [
              { index: true, element: <InstanceOverviewRoute /> },
              { path: 'console', element: <InstanceConsoleRoute /> },
            ],
          },
          { path: 'container-groups', element: <ContainerGroupsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
