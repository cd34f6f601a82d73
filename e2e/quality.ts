import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The WCAG 2.2 AA rules axe checks (A and AA of 2.0, 2.1 and 2.2). */
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** No axe violation at WCAG 2.2 AA on the page as it stands; the failure names each one. */
export async function expectAccessible(page: Page, label = page.url()) {
  // Next streams a dynamic page's metadata after its body: axe must not run before the <title>.
  await expect(page, `the title of ${label}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(" | ")}`,
  );
  expect(found, `axe violations on ${label}`).toEqual([]);
}

/** The page does not scroll sideways at the current viewport width. */
export async function expectNoSideScroll(page: Page, label = page.url()) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${label} is ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(
    clientWidth,
  );
}

/** A phone's width (iPhone 12–15) and the narrowest we promise. */
export const PHONE = { width: 390, height: 844 };
export const NARROW = { width: 360, height: 740 };
