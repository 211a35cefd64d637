import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import {
  activityFields,
  emptyActivity,
  emptyPurpose,
  purposeInput,
  recipientInput,
  retentionLinkInput,
  type Activity,
} from '../../../shared/contract';
import { formValues, schemaResolver } from '../../ui/forms';

// The form holds every field (the contract's defaults only serve callers that leave new ones out).
type Fields = z.output<typeof activityFields>;
export type ActivityOutput = z.output<typeof activityFields>;
export type PurposeForm = z.output<typeof purposeInput>;

/** The form's own shape: dates as text ('' = none), a retention row may not have its rule yet. */
export type ActivityForm = Omit<Fields, 'lastReviewedAt' | 'nextReviewAt' | 'retention'> & {
  lastReviewedAt: string;
  nextReviewAt: string;
  retention: { termId: number | null; retentionRuleId: number | null }[];
};

/** A new activity's form: the contract's empty activity with one purpose row to fill in. */
export const EMPTY: ActivityForm = {
  ...emptyActivity,
  purposes: [{ ...emptyPurpose }],
  lastReviewedAt: '',
  nextReviewAt: '',
};

export const FIELD_ROOTS = new Set(Object.keys(EMPTY));

/** A saved activity's form: its fields (rows without what only the record shows), dates as text. */
export function toForm(a: Activity): ActivityForm {
  return {
    ...(formValues(activityFields, a) as Fields),
    purposes: a.purposes.map((p) => formValues(purposeInput, p) as PurposeForm),
    recipients: a.recipients.map((r) => formValues(recipientInput, r)),
    retention: a.retention.map((r) => formValues(retentionLinkInput, r)),
    lastReviewedAt: a.lastReviewedAt ?? '',
    nextReviewAt: a.nextReviewAt ?? '',
  };
}

const PURPOSE_TEXTS = ['description', 'descriptionEn', 'legalBasisDetail', 'legalBasisDetailEn', 'liaText', 'liaTextEn'] as const;

const date = (s: string) => (s.trim() === '' ? null : s.trim());

/** Form values → activityFields input. Sub-fields that the choices make irrelevant are cleared. */
export function prepare(values: ActivityForm): unknown {
  return {
    ...values,
    // A purpose row left completely blank is not a purpose.
    purposes: values.purposes
      .filter((p) => PURPOSE_TEXTS.some((k) => p[k].trim() !== '') || p.moreBases.length > 0)
      // The main basis's scope only means something beside further bases.
      .map((p) => (p.moreBases.length > 0 ? p : { ...p, basisScopeSv: '', basisScopeEn: '' })),
    jointControllers: values.role === 'joint_controller' ? values.jointControllers : '',
    art10Basis: values.criminalData ? values.art10Basis : null,
    art10Note: values.criminalData ? values.art10Note : '',
    pnrJustification: values.personnummer ? values.pnrJustification : null,
    pnrNote: values.personnummer ? values.pnrNote : '',
    pnrNoteEn: values.personnummer ? values.pnrNoteEn : '',
    automatedDecisionsNote: values.automatedDecisions ? values.automatedDecisionsNote : '',
    // "No recipients" hides the list; the rows stay in the form until saved, then go.
    recipients: values.noRecipients
      ? []
      : values.recipients.map((r) => ({ ...r, subprocessorId: r.kind === 'processor' ? r.subprocessorId : null })),
    lastReviewedAt: date(values.lastReviewedAt),
    nextReviewAt: date(values.nextReviewAt),
  };
}

/**
 * The shared schema's resolver, plus "Fältet måste fyllas i." (instead of a generic "invalid")
 * on row pickers the user has not chosen yet: a retention row's rule, a transfer's country.
 */
export function activityResolver(): Resolver<ActivityForm, unknown, ActivityOutput> {
  const base = schemaResolver<ActivityForm, ActivityOutput>(activityFields, prepare);
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const errors = result.errors as FieldErrors<FieldValues>;
    const mark = (list: string, index: number, field: string) => {
      const bucket = (errors[list] ?? []) as unknown as Record<number, Record<string, unknown> | undefined>;
      bucket[index] = { ...(bucket[index] ?? {}), [field]: { type: 'required', message: 'v.required' } };
      (errors as Record<string, unknown>)[list] = bucket;
    };
    let patched = false;
    values.retention.forEach((r, i) => {
      if (r.retentionRuleId === null) {
        mark('retention', i, 'retentionRuleId');
        patched = true;
      }
    });
    values.transfers.forEach((x, i) => {
      if (x.country.trim() === '') {
        mark('transfers', i, 'country');
        patched = true;
      }
    });
    if (patched) return { values: {}, errors: errors as FieldErrors<ActivityForm> };
    return result;
  };
}

/** Which section of the form each field lives in (the completeness panel links to them). */
export const SECTION_OF: Record<string, string> = {
  refNo: 'basics',
  name: 'basics',
  nameEn: 'basics',
  description: 'basics',
  descriptionEn: 'basics',
  role: 'basics',
  jointControllers: 'basics',
  owner: 'basics',
  status: 'basics',
  purposes: 'purposes',
  dataSubjectTermIds: 'subjects',
  personalDataTermIds: 'subjects',
  specialCategories: 'sensitive',
  art9Conditions: 'sensitive',
  art9Note: 'sensitive',
  criminalData: 'sensitive',
  art10Basis: 'sensitive',
  art10Note: 'sensitive',
  personnummer: 'sensitive',
  pnrJustification: 'sensitive',
  pnrNote: 'sensitive',
  pnrNoteEn: 'sensitive',
  noRecipients: 'recipients',
  recipients: 'recipients',
  transfers: 'transfers',
  systemIds: 'systems',
  retention: 'retention',
  measureIds: 'security',
  securitySummary: 'security',
  dataSources: 'sources',
  dpiaStatus: 'dpia',
  dpiaCriteria: 'dpia',
  dpiaNote: 'dpia',
  volumeEstimate: 'other',
  childrenData: 'other',
  automatedDecisions: 'other',
  automatedDecisionsNote: 'other',
  lastReviewedAt: 'other',
  nextReviewAt: 'other',
};

export const SECTIONS = [
  'basics',
  'purposes',
  'subjects',
  'sensitive',
  'recipients',
  'transfers',
  'systems',
  'retention',
  'security',
  'sources',
  'dpia',
  'other',
] as const;
export type SectionKey = (typeof SECTIONS)[number];

export const sectionId = (key: string) => `activity-section-${key}`;
