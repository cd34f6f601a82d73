"use client";

import { useEffect, useRef, useState } from "react";

export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/**
 * Time left until `until` (ISO), ticking each second. The first render uses `initialMs` (the
 * server's figure) when given, so the HTML and the hydrated page agree; otherwise a placeholder.
 */
export function Countdown({
  until,
  initialMs,
  onExpire,
  className,
  testId,
  expiredText = "expired",
  urgent,
}: {
  until: string;
  initialMs?: number;
  onExpire?: () => void;
  className?: string;
  testId?: string;
  /** Shown after the time once the time left is under `belowMs`: "Less than 2 minutes left". */
  urgent?: { belowMs: number; text: string };
  expiredText?: string;
}) {
  const [remaining, setRemaining] = useState<number | null>(initialMs ?? null);
  const expired = useRef(onExpire);
  useEffect(() => {
    expired.current = onExpire;
  });

  useEffect(() => {
    const end = Date.parse(until);
    const tick = () => {
      const left = end - Date.now();
      setRemaining(left);
      if (left <= 0) {
        window.clearInterval(timer);
        expired.current?.();
      }
    };
    const timer = window.setInterval(tick, 1000);
    tick();
    return () => window.clearInterval(timer);
  }, [until]);

  const hurry = urgent && remaining !== null && remaining > 0 && remaining < urgent.belowMs;
  return (
    <>
      <time role="timer" dateTime={until} className={`tabular-nums ${className ?? ""}`} data-testid={testId}>
        {remaining === null ? "--:--" : remaining > 0 ? formatRemaining(remaining) : expiredText}
      </time>
      {urgent && (
        <span role="status" className="font-semibold text-danger-700">
          {hurry ? ` ${urgent.text}` : ""}
        </span>
      )}
    </>
  );
}
