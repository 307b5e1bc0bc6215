import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useIntentToken } from '../../../hooks/use-intent-token.ts';
import { useRerunInvocation } from '../api/rerun-invocation.ts';

/**
 * Confirm, then re-run on the failed instances. The ClientToken belongs to the intent "re-run these
 * instances", not to a click: a double click, a retry after an error, or re-opening the dialog after
 * a lost reply all send the same token, so the cloud starts the run at most once. A different set of
 * failed instances is a new intent with a new token, and so is anything after a success.
 */
export function useRerunFlow(region: string, invokeId: string, failedInstanceIds: readonly string[]) {
  const navigate = useNavigate();
  const mutation = useRerunInvocation(region, invokeId);
  const intent = useIntentToken();
  const [open, setOpen] = useState(false);
  const tokenTargets = useRef<string | null>(null);
  // The mutation reports pending only after a render; a second click in the same frame must see it at once.
  const inFlight = useRef(false);
  const targets = [...failedInstanceIds].sort().join(',');

  const start = () => {
    mutation.reset();
    if (tokenTargets.current !== targets) {
      intent.renew();
      tokenTargets.current = targets;
    }
    setOpen(true);
  };
  const confirm = () => {
    if (inFlight.current) return;
    inFlight.current = true;
    mutation.mutate(
      { clientToken: intent.take(), only: 'failed' },
      {
        onSettled: () => {
          inFlight.current = false;
        },
        onSuccess: (result) => {
          intent.renew();
          setOpen(false);
          if (result.invokeId) void navigate(paths.invocation.getHref(region, result.invokeId));
        },
      },
    );
  };

  return {
    open,
    start,
    confirm,
    cancel: () => setOpen(false),
    submitting: mutation.isPending,
    error: mutation.error,
  };
}
