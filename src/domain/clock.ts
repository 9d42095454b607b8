/** Time enters the application through this, so tests and the scheduler can set it. */
export interface Clock {
  now(): Date;
}
