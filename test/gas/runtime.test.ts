import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from './environment';
import { MESSAGES } from './errors';

describe('fault injection', () => {
  it('maps fault kinds to Apps Script messages for the chosen service and method', () => {
    const env = createGasEnvironment();
    env.mailbox.addThread([{ subject: 'x' }]);
    const { GmailApp, SpreadsheetApp, PropertiesService } = env.globals;
    env.faults.inject({ service: 'gmail', method: 'search', error: 'rateLimit', times: 1 });
    expect(() => GmailApp.search('in:inbox')).toThrow(
      'Service invoked too many times in a short time: gmail. Try Utilities.sleep(1000) between calls.',
    );
    expect(GmailApp.search('in:inbox')).toHaveLength(1);
    env.faults.inject({ service: 'spreadsheet', error: 'simultaneous', times: 1 });
    expect(() => SpreadsheetApp.create('x')).toThrow('Too many simultaneous invocations: Spreadsheets');
    env.faults.inject({ service: 'gmail', error: 'dailyQuota' });
    expect(() => GmailApp.getUserLabels()).toThrow('Service invoked too many times for one day: gmail.');
    env.faults.clear();
    const handle = env.faults.inject({
      method: 'Properties.getProperty',
      error: 'internal',
      skip: 1,
      times: 1,
    });
    const props = PropertiesService.getScriptProperties();
    expect(props.getProperty('a')).toBeNull();
    expect(() => props.getProperty('a')).toThrow(MESSAGES.internal);
    expect(handle.fired).toBe(1);
    expect(env.faults.fired.map((f) => f.method)).toEqual([
      'GmailApp.search',
      'SpreadsheetApp.create',
      'GmailApp.getUserLabels',
      'Properties.getProperty',
    ]);
  });

  it('probabilistic faults are reproducible with a seed', () => {
    const pattern = (seed: number) => {
      const env = createGasEnvironment();
      const cache = env.globals.CacheService.getScriptCache();
      env.faults.inject({ service: 'cache', probability: 0.3, seed, error: 'internal' });
      return Array.from({ length: 40 }, () => {
        try {
          cache.get('k');
          return '.';
        } catch {
          return 'x';
        }
      }).join('');
    };
    expect(pattern(7)).toBe(pattern(7));
    expect(pattern(7)).not.toBe(pattern(8));
    expect(pattern(7)).toContain('x');
    expect(pattern(7)).toContain('.');
  });

  it('errors look like Apps Script exceptions', () => {
    const env = createGasEnvironment();
    env.faults.inject({ service: 'lock', error: 'lockTimeout' });
    let caught: unknown;
    try {
      env.globals.LockService.getScriptLock();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
    expect(String(caught)).toBe(`Exception: ${MESSAGES.lockTimeout}`);
  });
});

describe('execution time limit', () => {
  it('kills the execution once the clock passes start + limit', () => {
    const env = createGasEnvironment({ limitMs: 1000, costs: { gmail: 300 } });
    const { GmailApp } = env.globals;
    GmailApp.getUserLabels();
    GmailApp.getUserLabels();
    GmailApp.getUserLabels();
    GmailApp.getUserLabels();
    expect(() => GmailApp.getUserLabels()).toThrow(MESSAGES.executionTime);
    expect(env.execution.dead).toBe(true);
    expect(() => env.globals.PropertiesService.getScriptProperties()).toThrow(MESSAGES.executionTime);
    expect(env.newExecution().globals.GmailApp.getUserLabels()).toEqual([]);
  });

  it('uses the default limit of 6 minutes and per-service costs', () => {
    const env = createGasEnvironment();
    const start = env.clock.now();
    env.globals.SpreadsheetApp.create('a');
    env.globals.PropertiesService.getScriptProperties();
    expect(env.clock.now() - start).toBe(55);
    env.globals.Utilities.sleep(360_000);
    expect(() => env.globals.Session.getActiveUser()).toThrow(MESSAGES.executionTime);
  });
});

describe('call counting and logs', () => {
  it('counts every service call by service and by method', () => {
    const env = createGasEnvironment();
    const t = env.mailbox.addThread([{ subject: 'hello' }]);
    const { GmailApp, SpreadsheetApp, CardService } = env.globals;
    const thread = GmailApp.getThreadById(t.id);
    thread.addLabel(GmailApp.createLabel('Triage/Done'));
    thread.getMessages()[0]?.getSubject();
    SpreadsheetApp.create('Audit').getSheets()[0]?.getRange('A1').setValue(1);
    CardService.newCardBuilder();
    expect(env.calls.byService).toEqual({ gmail: 4, spreadsheet: 4 });
    expect(env.calls.count('GmailThread.addLabel')).toBe(1);
    expect(env.calls.byMethod['Range.setValue']).toBe(1);
    expect(env.calls.total()).toBe(8);
    expect(env.calls.total('gmail')).toBe(4);
    expect(env.calls.nonIo['CardService.newCardBuilder']).toBe(1);
    expect(env.calls.nonIo['GmailMessage.getSubject']).toBe(1);
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  it('captures console and Logger output for leak scans', () => {
    const env = createGasEnvironment();
    env.globals.console.log('scan %s done', 'abc');
    env.globals.console.error({ code: 'E1' });
    env.globals.Logger.log('Subject was %s', 'Refill for Jan');
    expect(env.logs.map((l) => [l.source, l.level, l.text])).toEqual([
      ['console', 'log', 'scan abc done'],
      ['console', 'error', '{"code":"E1"}'],
      ['Logger', 'info', 'Subject was Refill for Jan'],
    ]);
    expect(env.logText()).toContain('Refill for Jan');
    expect(env.globals.Logger.getLog()).toBe('Subject was Refill for Jan\n');
  });

  it('Session and ScriptApp follow the execution user', () => {
    const env = createGasEnvironment({ user: 'a@p.example' });
    const anon = env.newExecution({ user: '', effectiveUser: 'a@p.example' });
    expect(env.globals.Session.getActiveUser().getEmail()).toBe('a@p.example');
    expect(anon.globals.Session.getActiveUser().getEmail()).toBe('');
    expect(anon.globals.Session.getEffectiveUser().getEmail()).toBe('a@p.example');
    expect(env.globals.Session.getScriptTimeZone()).toBe('Europe/Amsterdam');
    const { ScriptApp } = env.globals;
    const trigger = ScriptApp.newTrigger('scanInbox').timeBased().everyMinutes(10).create();
    expect(trigger.getHandlerFunction()).toBe('scanInbox');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
    expect(() => ScriptApp.newTrigger('x').timeBased().everyMinutes(7)).toThrow(/everyMinutes/);
    ScriptApp.deleteTrigger(trigger);
    expect(env.triggers.records).toEqual([]);
    for (let i = 0; i < 20; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(1).create()).toThrow(
      MESSAGES.tooManyTriggers,
    );
    const addOn = createGasEnvironment({ addOnMode: true }).globals.ScriptApp;
    expect(() => addOn.newTrigger('scan').timeBased().everyMinutes(5).create()).toThrow(
      MESSAGES.addOnTriggerFrequency,
    );
    expect(addOn.newTrigger('scan').timeBased().everyHours(1).create().getHandlerFunction()).toBe('scan');
  });
});
