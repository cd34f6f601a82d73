import type { Metadata } from "next";
import type { ReactNode } from "react";
import { requireSandboxMode } from "@/lib/sandbox/next";

export const metadata: Metadata = {
  title: "Sandbox payment",
  robots: { index: false, follow: false },
};

export default function SandboxLayout({ children }: { children: ReactNode }) {
  requireSandboxMode();
  return children;
}
