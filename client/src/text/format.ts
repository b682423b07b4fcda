// Dates and amounts as people in Ireland read them.

/** "9 Mar 2021" from an ISO date or date-time; the text itself when it is not a date. */
export function formatDate(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-IE', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "2 Dec" for a calendar day (YYYY-MM-DD) of this year, "2 Dec 2025" for another year's. */
export function formatDay(day: string, today: string = new Date().toISOString().slice(0, 10)): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-IE', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...(day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' }),
  });
}

/** "€1,500": whole euros. */
export function formatMoney(value: number): string {
  return new Intl.NumberFormat('en-IE', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}

/** "1 member", "1,020 members": a count and its noun, the number grouped in thousands. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
