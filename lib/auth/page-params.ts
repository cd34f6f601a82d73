import { z } from "zod";
import { queryValue } from "@/lib/bounds";

/** Query of /signin and /signup. Anything malformed (e.g. a repeated parameter) is just ignored. */
export const AuthPageParams = z.object({
  callbackUrl: queryValue(2000),
  error: queryValue(50),
});

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
