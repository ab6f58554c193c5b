export class FakeClock {
  private ms: number;

  constructor(start: number | Date | string = Date.UTC(2025, 0, 15, 8, 0, 0)) {
    this.ms = new Date(start).getTime();
  }

  now(): number {
    return this.ms;
  }

  date(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): number {
    if (ms > 0) this.ms += ms;
    return this.ms;
  }

  set(to: number | Date | string): void {
    this.ms = new Date(to).getTime();
  }
}

export function makeClockDate(clock: FakeClock): DateConstructor {
  const RealDate = Date;
  function ClockDate(this: unknown, ...args: unknown[]): Date | string {
    if (!new.target) return new RealDate(clock.now()).toString();
    const ctorArgs = args.length === 0 ? [clock.now()] : args;
    return Reflect.construct(RealDate, ctorArgs, new.target) as Date;
  }
  // Sharing the prototype keeps `instanceof Date` true for dates made by the fakes and by the bundle.
  ClockDate.prototype = RealDate.prototype;
  Object.assign(ClockDate, { now: () => clock.now(), parse: RealDate.parse, UTC: RealDate.UTC });
  return ClockDate as unknown as DateConstructor;
}
