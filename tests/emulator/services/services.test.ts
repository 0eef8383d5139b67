import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src/local/emulator/services';
import { testContext } from './context';

describe('createServices: all the services over one context', () => {
  it('builds every global, counts calls into one log, and round-trips its state through JSON', () => {
    const { ctx } = testContext();
    const bundle = createServices(ctx, { docsPerDay: 5 });
    const g = bundle.globals;
    g.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    g.DocumentApp.create('Lettre').getBody().appendParagraph('Bonjour');
    g.MailApp.sendEmail('a@example.fr', 's', 'b');
    g.ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(7).create();
    g.LockService.getDocumentLock().tryLock(0);
    g.Utilities.formatDate(new Date(0), 'UTC', 'yyyy');
    expect(ctx.calls.count('DocumentApp.create')).toBe(1);
    expect(ctx.calls.count('Utilities.formatDate')).toBe(1);

    const json = JSON.parse(JSON.stringify(bundle.toJSON()));
    expect(Object.keys(json).sort()).toEqual(
      [
        'DocumentApp',
        'LockService',
        'MailApp',
        'PropertiesService',
        'ScriptApp',
        'Session',
        'Utilities',
      ].sort(),
    );
    const again = createServices(ctx, { docsPerDay: 5 }, json);
    expect(again.globals.PropertiesService.getDocumentProperties().getProperty('k')).toBe('v');
    expect(again.services.DocumentApp.documents()[0]!.text).toBe('\nBonjour');
    expect(again.services.MailApp.sent()).toHaveLength(1);
    expect(again.globals.ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(again.services.DocumentApp.remainingCreates()).toBe(4);
  });

  it('boundToDocument: false makes both getDocumentLock and getDocumentProperties null', () => {
    const { ctx } = testContext();
    const { globals } = createServices(ctx, { boundToDocument: false });
    expect(globals.LockService.getDocumentLock()).toBeNull();
    expect(globals.PropertiesService.getDocumentProperties()).toBeNull();
  });
});
