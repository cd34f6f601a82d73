import type { Metadata } from "next";
import { connection } from "next/server";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ThreeDsChallenge } from "@/components/sandbox/three-ds-challenge";
import { awaitsThreeDs, loadPaymentPage, pagePath } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";
import { authenticate } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sandbox.meta");
  return { title: t("threeDsTitle") };
}

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function SandboxThreeDsPage({ searchParams }: Props) {
  await connection();
  const deps = requireSandboxMode();
  const { token } = await searchParams;
  if (typeof token !== "string") notFound();
  const page = await loadPaymentPage(deps, token);
  if (!page) notFound();
  // Nothing to authenticate (not a card, or already settled): the payment page says what it is.
  if (!awaitsThreeDs(page)) redirect(pagePath(token));
  return <ThreeDsChallenge page={page} action={authenticate} />;
}
