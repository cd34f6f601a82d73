"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { buttonDanger, buttonPrimary, buttonSecondary } from "@/components/ui/styles";

/**
 * The sandbox's stand-ins for the bank: each button settles the payment one way. Disabled while
 * one is being handled, so a double click cannot settle it twice.
 */
export function SimulateButtons({ expiryOnly }: { expiryOnly: boolean }) {
  const { pending } = useFormStatus();
  const t = useTranslations("sandbox.controls");
  return (
    <div className="flex flex-wrap gap-3">
      {!expiryOnly && (
        <>
          <button type="submit" name="outcome" value="SUCCESS" className={buttonPrimary} disabled={pending}>
            {t("pay")}
          </button>
          <button
            type="submit"
            name="outcome"
            value="FAILED"
            className={`${buttonDanger} border border-danger-700/30`}
            disabled={pending}
          >
            {t("fail")}
          </button>
        </>
      )}
      <button type="submit" name="outcome" value="EXPIRED" className={buttonSecondary} disabled={pending}>
        {t("expire")}
      </button>
    </div>
  );
}
