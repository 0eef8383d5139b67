/**
 * HtmlService reading a project file: the add-on's rarely used features are such files, read and
 * evaluated by the executions that need them (src/server/parts.ts, part-loader.ts).
 */
import type { FidelityCase } from './cases';
import { PROJECT_FILES } from './project-files';

export const HTML_CASES: FidelityCase[] = [
  {
    id: 'html/project-file-read-and-evaluated',
    behaviour:
      'createHtmlOutputFromFile(name).getContent() gives a project HTML file back exactly as written, and new Function evaluates that text as script in the global scope',
    reference: 'https://developers.google.com/apps-script/reference/html/html-output#getContent()',
    context: 'addon',
    run: ({ HtmlService }) => {
      const text = HtmlService.createHtmlOutputFromFile('FidelityPart').getContent();
      const part = new Function([text, 'return FidelityPart'].join('\n'))() as { answer(): string };
      return { same: text === PROJECT_FILES.FidelityPart, answer: part.answer() };
    },
    expected: { same: true, answer: '<b> &amp; </script> été 2' },
  },
  {
    id: 'html/missing-project-file',
    behaviour:
      'createHtmlOutputFromFile throws for a file the project does not hold (a push that left a part out)',
    reference:
      'https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String)',
    context: 'editor',
    run: ({ HtmlService }) => {
      try {
        HtmlService.createHtmlOutputFromFile('NoSuchFidelityFile');
        return 'read';
      } catch {
        return 'thrown';
      }
    },
    expected: 'thrown',
  },
];
