"use client";

import { useFormStatus } from "react-dom";
import { buttonDanger, buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/**
 * The sandbox's stand-ins for the bank: each button settles the payment one way. Disabled while
 * one is being handled, so a double click cannot settle it twice.
 */
export function SimulateButtons({ expiryOnly }: { expiryOnly: boolean }) {
  const { pending } = useFormStatus();
  return (
    <div className="flex flex-wrap gap-3">
      {!expiryOnly && (
        <>
          <button type="submit" name="outcome" value="SUCCESS" className={buttonPrimary} disabled={pending}>
            Simulate payment
          </button>
          <button
            type="submit"
            name="outcome"
            value="FAILED"
            className={`${buttonDanger} border border-danger-700/30`}
            disabled={pending}
          >
            Simulate failure
          </button>
        </>
      )}
      <button type="submit" name="outcome" value="EXPIRED" className={buttonSecondary} disabled={pending}>
        Simulate expiry
      </button>
    </div>
  );
}
