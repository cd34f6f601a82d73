"use client";

import { useEffect, useState } from "react";

function remaining(until: number, now: number): string {
  const seconds = Math.max(0, Math.floor((until - now) / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, "0");
  const ss = String(s).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Time left until `until` (ISO). Rendered after hydration only: the server's clock is not the shopper's. */
export function Countdown({ until }: { until: string }) {
  const end = Date.parse(until);
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, []);
  if (now === null) return <span className="tabular-nums">--:--</span>;
  if (now >= end) return <span>Time is up</span>;
  return (
    <span role="timer" className="tabular-nums">
      {remaining(end, now)}
    </span>
  );
}
