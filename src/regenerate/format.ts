export function formatPlan(result: unknown): string {
  return JSON.stringify(result, null, 2);
}
