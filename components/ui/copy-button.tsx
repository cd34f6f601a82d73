"use client";

import { useState } from "react";
import { buttonSecondary } from "@/components/ui/styles";

/**
 * Copies `value` (a VA number, an amount, a link); says so out loud for screen readers. The words
 * default to English for the sandbox's page; the shop passes its own, already translated.
 */
export function CopyButton({
  value,
  label,
  text = "Copy",
  copiedText = "Copied",
  failedText = "Select the number to copy it",
}: {
  value: string;
  /** The button's accessible name, e.g. "Copy virtual account number". */
  label: string;
  text?: string;
  copiedText?: string;
  failedText?: string;
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // Clipboard access can be refused (permissions, insecure origin): the text stays selectable.
      setState("failed");
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={buttonSecondary} onClick={copy} aria-label={label}>
        {text}
      </button>
      <span aria-live="polite" className="text-sm text-ink-muted">
        {state === "copied" ? copiedText : state === "failed" ? failedText : ""}
      </span>
    </span>
  );
}
