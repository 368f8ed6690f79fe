import { Executor } from '../db/executor';

export type DatePrecision = 'day' | 'month' | 'year';

/** Events per date as the graph stores them, cut to a precision; `date` null counts the undated ones. */
export interface EventDateCounts {
  precision: DatePrecision;
  dates: { date: string | null; events: number }[];
}

/** The whole graph's events counted by date, for the timeline's "whole graph" view. */
export class EventDatesService {
  constructor(private readonly executor: Executor) {}

  async counts(precision: DatePrecision): Promise<EventDateCounts> {
    const rows = await this.executor.read('graph/event-dates', { precision });
    return { precision, dates: rows.map((r) => ({ date: r.date, events: r.events })) };
  }
}
