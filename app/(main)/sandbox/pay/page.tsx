import { connection } from "next/server";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HostedPayment } from "@/components/sandbox/hosted-payment";
import { loadPaymentPage, PageToken } from "@/lib/sandbox/hosted-page";
import { requireSandboxMode } from "@/lib/sandbox/next";
import { chooseBank, chooseMethod, payByCard, simulate, walletOtp, walletPhone } from "./actions";

type Props = { searchParams: Promise<{ token?: string | string[]; error?: string | string[] }> };

export default async function SandboxPaymentPage({ searchParams }: Props) {
  await connection();
  const deps = requireSandboxMode();
  const { token: rawToken, error } = await searchParams;
  const token = PageToken.safeParse(rawToken);
  if (!token.success) notFound();
  const page = await loadPaymentPage(deps, token.data);
  if (!page) notFound();
  const t = await getTranslations("sandbox");
  return (
    <HostedPayment
      page={page}
      now={deps.now()}
      actions={{ chooseBank, chooseMethod, simulate, walletPhone, walletOtp, card: payByCard }}
      errors={{
        bank: error === "choose-bank" ? t("banks.missing") : undefined,
        method: error === "choose-method" ? t("methods.missing") : undefined,
      }}
    />
  );
}
