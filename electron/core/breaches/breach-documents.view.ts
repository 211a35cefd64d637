// The breach documents' facts, read from the register: the breach (breachesService), our profile
// and logo, the vocabulary terms in the document's language, and for a customer notice the
// customer, its agreement and which of its services are among the breach's. The pure builders in
// documents/breach-notice.model.ts make the view; the templates render it.
import { Packer } from 'docx';
import type { AffectedCustomer, Breach } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { organisationLogo } from '../change-notices/notice-letter.view';
import { breachCustomerNoticeDocx } from '../documents/breach-customer-notice.docx';
import { breachImyDraftDocx } from '../documents/breach-imy-draft.docx';
import {
  buildCustomerNoticeView,
  buildImyDraftView,
  buildSubjectNoticeView,
  type BreachDocFacts,
  type BreachDocKind,
  type BreachDocView,
  type CustomerNoticeFacts,
} from '../documents/breach-notice.model';
import { breachSubjectNoticeDocx } from '../documents/breach-subject-notice.docx';
import { processorRegisterService } from '../services/processor-register.service';
import { stockholmDate, type Session } from '../session';
import { vocabulariesService } from '../vocabularies/vocabularies.service';

/** The terms' labels in `lang`, in the breach's order (archived terms too: the breach still names them). */
function termLabels(session: Session, ids: readonly number[], lang: Language): string[] {
  if (ids.length === 0) return [];
  const terms = new Map(
    session
      .use(vocabulariesService)
      .list(undefined, true)
      .map((t) => [t.id, t]),
  );
  return ids.flatMap((id) => {
    const t = terms.get(id);
    if (!t) return [];
    return [lang === 'en' && t.labelEn.trim() !== '' ? t.labelEn : t.labelSv];
  });
}

export function breachDocFacts(session: Session, breach: Breach, lang: Language): BreachDocFacts {
  const { name, legalForm, orgNr, address, email, phone, website, dpo } = session.organisation.get();
  const generatedAt = session.now();
  return {
    lang,
    generatedAt,
    date: stockholmDate(new Date(generatedAt)),
    organisation: { name, legalForm, orgNr, address, email, phone, website, dpo },
    logo: organisationLogo(session),
    breach,
    subjectTerms: termLabels(session, breach.fields.subjectTermIds, lang),
    dataTerms: termLabels(session, breach.fields.dataTermIds, lang),
  };
}

/**
 * The customer's services among the breach's: those it subscribed to when we became aware or
 * subscribes to today (the processor register for that customer on those days).
 */
function customerServices(session: Session, breach: Breach, customerId: number): string[] {
  const wanted = new Set(breach.services.map((s) => s.id));
  if (wanted.size === 0) return [];
  const register = session.use(processorRegisterService);
  const days = [...new Set([stockholmDate(new Date(breach.fields.discoveredAt)), session.today()])];
  const found = new Set<number>();
  for (const onDate of days)
    for (const e of register.list({ customerId, onDate }).entries) if (e.customerId === customerId) found.add(e.serviceId);
  return breach.services.filter((s) => found.has(s.id)).map((s) => s.name);
}

export function customerNoticeFacts(session: Session, breach: Breach, affected: AffectedCustomer, lang: Language): CustomerNoticeFacts {
  return {
    ...breachDocFacts(session, breach, lang),
    customer: session.customers.get(affected.customerId),
    agreement: affected.agreement ? { reference: affected.agreement.reference } : null,
    services: customerServices(session, breach, affected.customerId),
  };
}

/** The view of one document; for a customer notice, `affected` is the customer's row of the breach. */
export function breachDocumentView(
  session: Session,
  breach: Breach,
  document: BreachDocKind,
  lang: Language,
  affected?: AffectedCustomer,
): BreachDocView {
  if (document === 'customerNotice') {
    if (!affected) throw new Error('A customer notice needs its customer.');
    return buildCustomerNoticeView(customerNoticeFacts(session, breach, affected, lang));
  }
  const facts = breachDocFacts(session, breach, lang);
  return document === 'imyDraft' ? buildImyDraftView(facts) : buildSubjectNoticeView(facts);
}

export async function renderBreachDocument(view: BreachDocView): Promise<Buffer> {
  const doc =
    view.kind === 'customerNotice'
      ? breachCustomerNoticeDocx(view)
      : view.kind === 'imyDraft'
        ? breachImyDraftDocx(view)
        : breachSubjectNoticeDocx(view);
  return Packer.toBuffer(doc);
}
