/**
 * Fidelity cases of authorization: the add-on's OAuth scopes (its appsscript.json, which the
 * Google check project uses as its own) and the modes Google runs functions in.
 */
import { type FidelityCase, refusedWith } from './cases';

const REF = 'https://developers.google.com/apps-script/reference';
const LIFECYCLE =
  'https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes';
const ANNUAIRE = 'https://api-lannuaire.service-public.gouv.fr/api/explore/v2.1/catalog/datasets';

export const AUTHORIZATION_CASES: FidelityCase[] = [
  // ── Scopes granted by the add-on's manifest (FULL) ────────────────────────────────────
  {
    id: 'authorization/session-active-user',
    behaviour: 'Session.getActiveUser() runs under the manifest (it needs userinfo.email) and gives a string',
    reference: `${REF}/base/session#getActiveUser()`,
    context: 'editor',
    run: ({ Session }) => typeof Session.getActiveUser().getEmail(),
    expected: 'string',
  },
  {
    id: 'authorization/session-effective-user',
    behaviour: 'Session.getEffectiveUser() runs under the manifest (it needs userinfo.email)',
    reference: `${REF}/base/session#getEffectiveUser()`,
    context: 'editor',
    run: ({ Session }) => typeof Session.getEffectiveUser().getEmail(),
    expected: 'string',
  },
  {
    id: 'authorization/spreadsheets-currentonly',
    behaviour: 'spreadsheets.currentonly reaches the bound spreadsheet and its sheets',
    reference: `${REF}/spreadsheet/spreadsheet-app#getActive()`,
    context: 'editor',
    run: ({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActive();
      return spreadsheet !== null && spreadsheet.getSheets().length > 0;
    },
    expected: true,
  },
  {
    id: 'authorization/spreadsheet-owner-and-editors',
    behaviour:
      'the owner and the editors of the bound spreadsheet are read under spreadsheets.currentonly (sharing needs no Drive scope)',
    reference: `${REF}/spreadsheet/spreadsheet#getEditors()`,
    context: 'editor',
    run: ({ SpreadsheetApp }) => {
      const spreadsheet = SpreadsheetApp.getActive();
      return [typeof spreadsheet.getOwner()?.getEmail(), Array.isArray(spreadsheet.getEditors())];
    },
    expected: ['string', true],
  },
  {
    id: 'authorization/mail-quota',
    behaviour: 'MailApp runs under script.send_mail',
    reference: `${REF}/mail/mail-app#getRemainingDailyQuota()`,
    context: 'editor',
    run: ({ MailApp }) => typeof MailApp.getRemainingDailyQuota(),
    expected: 'number',
  },
  {
    id: 'authorization/documents-create',
    behaviour: 'DocumentApp.create runs under documents (creates « Vérification (à supprimer) » in Drive)',
    reference: `${REF}/document/document-app#create(String)`,
    context: 'editor',
    run: ({ DocumentApp }) => {
      const doc = DocumentApp.create('Vérification (à supprimer)');
      doc.saveAndClose();
      return typeof doc.getId();
    },
    expected: 'string',
  },
  {
    id: 'authorization/url-fetch-allowlist',
    behaviour: 'a URL outside the manifest’s urlFetchWhitelist is refused',
    reference: 'https://developers.google.com/apps-script/manifest/allowlist-url',
    context: 'editor',
    run: ({ UrlFetchApp }) => {
      try {
        UrlFetchApp.fetch('https://example.org/', { muteHttpExceptions: true });
        return 'fetched';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
  // ── LIMITED: the simple trigger onEdit(e) of a bound script ───────────────────────────
  {
    id: 'authorization/limited-document',
    behaviour: 'in LIMITED (onEdit), the bound document can be read and written',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: (_services, { scratchSheet }) => {
      const cell = scratchSheet().getRange('B2');
      cell.setValue('écrit par onEdit');
      return cell.getValue();
    },
    expected: 'écrit par onEdit',
  },
  {
    id: 'authorization/limited-document-properties',
    behaviour: 'in LIMITED (onEdit), document properties can be read and written',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: ({ PropertiesService }) => {
      const properties = PropertiesService.getDocumentProperties();
      properties.setProperty('fidelity.limited', 'oui');
      const read = properties.getProperty('fidelity.limited');
      properties.deleteProperty('fidelity.limited');
      return read;
    },
    expected: 'oui',
  },
  {
    id: 'authorization/limited-active-user',
    behaviour: 'in LIMITED (onEdit), Session.getActiveUser() answers (its e-mail may be blank)',
    reference: `${REF}/base/session#getActiveUser()`,
    context: 'onEdit',
    run: ({ Session }) => typeof Session.getActiveUser().getEmail(),
    expected: 'string',
  },
  {
    id: 'authorization/limited-url-fetch',
    behaviour: 'in LIMITED (onEdit), UrlFetchApp is refused',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: ({ UrlFetchApp }) => {
      try {
        UrlFetchApp.fetch(ANNUAIRE, { muteHttpExceptions: true });
        return 'fetched';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
  {
    id: 'authorization/limited-sidebar',
    behaviour: 'in LIMITED (onEdit), a sidebar cannot be shown',
    reference: `${REF}/base/ui#showSidebar(Object)`,
    context: 'onEdit',
    run: ({ SpreadsheetApp, HtmlService }) => {
      try {
        SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>Vérification</p>'));
        return 'shown';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
  {
    id: 'authorization/limited-mail',
    behaviour: 'in LIMITED (onEdit), MailApp is refused',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: ({ MailApp }) => {
      try {
        MailApp.getRemainingDailyQuota();
        return 'allowed';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
  {
    id: 'authorization/limited-documents',
    behaviour: 'in LIMITED (onEdit), DocumentApp cannot create a Doc',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: ({ DocumentApp }) => {
      try {
        DocumentApp.create('Vérification (à supprimer)');
        return 'created';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
  {
    id: 'authorization/limited-triggers',
    behaviour: 'in LIMITED (onEdit), ScriptApp’s triggers are refused',
    reference: LIFECYCLE,
    context: 'onEdit',
    run: ({ ScriptApp }) => {
      try {
        ScriptApp.getProjectTriggers();
        return 'allowed';
      } catch (error) {
        return refusedWith(error);
      }
    },
    expected: 'refused',
  },
];
