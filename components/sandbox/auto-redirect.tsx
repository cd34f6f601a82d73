"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/** Sends the shopper back to the merchant after a few seconds, counting down visibly. */
export function AutoRedirect({ to, seconds }: { to: string; seconds: number }) {
  const t = useTranslations("sandbox.outcome");
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
      {t("returning", { seconds: left })}
    </p>
  );
}
