import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireSandboxMode } from "@/lib/sandbox/next";

export const metadata: Metadata = {
  title: "Sandbox payment",
  robots: { index: false, follow: false },
};

export default async function SandboxLayout({ children }: { children: ReactNode }) {
  // Whether the sandbox exists is configuration, read per request, never at build time.
  await connection();
  requireSandboxMode();
  return children;
}
