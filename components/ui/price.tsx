import { formatRupiah } from "@/lib/money";

export function Price({ amount, className }: { amount: number; className?: string }) {
  return <span className={`tabular-nums ${className ?? ""}`}>{formatRupiah(amount)}</span>;
}
