/** What is wrong with one field of one instance of a prediction request. */
export interface FieldProblem {
  /** Index of the instance in the request (0 for the flat `/predict` body). */
  readonly instance: number;
  readonly field: string;
  readonly problem: 'missing' | 'type' | 'not_finite' | 'unknown_category' | 'unknown_field' | 'not_object';
  /** What the signature expects, for the message. */
  readonly expected?: string;
}
