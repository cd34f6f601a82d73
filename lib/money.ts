/**
 * Money is always an integer number of rupiah. Formatting goes through one Intl formatter so the
 * server's HTML and the browser's re-renders print the same text ("Rp 150.000").
 */
const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`Not a whole rupiah amount: ${amount}`);
  return rupiah.format(amount);
}

/** Multiplies a unit price by a quantity, refusing anything that is not exact integer money. */
export function lineTotal(unitPrice: number, quantity: number): number {
  const total = unitPrice * quantity;
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError("Line total out of range");
  return total;
}

export function sumRupiah(amounts: readonly number[]): number {
  const total = amounts.reduce((sum, amount) => sum + amount, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError("Total out of range");
  return total;
}
