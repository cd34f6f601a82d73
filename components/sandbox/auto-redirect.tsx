"use client";

import { useEffect, useState } from "react";

/** Sends the shopper back to the merchant after a few seconds, counting down visibly. */
export function AutoRedirect({ to, seconds }: { to: string; seconds: number }) {
  const [left, setLeft] = useState(seconds);

  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => {
      const remaining = seconds - Math.floor((Date.now() - started) / 1000);
      setLeft(Math.max(0, remaining));
      if (remaining <= 0) {
        window.clearInterval(timer);
        window.location.replace(to);
      }
    }, 250);
    return () => window.clearInterval(timer);
  }, [to, seconds]);

  return (
    <p className="text-sm text-ink-muted" aria-live="polite">
      Returning you to the merchant in {left} second{left === 1 ? "" : "s"}…
    </p>
  );
}
