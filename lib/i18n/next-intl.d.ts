import type { Messages } from "./catalogue";
import type { Locale } from "./locales";

// Typed keys: `t("missing")` fails the typecheck.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
