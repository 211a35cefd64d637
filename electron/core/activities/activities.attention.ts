// What the attention list (issue 17) needs to know of the processing activities: a review that is
// due (its next review date) and the mandatory details an activity lacks, from the same
// completeness check the activity page shows. Archived activities are left out.
import type { Completeness } from '../../../shared/contract';
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import { activitiesService } from './activities.service';

/** How many missing details a text names before it says how many more there are. */
const NAMED = 4;

const sv = {
  review: (on: string) =>
    `Behandlingen ska granskas (granskningsdatum ${on}). Läs igenom beskrivningen och se efter vad som har ändrats sedan förra granskningen, till exempel ändamål, uppgifter, mottagare och system. Ange sedan nästa granskningsdatum.`,
  incomplete: (list: string) =>
    `Obligatoriska uppgifter saknas: ${list}. Fyll i dem så att registret över behandlingar är fullständigt (artikel 30.1).`,
  and: 'och',
  more: (n: number) => `${n} till`,
  // By the completeness check's message keys (activities/completeness.ts).
  fields: {
    'c.name': 'namn',
    'c.jointControllers': 'gemensamt personuppgiftsansvariga',
    'c.purposes': 'ändamål',
    'c.liaText': 'intresseavvägning',
    'c.legalBasisDetail': 'lagen som den rättsliga grunden vilar på',
    'c.basisScope': 'vad den rättsliga grunden omfattar',
    'c.dataSubjects': 'kategorier av registrerade',
    'c.personalData': 'kategorier av personuppgifter',
    'c.art9Condition': 'undantag enligt artikel 9.2',
    'c.art10Basis': 'stöd för uppgifter om lagöverträdelser',
    'c.pnrJustification': 'motivering för personnummer',
    'c.recipients': 'mottagare',
    'c.transferMechanism': 'överföringsmekanism',
    'c.transferNoAdequacy': 'giltigt stöd för överföringen',
    'c.transferSafeguards': 'skyddsåtgärder för överföringen',
    'c.retention': 'gallringsfrist',
    'c.security': 'säkerhetsåtgärder',
    'c.dpiaScreening': 'bedömning av om en konsekvensbedömning behövs',
    'c.owner': 'ansvarig',
    'c.nextReview': 'nästa granskningsdatum',
  },
  otherField: 'en uppgift',
};

const words: Words<typeof sv> = {
  sv,
  en: {
    review: (on) =>
      `The activity is due for review (review date ${on}). Read through its description and check what has changed since the last review, such as purposes, data, recipients and systems. Then set the next review date.`,
    incomplete: (list) =>
      `Mandatory details are missing: ${list}. Fill them in so the record of processing activities is complete (Article 30(1)).`,
    and: 'and',
    more: (n) => `${n} more`,
    fields: {
      'c.name': 'name',
      'c.jointControllers': 'joint controllers',
      'c.purposes': 'purposes',
      'c.liaText': 'legitimate interests assessment',
      'c.legalBasisDetail': 'the law the legal basis rests on',
      'c.basisScope': 'what the legal basis covers',
      'c.dataSubjects': 'categories of data subjects',
      'c.personalData': 'categories of personal data',
      'c.art9Condition': 'an Article 9(2) condition',
      'c.art10Basis': 'the basis for criminal-offence data',
      'c.pnrJustification': 'the justification for personal identity numbers',
      'c.recipients': 'recipients',
      'c.transferMechanism': 'a transfer mechanism',
      'c.transferNoAdequacy': 'a valid basis for the transfer',
      'c.transferSafeguards': 'safeguards for the transfer',
      'c.retention': 'retention',
      'c.security': 'security measures',
      'c.dpiaScreening': 'the screening for whether a DPIA is needed',
      'c.owner': 'owner',
      'c.nextReview': 'next review date',
    },
    otherField: 'a detail',
  },
};

/** "a, b, c och 2 till": the missing details in words, each once, the first few named. */
export function missingInWords(
  missing: Completeness['missing'],
  w: { and: string; more: (n: number) => string; fields: Readonly<Record<string, string>>; otherField: string },
): string {
  const fields: Readonly<Record<string, string | undefined>> = w.fields;
  const names = [...new Set(missing.map((m) => fields[m.message] ?? w.otherField))];
  const shown = names.length > NAMED + 1 ? [...names.slice(0, NAMED), w.more(names.length - NAMED)] : names;
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} ${w.and} ${shown.at(-1)!}`;
}

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const facts: AttentionFact[] = [];
  const { items } = ctx.session.use(activitiesService).list({ query: '', includeArchived: false });
  for (const a of items) {
    if (a.status === 'archived') continue;
    const record = `activity:${a.id}`;
    if (a.nextReviewAt !== null) {
      facts.push({
        kind: 'activity.review',
        record,
        subject: a.name,
        dueOn: a.nextReviewAt,
        text: w.review(a.nextReviewAt),
        fix: { kind: 'activity', id: a.id, field: 'nextReviewAt' },
        facts: { nextReviewAt: a.nextReviewAt },
      });
    }
    const missing = a.completeness.missing;
    if (missing.length > 0) {
      facts.push({
        kind: 'activity.incomplete',
        record,
        subject: a.name,
        dueOn: null,
        text: w.incomplete(missingInWords(missing, w)),
        // The first missing field, as the activity page and the preflight name it.
        fix: { kind: 'activity', id: a.id, field: missing[0]!.field },
        facts: { missing: missing.map((m) => m.field) },
      });
    }
  }
  return facts;
}

export const activitiesAttention: AttentionSource = {
  kinds: ['activity.review', 'activity.incomplete'],
  collect,
};
