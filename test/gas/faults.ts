import { faultMessage, type FaultKind, type ServiceName } from './errors';
import { seededRng, type Rng } from './rng';

export interface FaultSpec {
  service?: ServiceName;
  method?: string;
  probability?: number;
  times?: number;
  skip?: number;
  seed?: number;
  error: FaultKind | string;
}

export interface FaultHandle {
  readonly spec: FaultSpec;
  fired: number;
  remove(): void;
}

export interface FiredFault {
  service: ServiceName;
  method: string;
  message: string;
  at: number;
}

interface ActiveFault extends FaultHandle {
  seen: number;
  rng: Rng;
}

const KINDS: readonly string[] = [
  'dailyQuota',
  'rateLimit',
  'simultaneous',
  'lockTimeout',
  'internal',
  'notFound',
];

export class Faults {
  private active: ActiveFault[] = [];
  readonly fired: FiredFault[] = [];

  constructor(private rng: Rng) {}

  seed(seed: number): void {
    this.rng = seededRng(seed);
  }

  inject(spec: FaultSpec): FaultHandle {
    const fault: ActiveFault = {
      spec,
      fired: 0,
      seen: 0,
      rng: spec.seed === undefined ? this.rng : seededRng(spec.seed),
      remove: () => {
        this.active = this.active.filter((f) => f !== fault);
      },
    };
    this.active.push(fault);
    return fault;
  }

  clear(): void {
    this.active = [];
  }

  check(service: ServiceName, method: string, at: number): string | undefined {
    for (const fault of this.active) {
      const { spec } = fault;
      if (spec.service && spec.service !== service) continue;
      if (spec.method && spec.method !== method && !method.endsWith(`.${spec.method}`)) continue;
      if (fault.fired >= (spec.times ?? Infinity)) continue;
      fault.seen += 1;
      if (fault.seen <= (spec.skip ?? 0)) continue;
      if (spec.probability !== undefined && fault.rng() >= spec.probability) continue;
      fault.fired += 1;
      const message = KINDS.includes(spec.error)
        ? faultMessage(spec.error as FaultKind, service)
        : spec.error;
      this.fired.push({ service, method, message, at });
      return message;
    }
    return undefined;
  }
}
