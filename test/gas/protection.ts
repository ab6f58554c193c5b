import { type Box } from './a1';
import { GasObject, type Execution } from './execution';
import { FakeRange, type RangeApi } from './range';
import { emailOfUser, FakeUser, type UserApi } from './session';
import type { Faked } from './types';
import type { ProtectionRecord, SheetRecord } from './workbook';
import { gasEnum } from './types';

export const ProtectionType = gasEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);

export type ProtectionApi = Faked<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'setDescription'
  | 'getDescription'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'removeEditors'
  | 'getEditors'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'canEdit'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'remove'
  | 'getRange'
  | 'getProtectionType'
  | 'setUnprotectedRanges'
  | 'getUnprotectedRanges'
>;

export function protectionBlocks(record: ProtectionRecord, user: string, sheet: SheetRecord): boolean {
  if (record.warningOnly || !record.customized) return false;
  return user !== sheet.workbook.owner && !record.editors.has(user);
}

export function protectionBox(record: ProtectionRecord, sheet: SheetRecord): Box {
  return record.box ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns };
}

export class FakeProtection extends GasObject implements ProtectionApi {
  constructor(
    exec: Execution,
    private readonly sheet: SheetRecord,
    readonly record: ProtectionRecord,
  ) {
    super(exec, 'spreadsheet', 'Protection');
  }

  private edit(method: string, fn: (r: ProtectionRecord) => void): this {
    return this.io(method, () => {
      if (!this.sheet.workbook.protections.includes(this.record))
        this.fail('This protection has been removed.');
      fn(this.record);
      return this;
    });
  }

  setDescription(description: string): this {
    return this.edit('setDescription', (r) => (r.description = description));
  }

  getDescription(): string {
    return this.io('getDescription', () => this.record.description);
  }

  addEditor(user: string | UserApi): this {
    return this.edit('addEditor', (r) => {
      r.customized = true;
      r.editors.add(emailOfUser(user));
    });
  }

  addEditors(emails: string[]): this {
    return this.edit('addEditors', (r) => {
      r.customized = true;
      for (const e of emails) r.editors.add(e);
    });
  }

  removeEditor(user: string | UserApi): this {
    return this.edit('removeEditor', (r) => {
      r.customized = true;
      const email = emailOfUser(user);
      if (email !== this.sheet.workbook.owner) r.editors.delete(email);
    });
  }

  removeEditors(users: Array<string | UserApi>): this {
    return this.edit('removeEditors', (r) => {
      r.customized = true;
      for (const user of users) {
        const email = emailOfUser(user);
        if (email !== this.sheet.workbook.owner) r.editors.delete(email);
      }
    });
  }

  getEditors(): FakeUser[] {
    return this.io('getEditors', () => [...this.record.editors].sort().map((e) => new FakeUser(e)));
  }

  setWarningOnly(warningOnly: boolean): this {
    return this.edit('setWarningOnly', (r) => (r.warningOnly = warningOnly));
  }

  isWarningOnly(): boolean {
    return this.io('isWarningOnly', () => this.record.warningOnly);
  }

  canEdit(): boolean {
    return this.io('canEdit', () => !protectionBlocks(this.record, this.exec.effectiveUser, this.sheet));
  }

  canDomainEdit(): boolean {
    return this.io('canDomainEdit', () => this.record.domainEdit);
  }

  setDomainEdit(editable: boolean): this {
    return this.edit('setDomainEdit', (r) => {
      r.customized = true;
      r.domainEdit = editable;
    });
  }

  remove(): void {
    this.io('remove', () => {
      const list = this.sheet.workbook.protections;
      const index = list.indexOf(this.record);
      if (index >= 0) list.splice(index, 1);
    });
  }

  getRange(): FakeRange {
    return this.io(
      'getRange',
      () => new FakeRange(this.exec, this.sheet, protectionBox(this.record, this.sheet)),
    );
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.io('getProtectionType', () => ProtectionType[this.record.type]);
  }

  setUnprotectedRanges(ranges: RangeApi[]): this {
    return this.edit('setUnprotectedRanges', (r) => {
      r.unprotected = ranges.map((range) => {
        if (!(range instanceof FakeRange)) this.fail('Invalid argument: ranges');
        return range.box;
      });
    });
  }

  getUnprotectedRanges(): FakeRange[] {
    return this.io('getUnprotectedRanges', () =>
      this.record.unprotected.map((b) => new FakeRange(this.exec, this.sheet, b)),
    );
  }
}
