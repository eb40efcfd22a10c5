/** A calendar date as written in the text (no time zone conversion). */
export interface WrittenDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The part of the input that was read as the date. */
  readonly text: string;
  /** Where that part starts in the input. */
  readonly index: number;
}
