import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { getTerminal } from '../api/get-terminal.ts';
import { addOpenTerminal } from './open-terminals-store.ts';

/**
 * `?open=<terminalId>`: a terminal reserved by another page (the container groups' "Open shell") is
 * added to this tab's list, then the parameter is dropped so a reload does not add it again.
 */
export function useAdoptTerminal(): void {
  const [params, setParams] = useSearchParams();
  const terminalId = params.get('open');
  useEffect(() => {
    if (!terminalId) return;
    let cancelled = false;
    void getTerminal(terminalId)
      .then((terminal) => {
        if (!cancelled) addOpenTerminal(terminal);
      })
      // An unknown or foreign id opens nothing; the workspace shows the shells it has.
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setParams((current) => {
          current.delete('open');
          return current;
        }, { replace: true });
      });
    return () => {
      cancelled = true;
    };
  }, [terminalId, setParams]);
}
