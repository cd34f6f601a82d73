import type { HTMLAttributes } from "react";
import { formatRupiah } from "@/lib/money";

export function Price({ amount, className, ...rest }: { amount: number } & HTMLAttributes<HTMLSpanElement>) {
  return (
    <span className={`tabular-nums ${className ?? ""}`} {...rest}>
      {formatRupiah(amount)}
    </span>
  );
}
