"use client";

import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";

/** Copies the virtual-account number; says so out loud for screen readers. */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the number stays selectable.
      setState("failed");
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" className={buttonSecondary} onClick={copy} aria-label={label}>
        Copy
      </button>
      <span aria-live="polite" className="text-sm text-ink-muted">
        {state === "copied" ? "Copied" : state === "failed" ? "Select the number to copy it" : ""}
      </span>
    </span>
  );
}
