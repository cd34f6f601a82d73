import "server-only";
import { env, EnvError } from "./env";

/**
 * Called once when a server starts: a bad or missing environment variable stops start-up with a
 * message naming it, instead of failing on some later request.
 */
export function checkConfiguration(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
}
