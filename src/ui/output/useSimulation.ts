import { useEffect, useMemo, useState } from 'react';
import type { Design, SimulateResult } from '../../core';
import { simulateSample } from '../../state/codeSimulation';
import { defaultRequest, samplesFor, type SimulationView } from '../../state/derived';
import { useAppStore } from '../../state/store';

const DEFAULT_OUTCOME = { result: {} };

/** The simulation view with the core's whole result (the lifecycle reads more of it than the tab). */
export interface SimulationAnswer extends Omit<SimulationView, 'result'> {
  result?: SimulateResult;
}

/**
 * The simulation of a method's chosen sample, computed in a worker (state/offThread: a runaway
 * template costs the simulator about a second). While a newer answer is on its way the last one
 * for the same method stays shown, marked `pending`. `channel` separates callers that ask with
 * different designs at the same time (the lifecycle follows typing once it pauses).
 */
export function useSimulation(
  channel: string,
  design: Design,
  methodIndex: number | undefined,
  enabled = true,
): SimulationAnswer | undefined {
  const available = useAppStore((s) => s.coreOutputs.simulate !== undefined);
  const chosen = useAppStore((s) => s.selectedSample);
  const method = methodIndex === undefined ? undefined : design.methods[methodIndex];
  const inputs = useMemo(() => {
    if (!method) return undefined;
    const { key, selected } = samplesFor(design, method, chosen);
    return {
      design,
      key,
      sample: selected,
      request: selected?.request ?? defaultRequest(method),
      lambda: selected?.lambda ?? DEFAULT_OUTCOME,
    };
    // The sample's own objects keep their identity while unchanged, so equal inputs stay equal.
  }, [design, method, chosen]);
  const [answer, setAnswer] = useState<{ inputs: typeof inputs; view: SimulationAnswer } | undefined>();

  useEffect(() => {
    if (!enabled || !inputs || !available) return;
    let live = true;
    // A sample that runs the function's code needs the Lambda runner's worker too.
    void simulateSample(channel, inputs.design, inputs.key, inputs.request, inputs.lambda).then((result) => {
      if (live && result) setAnswer({ inputs, view: { method: inputs.key, sample: inputs.sample, result } });
    });
    return () => {
      live = false;
    };
  }, [channel, enabled, inputs, available]);

  if (!inputs) return undefined;
  if (answer?.inputs === inputs) return answer.view;
  const last = answer?.view.method === inputs.key ? answer.view.result : undefined;
  return { method: inputs.key, sample: inputs.sample, result: last, pending: available };
}
