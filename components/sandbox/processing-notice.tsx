/** A pull payment the partner is still working on: nothing for the shopper to do but wait. */
export function ProcessingNotice() {
  return (
    <div className="rounded-lg bg-warning-50 px-4 py-3 text-warning-700">
      <h2 className="text-lg font-semibold">Payment processing</h2>
      <p className="text-sm">
        The wallet is still processing this payment. The merchant is told as soon as it is done; you can close
        this page.
      </p>
    </div>
  );
}
