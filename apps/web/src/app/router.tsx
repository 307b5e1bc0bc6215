import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { SignInPage } from '../features/auth/components/sign-in-page.tsx';
import { AccountRoute } from './routes/account.tsx';
import { AdminAuditRoute } from './routes/admin-audit.tsx';
import { AdminUsersRoute } from './routes/admin-users.tsx';
import { CommandsRoute } from './routes/commands.tsx';
import { ContainerGroupsRoute } from './routes/container-groups.tsx';
import { HomeRedirect } from './routes/home-redirect.tsx';
import { InstanceConsoleRoute } from './routes/instance-console.tsx';
import { InstanceOverviewRoute } from './routes/instance-overview.tsx';
import { InstanceScreenshotRoute } from './routes/instance-screenshot.tsx';
import { InstanceShellRoute } from './routes/instance-shell.tsx';
import { InstanceRoute } from './routes/instance.tsx';
import { InstancesRoute } from './routes/instances.tsx';
import { InvocationRoute } from './routes/invocation.tsx';
import { InvocationsRoute } from './routes/invocations.tsx';
import { MySharesRoute } from './routes/my-shares.tsx';
import { NotFoundRoute } from './routes/not-found.tsx';
import { PageShell } from './routes/page-shell.tsx';
import { RecordingRoute } from './routes/recording.tsx';
import { RecordingsRoute } from './routes/recordings.tsx';
import { RegionShell } from './routes/region-shell.tsx';
import { RequireRole } from './routes/require-role.tsx';
import { RequireSession } from './routes/require-session.tsx';
import { RolloutRoute } from './routes/rollout.tsx';
import { RolloutsRoute } from './routes/rollouts.tsx';
import { RunCommandRoute } from './routes/run-command.tsx';
import { RouteError } from './routes/route-error.tsx';
import { SharedViewRoute } from './routes/shared-view.tsx';
import { TerminalsRoute } from './routes/terminals.tsx';

/** Pages for admins only; others see "Not allowed". */
const adminRoutes: RouteObject[] = [
  { path: paths.adminUsers.path, element: <AdminUsersRoute /> },
  { path: paths.adminAudit.path, element: <AdminAuditRoute /> },
];

export const appRoutes: RouteObject[] = [
  {
    errorElement: <RouteError />,
    children: [
      { path: paths.signIn.path, element: <SignInPage /> },
      // A shared link decides itself who may see it: public links work signed out.
      { path: paths.sharedView.path, element: <SharedViewRoute /> },
      {
        // Everything else needs a session.
        element: <RequireSession />,
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
                  { path: 'screenshot', element: <InstanceScreenshotRoute /> },
                  { path: 'shell', element: <InstanceShellRoute /> },
                ],
              },
              { path: 'container-groups', element: <ContainerGroupsRoute /> },
              { path: 'invocations', element: <InvocationsRoute /> },
              { path: 'invocations/:invokeId', element: <InvocationRoute /> },
              { path: 'rollouts', element: <RolloutsRoute /> },
              { path: 'rollouts/:rolloutId', element: <RolloutRoute /> },
              { path: 'commands', element: <CommandsRoute /> },
              { path: 'commands/run', element: <RunCommandRoute /> },
            ],
          },
          {
            element: <PageShell />,
            children: [
              { path: paths.account.path, element: <AccountRoute /> },
              { path: paths.shares.path, element: <MySharesRoute /> },
              { path: paths.recordings.path, element: <RecordingsRoute /> },
              { path: paths.recording.path, element: <RecordingRoute /> },
              { path: paths.terminals.path, element: <TerminalsRoute /> },
              { element: <RequireRole role="admin" />, children: adminRoutes },
              { path: '*', element: <NotFoundRoute /> },
            ],
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
