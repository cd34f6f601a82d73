import { getTranslations } from "next-intl/server";
import { buttonSecondary } from "@/components/ui/styles";
import { signInWithProviderAction } from "@/lib/auth/form-actions";

const NAMES = { github: "GitHub", google: "Google" } as const;

/** One button per configured provider; nothing at all when none is configured. */
export async function OAuthButtons({
  providers,
  callbackUrl,
}: {
  providers: readonly (keyof typeof NAMES)[];
  callbackUrl: string;
}) {
  if (providers.length === 0) return null;
  const t = await getTranslations("auth.signIn");
  return (
    <div className="flex flex-col gap-2 border-t border-surface-line pt-4">
      {providers.map((provider) => (
        <form key={provider} action={signInWithProviderAction}>
          <input type="hidden" name="provider" value={provider} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={`${buttonSecondary} w-full`}>
            {t("withProvider", { provider: NAMES[provider] })}
          </button>
        </form>
      ))}
    </div>
  );
}
