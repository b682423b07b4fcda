/**
 * An amount of euros as people type it: "2500", "2,500", "€2,500", "2 500.50", "EUR 2500". Returns
 * null for anything else (letters, two decimal points, a negative amount).
 */
export function parseAmount(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/^(€|eur|euro|euros)\s*/i, '')
    .replace(/\s*(€|eur|euro|euros)$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d{1,2})?$|^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  const value = Number(cleaned.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
