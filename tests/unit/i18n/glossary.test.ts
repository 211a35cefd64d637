// One word per term: the UI, the workbook and the documents take the shared terms from
// shared/glossary.ts, so an agreement status or a role reads the same everywhere.
import { describe, expect, it } from 'vitest';
import { agreementWords } from '../../../electron/core/agreements/agreement.words';
import { agreementsSheet } from '../../../electron/core/workbook/sheets';
import { workbookWords } from '../../../electron/core/workbook/workbook.words';
import { AGREEMENT_STATUSES } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import { glossary } from '../../../shared/glossary';
import { resources } from '../../../renderer/i18n/index';

const header = (key: string) => agreementsSheet.columns.find((c) => c.key === key)!.header;

describe.each(['sv', 'en'] as const)('the glossary in %s', (lang) => {
  it('gives the agreement statuses the same words in the UI and the workbook', () => {
    const ui = resources[lang].translation as Record<string, string>;
    for (const status of AGREEMENT_STATUSES) {
      const word = glossary.agreementStatus[status][lang];
      expect(ui[`agreements.status.${status}`], status).toBe(word);
      expect(workbookWords[lang].agreementStatus[status], status).toBe(word);
    }
    expect(header('sentOn')[lang]).toBe(glossary.agreementStatus.sent[lang]);
    expect(header('signedOn')[lang]).toBe(glossary.agreementStatus.signed[lang]);
    expect(header('terminatedOn')[lang]).toBe(glossary.agreementStatus.terminated[lang]);
  });

  it('gives the roles the same words in the labels and the PUB-avtal', () => {
    expect(enumLabel('activityRole', 'controller', lang)).toBe(glossary.controller[lang]);
    expect(enumLabel('activityRole', 'joint_controller', lang)).toBe(glossary.jointController[lang]);
    expect(enumLabel('recipientKind', 'processor', lang)).toBe(glossary.processor[lang]);
    expect(agreementWords[lang].controller).toBe(glossary.controller[lang]);
    expect(agreementWords[lang].processor).toBe(glossary.processor[lang]);
    expect(agreementWords[lang].title).toBe(glossary.dataProcessingAgreement[lang]);
  });
});

it('uses the UI’s status words (product.md: utkast → skickat → signerat → uppsagt / ersatt)', () => {
  expect(Object.values(glossary.agreementStatus).map((s) => s.sv)).toEqual(['Utkast', 'Skickat', 'Signerat', 'Uppsagt', 'Ersatt']);
});
