// What the attention list (issue 17) needs to know of the service catalogue: an active service
// that lacks mandatory details (the completeness check of the service page). The agreements'
// Annex 1 and the Art. 30(2) register are built from them.
import type { Words } from '../../../shared/glossary';
import { missingInWords } from '../activities/activities.attention';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import { servicesService } from './services.service';

const sv = {
  incomplete: (list: string) =>
    `Obligatoriska uppgifter saknas: ${list}. PUB-avtalens bilaga 1 och registret över behandlingar som biträde (artikel 30.2) hämtar dem från tjänsten.`,
  and: 'och',
  more: (n: number) => `${n} till`,
  // By the completeness check's message keys (services/service-completeness.ts).
  fields: {
    'c.service.subjectMatter': 'föremålet för behandlingen',
    'c.service.purpose': 'ändamålet',
    'c.service.nature': 'behandlingens art',
    'c.service.processingTermIds': 'kategorier av behandling',
    'c.service.personalDataTermIds': 'kategorier av personuppgifter',
    'c.service.dataSubjectTermIds': 'kategorier av registrerade',
    'c.service.endOfContractAction': 'vad som händer med uppgifterna när avtalet upphör',
    'c.service.measureIds': 'en genomförd säkerhetsåtgärd',
    'c.service.retentionRuleId': 'gallringsregel',
  },
  otherField: 'en uppgift',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    incomplete: (list) =>
      `Mandatory details are missing: ${list}. The agreements' Annex 1 and the record of processing as a processor (Article 30(2)) take them from the service.`,
    and: 'and',
    more: (n) => `${n} more`,
    fields: {
      'c.service.subjectMatter': 'the subject matter of the processing',
      'c.service.purpose': 'the purpose',
      'c.service.nature': 'the nature of the processing',
      'c.service.processingTermIds': 'categories of processing',
      'c.service.personalDataTermIds': 'categories of personal data',
      'c.service.dataSubjectTermIds': 'categories of data subjects',
      'c.service.endOfContractAction': 'what happens to the data when the contract ends',
      'c.service.measureIds': 'an implemented security measure',
      'c.service.retentionRuleId': 'retention rule',
    },
    otherField: 'a detail',
  },
};

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const facts: AttentionFact[] = [];
  for (const s of ctx.session.use(servicesService).list()) {
    const missing = s.completeness.missing;
    if (s.status !== 'active' || missing.length === 0) continue;
    facts.push({
      kind: 'service.incomplete',
      record: `service:${s.id}`,
      subject: s.name,
      dueOn: null,
      text: w.incomplete(missingInWords(missing, w)),
      // The first missing field, as the service form and the agreement preflight name it.
      fix: { kind: 'service', id: s.id, field: missing[0]!.field },
      facts: { missing: missing.map((m) => m.field) },
    });
  }
  return facts;
}

export const servicesAttention: AttentionSource = {
  kinds: ['service.incomplete'],
  collect,
};
