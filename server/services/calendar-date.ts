/**
 * An ISO date as precise as it is known (`2022`, `2022-06`, `2022-06-15`) that names a real day or month:
 * `2022-02-30` and `2022-13` are not dates (JavaScript's Date.parse rolls the first over into March).
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}
