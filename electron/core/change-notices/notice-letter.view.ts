// One change-notice letter: what it is built from is read from the register here (the notice and
// the customer's row of it, the organisation, the customer's address, the agreement template's
// sub-processor clause, the letter's texts), turned into a view-model by the pure builder in
// documents/notice-letter.model.ts and rendered by documents/notice-letter.docx.ts.
import crypto from 'node:crypto';
import { Packer } from 'docx';
import type { ChangeNotice, NoticeRecipient } from '../../../shared/contract';
import type { Language } from '../../../shared/messages';
import { agreementTemplateService } from '../agreements/agreement-template.service';
import type { DocLogo } from '../documents/model';
import { mergedNoticeLettersDocx, noticeLetterDocx } from '../documents/notice-letter.docx';
import { buildNoticeLetterView, type NoticeLetterFacts, type NoticeLetterView } from '../documents/notice-letter.model';
import { processorRegisterService } from '../services/processor-register.service';
import type { Session } from '../session';
import { noticeLetterService } from './notice-letter.service';
import { noticeLetterWords } from './notice-letter.words';

/** The agreement template's clause on sub-processors: its number in the agreement and its title in `lang`. */
export function subprocessorClause(session: Session, lang: Language): { number: number; title: string } | null {
  const clauses = session.use(agreementTemplateService).get().clauses;
  const index = clauses.findIndex((c) => c.code === 'subprocessors');
  if (index < 0) return null;
  const c = clauses[index]!;
  const title = (lang === 'en' && c.titleEn.trim() !== '' ? c.titleEn : c.titleSv).trim();
  return { number: index + 1, title };
}

/** The organisation's logo as a document takes it; null without one. */
export function organisationLogo(session: Session): DocLogo | null {
  const meta = session.organisation.get().logo;
  const data = meta ? session.organisation.getLogo() : null;
  if (!meta || !data) return null;
  return { mime: meta.mimeType, data: new Uint8Array(Buffer.from(data.dataUrl.slice(data.dataUrl.indexOf(',') + 1), 'base64')) };
}

/**
 * Each customer's services the change concerns: those it subscribes to today or on the effective
 * date that are among the notice's services (for a change of details: that use the sub-processor).
 * Read once for all customers, so a batch of hundreds asks the register twice.
 */
export function concernedServices(session: Session, notice: ChangeNotice): Map<number, string[]> {
  const register = session.use(processorRegisterService);
  const days = [...new Set([session.today(), notice.fields.effectiveDate ?? session.today()])];
  const scope = new Set(notice.fields.serviceIds);
  const byCustomer = new Map<number, Map<number, string>>();
  for (const onDate of days) {
    for (const e of register.list({ onDate }).entries) {
      const concerned =
        notice.kind === 'change' ? e.subprocessors.some((s) => s.id === notice.fields.subprocessorId) : scope.has(e.serviceId);
      if (!concerned) continue;
      const names = byCustomer.get(e.customerId) ?? new Map<number, string>();
      names.set(e.serviceId, e.serviceName);
      byCustomer.set(e.customerId, names);
    }
  }
  // In the notice's own order of services (by name), then any others by name.
  const order = notice.services.map((s) => s.id);
  const rank = (id: number) => (order.includes(id) ? order.indexOf(id) : order.length);
  return new Map(
    [...byCustomer].map(([customerId, names]) => [
      customerId,
      [...names].sort(([a, an], [b, bn]) => rank(a) - rank(b) || an.localeCompare(bn, 'sv')).map(([, name]) => name),
    ]),
  );
}

/**
 * Builds the letters of one notice: what every letter shares (our details and logo, the clause,
 * the texts per language, the services per customer) is read once; each letter then adds its
 * customer.
 */
export function noticeLetterMaker(session: Session, notice: ChangeNotice, date: string) {
  const { name, orgNr, address, email, phone, website, dpo } = session.organisation.get();
  const organisation = { name, orgNr, address, email, phone, website, dpo };
  const logo = organisationLogo(session);
  const services = concernedServices(session, notice);
  const perLanguage = new Map<Language, Pick<NoticeLetterFacts, 'clause' | 'texts'>>();
  const inLanguage = (lang: Language) => {
    let found = perLanguage.get(lang);
    if (!found)
      perLanguage.set(lang, (found = { clause: subprocessorClause(session, lang), texts: session.use(noticeLetterService).texts(lang) }));
    return found;
  };
  /** Everything one customer's letter says, in its language (the recipient's: its agreement's). */
  const facts = (recipient: NoticeRecipient): NoticeLetterFacts => ({
    lang: recipient.lang,
    date,
    organisation,
    logo,
    customer: session.customers.get(recipient.customerId),
    notice,
    recipient,
    services: services.get(recipient.customerId) ?? [],
    ...inLanguage(recipient.lang),
  });
  return {
    facts,
    /** One customer's letter: its view-model and bytes. */
    async letter(recipient: NoticeRecipient): Promise<{ view: NoticeLetterView; data: Buffer }> {
      const view = buildNoticeLetterView(facts(recipient));
      return { view, data: await renderNoticeLetter(view) };
    },
  };
}

export const sha256Hex = (data: Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

export async function renderNoticeLetter(view: NoticeLetterView): Promise<Buffer> {
  return Packer.toBuffer(noticeLetterDocx(view));
}

/** Every letter in one document for printing. */
export async function renderMergedLetters(views: readonly NoticeLetterView[], date: string, subprocessorName: string): Promise<Buffer> {
  const w = noticeLetterWords[views[0]?.lang ?? 'sv'];
  return Packer.toBuffer(
    mergedNoticeLettersDocx(views, { title: w.mergedTitle(date), description: w.mergedDescription(subprocessorName, views.length) }),
  );
}
