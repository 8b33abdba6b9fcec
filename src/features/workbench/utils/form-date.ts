import type { DateBasis, DatePrecision } from '@/corpus/primitives';

/** A date as a form holds it while it is typed: the value, how precise, on what basis, and how. */
export interface FormDate {
  value: string;
  precision: DatePrecision;
  basis: DateBasis;
  note: string;
}
