"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

function format(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (value: number) => String(value).padStart(2, "0");
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}

/**
 * Time left to pay, ticking each second. The first render uses the server's figure so the HTML
 * and the hydrated page agree; at zero the page is re-read, and the server shows it expired.
 */
export function ExpiryCountdown({ expiryAt, initialMs }: { expiryAt: string; initialMs: number }) {
  const router = useRouter();
  const [remaining, setRemaining] = useState(initialMs);

  useEffect(() => {
    const end = Date.parse(expiryAt);
    const tick = () => {
      const left = end - Date.now();
      setRemaining(left);
      if (left <= 0) {
        window.clearInterval(timer);
        router.refresh();
      }
    };
    const timer = window.setInterval(tick, 1000);
    tick();
    return () => window.clearInterval(timer);
  }, [expiryAt, router]);

  return (
    <p className="text-sm text-ink-muted">
      Time left to pay:{" "}
      <time
        dateTime={expiryAt}
        className="font-mono text-base font-semibold tabular-nums text-ink"
        data-testid="countdown"
      >
        {remaining > 0 ? format(remaining) : "expired"}
      </time>
    </p>
  );
}
