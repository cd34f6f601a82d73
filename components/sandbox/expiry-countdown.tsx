"use client";

import { useRouter } from "next/navigation";
import { Countdown } from "@/components/ui/countdown";

/** Time left to pay on the hosted page; at zero the page is re-read and the server shows it expired. */
export function ExpiryCountdown({
  expiryAt,
  initialMs,
  label,
}: {
  expiryAt: string;
  initialMs: number;
  label: string;
}) {
  const router = useRouter();
  return (
    <p className="text-sm text-ink-muted">
      {label}:{" "}
      <Countdown
        until={expiryAt}
        initialMs={initialMs}
        onExpire={() => router.refresh()}
        className="font-mono text-base font-semibold text-ink"
        testId="countdown"
      />
    </p>
  );
}
