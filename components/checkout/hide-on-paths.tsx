"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** Renders its (server-made) children except on the given paths and below them. */
export function HideOnPaths({ prefixes, children }: { prefixes: readonly string[]; children: ReactNode }) {
  const pathname = usePathname();
  const hidden = prefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  return hidden ? null : children;
}
