import type { ServiceName } from './errors';

export interface CallRecord {
  service: ServiceName;
  method: string;
  at: number;
  execution: number;
}

export class CallLog {
  byService: Partial<Record<ServiceName, number>> = {};
  byMethod: Record<string, number> = {};
  nonIo: Record<string, number> = {};
  records: CallRecord[] = [];

  record(service: ServiceName, method: string, at: number, execution: number): void {
    this.byService[service] = (this.byService[service] ?? 0) + 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
    this.records.push({ service, method, at, execution });
  }

  recordNonIo(method: string): void {
    this.nonIo[method] = (this.nonIo[method] ?? 0) + 1;
  }

  total(service?: ServiceName): number {
    if (service) return this.byService[service] ?? 0;
    return this.records.length;
  }

  count(method: string): number {
    return this.byMethod[method] ?? 0;
  }

  reset(): void {
    this.byService = {};
    this.byMethod = {};
    this.nonIo = {};
    this.records = [];
  }
}
