import { SimulateButtons } from "./simulate-buttons";

/** The three simulate buttons, plus the sandbox's switch to lose the callback on purpose. */
export function SimulateForm({
  token,
  action,
  expiryOnly = false,
}: {
  token: string;
  action: (formData: FormData) => Promise<void>;
  expiryOnly?: boolean;
}) {
  return (
    <form
      action={action}
      className="flex flex-col gap-4 rounded-card border border-dashed border-accent-400 bg-accent-100/40 p-4"
    >
      <div>
        <h2 className="text-base font-semibold">Sandbox controls</h2>
        <p className="text-sm text-ink-muted">
          Nothing is paid here. Pretend to be the bank: settle this payment one way or another.
        </p>
      </div>
      <input type="hidden" name="token" value={token} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="dropCallback" className="size-4 accent-brand-700" />
        Don&apos;t send the callback
      </label>
      <SimulateButtons expiryOnly={expiryOnly} />
    </form>
  );
}
