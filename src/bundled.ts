import type { Catalog } from "./catalog/types.js";

/**
 * Data the published build embeds at its entry point (the catalog, validated
 * when the package was built; the install leftovers). In a clone both are
 * absent and read from data/.
 */
export const bundled: { catalog?: () => Catalog; leftovers?: { names: string[] } } = {};
