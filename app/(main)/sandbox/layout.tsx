import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { IntlIsland } from "@/components/ui/intl-island";
import { requireSandboxMode } from "@/lib/sandbox/next";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sandbox.meta");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function SandboxLayout({ children }: { children: ReactNode }) {
  // Whether the sandbox exists is configuration, read per request, never at build time.
  await connection();
  requireSandboxMode();
  // Its own frame, not the shop's; long unbroken words (names, references, URLs) wrap in it.
  return (
    <main
      id="main"
      className="mx-auto w-full min-w-0 max-w-6xl flex-1 px-4 py-6 [overflow-wrap:anywhere] sm:py-10"
    >
      {/* The sandbox's few client islands (buttons, countdowns, forms) read its words. */}
      <IntlIsland namespaces={["sandbox"]}>{children}</IntlIsland>
    </main>
  );
}
