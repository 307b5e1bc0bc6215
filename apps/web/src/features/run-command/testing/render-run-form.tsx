import { useLocation } from 'react-router';
import { renderApp } from '../../../testing/render-app.tsx';
import { RunCommandForm } from '../components/run-command-form.tsx';
import type { RunPreset } from '../run-form-values.ts';

function Landed() {
  const { pathname } = useLocation();
  return <p>Landed on {pathname}</p>;
}

/** The run form at its route, with the pages a successful run navigates to standing in as text. */
export function renderRunForm(preset: RunPreset, canOperate = true) {
  return renderApp(null, {
    url: '/regions/cn-hangzhou/commands/run',
    routes: [
      { path: '/regions/:region/commands/run', element: <RunCommandForm region="cn-hangzhou" preset={preset} canOperate={canOperate} /> },
      { path: '/regions/:region/invocations/:invokeId', element: <Landed /> },
      { path: '/regions/:region/rollouts/:rolloutId', element: <Landed /> },
    ],
  });
}
