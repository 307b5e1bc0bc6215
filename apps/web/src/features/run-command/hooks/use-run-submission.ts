import { useRef, useState } from 'react';
import type { CreateRolloutBody, RunCommandBody } from '@porthole/contract';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths.ts';
import { useIntentToken } from '../../../hooks/use-intent-token.ts';
import { useCreateRollout } from '../api/create-rollout.ts';
import { useRunCommand } from '../api/run-command.ts';

export type RunRequest = { kind: 'run'; body: RunCommandBody } | { kind: 'rollout'; body: CreateRolloutBody };

/**
 * Review, then submit, once. The idempotency token is made when the review opens and sent with every
 * retry and double click of that review, so the cloud starts one invocation however often the request
 * arrives; only a success or a change to the form starts a new intent with a new token.
 */
export function useRunSubmission(region: string) {
  const navigate = useNavigate();
  const intent = useIntentToken();
  const run = useRunCommand(region);
  const rollout = useCreateRollout(region);
  const [reviewing, setReviewing] = useState(false);
  const [dryRunPassed, setDryRunPassed] = useState<number | null>(null);
  // The mutation reports pending only after a render; a second click in the same frame must see it at once.
  const inFlight = useRef(false);

  const review = () => {
    intent.take();
    run.reset();
    rollout.reset();
    setDryRunPassed(null);
    setReviewing(true);
  };
  const formChanged = () => {
    intent.renew();
    setDryRunPassed(null);
  };
  const submit = (build: (clientToken: string) => RunRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    const settled = () => {
      inFlight.current = false;
    };
    const request = build(intent.take());
    if (request.kind === 'rollout') {
      rollout.mutate(request.body, {
        onSettled: settled,
        onSuccess: (detail) => {
          intent.renew();
          void navigate(paths.rollout.getHref(region, detail.rollout.id));
        },
      });
      return;
    }
    run.mutate(request.body, {
      onSettled: settled,
      onSuccess: (result) => {
        intent.renew();
        setReviewing(false);
        if (result.invokeId && !result.dryRun) void navigate(paths.invocation.getHref(region, result.invokeId));
        else setDryRunPassed(result.instanceCount);
      },
    });
  };

  return {
    reviewing,
    review,
    cancel: () => setReviewing(false),
    formChanged,
    submit,
    pending: run.isPending || rollout.isPending,
    error: run.error ?? rollout.error,
    dryRunPassed,
  };
}
