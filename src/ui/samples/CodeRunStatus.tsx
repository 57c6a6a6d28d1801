import { useEffect, useState } from 'react';
import { stopCode, useCodeRun } from '../../state/codeSimulation';
import './runCode.css';

/** "Running the function's code… 0.4 s of 1 s" with Stop, while code runs. */
export function CodeRunStatus() {
  const running = useCodeRun((s) => s.running);
  const [, tick] = useState(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => tick((n) => n + 1), 100);
    return () => clearInterval(timer);
  }, [running]);
  if (!running) return <div role="status" className="run-code-status" />;
  const elapsed = Math.min(performance.now() - running.startedAt, running.timeLimitMs) / 1000;
  return (
    <div role="status" className="run-code-status">
      <span>
        Running the function’s code… {elapsed.toFixed(1)} s of {(running.timeLimitMs / 1000).toFixed(1)} s
      </span>{' '}
      <button type="button" onClick={stopCode}>
        Stop
      </button>
    </div>
  );
}
