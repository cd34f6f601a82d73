import { getTranslations } from "next-intl/server";
import { SimulateButtons } from "./simulate-buttons";

const PANEL = "flex flex-col gap-4 rounded-card border border-dashed border-accent-400 bg-accent-100/40 p-4";

/**
 * The three simulate buttons, plus the sandbox's switch to lose the callback on purpose. Beside a
 * wallet or card form they start folded away, so the form's own "Pay" is the one button in view.
 */
export async function SimulateForm({
  token,
  action,
  expiryOnly = false,
  collapsed = false,
}: {
  token: string;
  action: (formData: FormData) => Promise<void>;
  expiryOnly?: boolean;
  collapsed?: boolean;
}) {
  const t = await getTranslations("sandbox.controls");
  const intro = t("intro");
  const form = (
    <form action={action} className="flex flex-col gap-4">
      <input type="hidden" name="token" value={token} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="dropCallback" className="size-4 accent-brand-700" />
        {t("dropCallback")}
      </label>
      <SimulateButtons expiryOnly={expiryOnly} />
    </form>
  );
  if (collapsed) {
    return (
      <details className={PANEL}>
        <summary className="cursor-pointer text-base font-semibold">{t("heading")}</summary>
        <p className="text-sm text-ink-muted">{intro}</p>
        {form}
      </details>
    );
  }
  return (
    <section className={PANEL} aria-labelledby="sandbox-controls">
      <div>
        <h2 id="sandbox-controls" className="text-base font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-ink-muted">{intro}</p>
      </div>
      {form}
    </section>
  );
}
