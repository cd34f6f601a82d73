import { getTranslations } from "next-intl/server";

/** A pull payment the partner is still working on: nothing for the shopper to do but wait. */
export async function ProcessingNotice() {
  const t = await getTranslations("sandbox.outcome");
  return (
    <div className="rounded-lg bg-warning-50 px-4 py-3 text-warning-700">
      <h2 className="text-lg font-semibold">{t("processingHeading")}</h2>
      <p className="text-sm">{t("processing")}</p>
    </div>
  );
}
