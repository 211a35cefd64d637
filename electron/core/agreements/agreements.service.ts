import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  ATTACHMENT_MAX_BYTES,
  type Agreement,
  type AgreementDefaults,
  type AgreementSummary,
  type AttachmentType,
  type agreementFields,
  type customerListInput,
} from '../../../shared/contract';
import { formatMessage } from '../../../shared/messages';
import { attentionService } from '../attention/attention.service';
import { conflict, DomainError, invalidField, notFound } from '../errors';
import { sanitizeText } from '../documents/sanitize';
import { safeExportName } from '../files/export';
import { stockholmDate, type Session } from '../session';
import { agreementBasis, registerSlice, renderAgreement, type AgreementDocumentOptions } from './agreement.view';
import { agreementTemplateService } from './agreement-template.service';
import {
  createAgreementsRepo,
  type AgreementRecord,
  type AgreementStanding,
  type CurrentAgreement,
  type SignedAgreement,
} from './agreements.repo';
import type { ClauseText } from './default-clauses';

type Fields = z.output<typeof agreementFields>;
type ListFilter = AgreementSummary['status'] | 'all' | 'outOfDate';
type StatusChange = 'sent' | 'signed' | 'terminated';

/** How often a generation renders again when another writer took its version number meanwhile. */
const GENERATE_ATTEMPTS = 3;

/** Versions whose document is (or may become) the one in force: these can be out of date. */
const LIVE = new Set(['draft', 'sent', 'signed']);
/**
 * When many customers' bases are needed, they come from one read of the whole processor register
 * (about 0.01 ms per subscription) instead of one read per customer (about 0.6 ms each): worth it
 * from this many customers, and from one in SUBSCRIPTIONS_PER_CUSTOMER_READ of the subscriptions.
 */
const PRIME_FROM = 20;
const SUBSCRIPTIONS_PER_CUSTOMER_READ = 50;

/** Allowed hand-made status changes (issue 4 §1); 'superseded' only follows from signing another. */
const TRANSITIONS: Record<StatusChange, readonly string[]> = {
  sent: ['draft'],
  signed: ['draft', 'sent'],
  terminated: ['signed'],
};

export const sha256Hex = (data: Uint8Array): string => crypto.createHash('sha256').update(data).digest('hex');

/** `date` (YYYY-MM-DD) moved back `days` calendar days. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The printed reference of a customer's agreement, e.g. "PUB-0012" (the version is printed beside it). */
export const agreementReference = (customerId: number): string => `PUB-${String(customerId).padStart(4, '0')}`;

/**
 * "PUB-avtal – Kund AB – v2 – 2026-11-22.docx", safe on Windows and macOS; a language variant
 * (the same version in the other language) ends "… – 2026-11-22 – EN.docx".
 */
export function agreementFileName(customerName: string, version: number, generatedOn: string, variantLang?: 'sv' | 'en'): string {
  // Cut a very long name before the version and date, so those always survive.
  const name = [...customerName.trim()].slice(0, 80).join('');
  const suffix = variantLang ? ` – ${variantLang.toUpperCase()}` : '';
  return safeExportName(`PUB-avtal – ${name} – v${version} – ${generatedOn}${suffix}.docx`);
}

/** Does `data` start the way a file of type `mime` starts? */
export function matchesType(data: Uint8Array, mime: AttachmentType): boolean {
  const starts = (bytes: number[]) => data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
  switch (mime) {
    case 'application/pdf':
      return starts([0x25, 0x50, 0x44, 0x46, 0x2d]); // %PDF-
    case 'image/png':
      return starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'image/jpeg':
      return starts([0xff, 0xd8, 0xff]);
  }
}

/** Base64 from the boundary, decoded strictly enough that garbage does not pass as a file. */
function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  return Buffer.from(compact, 'base64');
}

/** A file name as it came from the user's disk, without folders or control characters. */
function cleanFileName(name: string): string {
  const base = sanitizeText(name).split(/[\\/]/).pop()!.trim();
  return base || 'bilaga';
}

export interface GeneratedVersion {
  id: number;
  customerName: string;
  version: number;
  generatedOn: string;
  data: Buffer;
}

/**
 * PUB-avtal per customer (issue 4): versions with immutable generated documents, the status
 * lifecycle, signed copies, and whether a version is out of date with the register.
 */
export function agreementsService(session: Session) {
  const repo = createAgreementsRepo(session.db);
  const template = () => session.use(agreementTemplateService);

  // Today's basis hash per customer (a few ms each), and the register's latest change to what the
  // annexes are built from. Cleared when a record they are built from is written or deleted, or
  // the date changes (which subscriptions are active depends on it), so reads stay exact. The
  // fingerprint is only read again after this connection has written something.
  let writeStamp = '';
  let dataStamp = '';
  let lastBasisChange = '';
  const basisHashes = new Map<number, string>();
  function refreshCache(): void {
    const today = session.today();
    const written = `${repo.changeStamp()}|${today}`;
    if (written === writeStamp) return;
    writeStamp = written;
    const data = `${repo.basisStamp()}|${today}`;
    if (data === dataStamp) return;
    dataStamp = data;
    basisHashes.clear();
    lastBasisChange = repo.lastBasisChange(today);
  }
  function basisOf(customerId: number): string {
    refreshCache();
    let hash = basisHashes.get(customerId);
    if (hash === undefined) {
      hash = agreementBasis(session, customerId).hash;
      basisHashes.set(customerId, hash);
    }
    return hash;
  }

  /**
   * Cheap first check: when nothing the annexes are built from was written since the document
   * was made, and none of the customer's subscriptions started or ended since, it cannot be
   * out of date and the hash is not needed (this keeps the customer list fast). Not seen: a
   * subscription deleted outright, which leaves no trace to compare with.
   */
  function mayHaveChanged(r: { customerId: number; createdAt: string }): boolean {
    // created_at is when the basis was really taken (generated_at may be backdated in samples).
    refreshCache();
    if (lastBasisChange >= r.createdAt) return true;
    return repo.subscriptionsChangedSince(r.customerId, r.createdAt, stockholmDate(new Date(r.createdAt)), session.today());
  }

  const isOutOfDate = (r: { status: string; customerId: number; basisHash: string; createdAt: string }): boolean =>
    LIVE.has(r.status) && mayHaveChanged(r) && basisOf(r.customerId) !== r.basisHash;

  /**
   * Fills the cache for many agreements at once: the processor register is read once for all
   * customers instead of once per customer (after a change to a service every agreement needs it).
   */
  function primeBases(rows: readonly { status: string; customerId: number; createdAt: string }[]): void {
    refreshCache();
    const needed = [...new Set(rows.filter((r) => LIVE.has(r.status) && mayHaveChanged(r)).map((r) => r.customerId))].filter(
      (id) => !basisHashes.has(id),
    );
    if (needed.length < Math.max(PRIME_FROM, repo.subscriptionCount() / SUBSCRIPTIONS_PER_CUSTOMER_READ)) return;
    const slice = registerSlice(session);
    for (const id of needed) basisHashes.set(id, agreementBasis(session, id, slice).hash);
  }

  function summary(r: AgreementRecord): AgreementSummary {
    return {
      id: r.id,
      revision: r.revision,
      customerId: r.customerId,
      customerName: r.customerName,
      version: r.version,
      lang: r.lang,
      status: r.status,
      sentOn: r.sentOn,
      signedOn: r.signedOn,
      effectiveOn: r.effectiveOn,
      terminatedOn: r.terminatedOn,
      templateVersion: r.templateVersion,
      documentSha256: r.documentSha256,
      generatedAt: r.generatedAt,
      outOfDate: isOutOfDate(r),
      attachmentCount: r.attachmentCount,
      reference: agreementReference(r.customerId),
      updatedAt: r.updatedAt,
    };
  }

  /** Customers whose current agreement no longer matches the register. */
  function outOfDateCustomerIds(): number[] {
    const current = repo.current();
    primeBases(current);
    return current.filter(isOutOfDate).map((a) => a.customerId);
  }

  function record(id: number): AgreementRecord {
    const r = repo.get(id);
    if (!r) throw notFound(`Agreement ${id}`);
    return r;
  }

  function get(id: number): Agreement {
    const r = record(id);
    return {
      ...summary(r),
      noticeDays: r.noticeDays,
      signingPlace: r.signingPlace,
      processorSignatory: { name: r.processorSignatoryName, title: r.processorSignatoryTitle },
      controllerSignatory: { name: r.controllerSignatoryName, title: r.controllerSignatoryTitle },
      notes: r.notes,
      documentSize: r.documentSize,
      attachments: repo.attachments(id).map((a) => ({
        id: a.id,
        fileName: a.fileName,
        mime: a.mime,
        size: a.size,
        sha256: a.sha256,
        createdAt: a.createdAt,
      })),
      variants: repo.variants(id),
      createdAt: r.createdAt,
    };
  }

  /** Stale revision → CONFLICT carrying the agreement as it is now; missing row → NOT_FOUND. */
  function ensureWritten(ok: boolean, id: number): void {
    if (!ok) throw conflict(get(id));
  }

  function defaults(customerId: number): AgreementDefaults {
    if (!repo.customer(customerId)) throw notFound(`Customer ${customerId}`);
    const latest = repo.latest(customerId);
    if (latest) {
      // The dates and notes belong to that version; everything else carries over.
      return {
        lang: latest.lang,
        noticeDays: latest.noticeDays,
        effectiveOn: null,
        signingPlace: latest.signingPlace,
        processorSignatory: { name: latest.processorSignatoryName, title: latest.processorSignatoryTitle },
        controllerSignatory: { name: latest.controllerSignatoryName, title: latest.controllerSignatoryTitle },
        notes: '',
      };
    }
    const org = session.organisation.get();
    const contact = repo.firstContact(customerId);
    return {
      lang: org.defaultLanguage,
      noticeDays: 30,
      effectiveOn: null,
      signingPlace: org.address.city,
      processorSignatory: { name: org.signatoryName, title: org.signatoryTitle },
      controllerSignatory: { name: contact?.name ?? '', title: contact?.role ?? '' },
      notes: '',
    };
  }

  // One generation at a time per customer: the version number is read before the (asynchronous)
  // rendering and printed in the document, so two at once for the same customer would collide.
  // Different customers may render at the same time (a batch, with worker threads).
  const queues = new Map<number, Promise<unknown>>();
  function serially<T>(customerId: number, work: () => Promise<T>): Promise<T> {
    const run = (queues.get(customerId) ?? Promise.resolve()).then(work, work);
    const settled = run.catch(() => undefined);
    queues.set(customerId, settled);
    void settled.then(() => {
      if (queues.get(customerId) === settled) queues.delete(customerId);
    });
    return run;
  }

  /**
   * Renders and stores a new version. `at` (an ISO timestamp) backdates it: only the sample and
   * reference registers use that, to show a history. `inWorker`: a batch renders in a worker thread.
   */
  function generateVersion(customerId: number, fields: Fields, at?: string, inWorker = false): Promise<GeneratedVersion> {
    return serially(customerId, async () => {
      // The queue keeps this core's calls apart; a writer outside it (another process on the file,
      // a second service over the session) may still take the number while the document renders.
      // Then the document is rendered again with the next number: a version never prints a number
      // that another one has.
      for (let attempt = 1; ; attempt++) {
        const customer = repo.customer(customerId);
        if (!customer) throw invalidField(['customerId'], 'v.unknownReference');
        const clauses = template().current();
        const version = repo.nextVersion(customerId);
        const generatedAt = at ?? session.now();
        const generatedOn = stockholmDate(new Date(generatedAt));
        const rendered = await renderAgreement(
          session,
          {
            customerId,
            lang: fields.lang,
            reference: agreementReference(customerId),
            version,
            generatedOn,
            effectiveOn: fields.effectiveOn,
            noticeDays: fields.noticeDays,
            signingPlace: fields.signingPlace,
            processorSignatory: fields.processorSignatory,
            controllerSignatory: fields.controllerSignatory,
            clauses: clauses.clauses,
          },
          inWorker,
        );
        // The register may have been closed (another opened in its place) while the document was built.
        if (!session.db.open) throw new DomainError('NO_REGISTER');
        const id = session.tx(() => {
          // The customer may have been deleted while the document was being built.
          if (!repo.customer(customerId)) throw invalidField(['customerId'], 'v.unknownReference');
          if (repo.nextVersion(customerId) !== version) return null;
          return repo.insert(
            {
              customerId,
              version,
              lang: fields.lang,
              effectiveOn: fields.effectiveOn,
              signingPlace: fields.signingPlace,
              processorSignatoryName: fields.processorSignatory.name,
              processorSignatoryTitle: fields.processorSignatory.title,
              controllerSignatoryName: fields.controllerSignatory.name,
              controllerSignatoryTitle: fields.controllerSignatory.title,
              noticeDays: fields.noticeDays,
              notes: fields.notes,
              templateVersion: clauses.version,
              document: rendered.data,
              documentSha256: sha256Hex(rendered.data),
              generatedAt,
              basisHash: rendered.basisHash,
            },
            session.now(),
          );
        });
        if (id !== null) return { id, customerName: customer.name, version, generatedOn, data: rendered.data };
        if (attempt === GENERATE_ATTEMPTS) {
          const latest = repo.latest(customerId);
          throw new DomainError('CONFLICT', formatMessage('e.agreement.generatedMeanwhile', 'en'), {
            current: latest ? get(latest.id) : null,
          });
        }
      }
    });
  }

  /** The options a stored version was rendered with, in another language. */
  const optionsOf = (r: AgreementRecord, lang: 'sv' | 'en', clauses: readonly ClauseText[]): AgreementDocumentOptions => ({
    customerId: r.customerId,
    lang,
    reference: agreementReference(r.customerId),
    version: r.version,
    generatedOn: stockholmDate(new Date(r.generatedAt)),
    effectiveOn: r.effectiveOn,
    noticeDays: r.noticeDays,
    signingPlace: r.signingPlace,
    processorSignatory: { name: r.processorSignatoryName, title: r.processorSignatoryTitle },
    controllerSignatory: { name: r.controllerSignatoryName, title: r.controllerSignatoryTitle },
    clauses,
  });

  /**
   * The same version in the other language (issue 14 §3). Only while the register still says
   * what the version was built from (its basis hash) and the clauses are those it used, so the
   * two documents are one agreement; each keeps its own SHA-256.
   */
  function addLanguage(id: number, lang: 'sv' | 'en'): Promise<Agreement> {
    const first = record(id);
    return serially(first.customerId, async () => {
      const r = record(id);
      if (lang === r.lang) throw invalidField(['lang'], 'v.agreement.variantSameLanguage');
      if (repo.variants(id).some((v) => v.lang === lang)) return get(id);
      const clauses = template().current();
      if (clauses.version !== r.templateVersion) throw invalidField(['id'], 'v.agreement.variantTemplateChanged');
      if (basisOf(r.customerId) !== r.basisHash) throw invalidField(['id'], 'v.agreement.variantOutOfDate');
      const rendered = await renderAgreement(session, optionsOf(r, lang, clauses.clauses));
      if (!session.db.open) throw new DomainError('NO_REGISTER');
      return session.tx(() => {
        // Written while the document was built: the register or the template moved on.
        if (rendered.basisHash !== r.basisHash) throw invalidField(['id'], 'v.agreement.variantOutOfDate');
        if (template().current().version !== r.templateVersion) throw invalidField(['id'], 'v.agreement.variantTemplateChanged');
        record(id);
        if (!repo.variants(id).some((v) => v.lang === lang)) {
          repo.insertVariant({
            agreementId: id,
            lang,
            document: rendered.data,
            sha256: sha256Hex(rendered.data),
            generatedAt: session.now(),
          });
        }
        return get(id);
      });
    });
  }

  return {
    get,
    defaults,
    generateVersion,
    addLanguage,
    list(filter: { customerId?: number; status: ListFilter }): AgreementSummary[] {
      const all = repo.list(filter.customerId).map(summary);
      if (filter.status === 'all') return all;
      if (filter.status === 'outOfDate') return all.filter((a) => a.outOfDate);
      return all.filter((a) => a.status === filter.status);
    },
    async generate(customerId: number, fields: Fields): Promise<Agreement> {
      return get((await generateVersion(customerId, fields)).id);
    },
    setStatus(id: number, revision: number, status: StatusChange, on: string): Agreement {
      return session.tx(() => {
        const current = record(id);
        if (current.revision !== revision) throw conflict(get(id));
        if (!TRANSITIONS[status].includes(current.status)) throw invalidField(['status'], 'v.agreement.transition');
        if (status === 'signed' && current.sentOn && on < current.sentOn) throw invalidField(['on'], 'v.agreement.dateBeforeSent');
        if (status === 'terminated' && current.signedOn && on < current.signedOn) throw invalidField(['on'], 'v.endBeforeStart');
        const now = session.now();
        const dates = status === 'sent' ? { sentOn: on } : status === 'signed' ? { signedOn: on } : { terminatedOn: on };
        ensureWritten(repo.setStatus(id, revision, status, dates, now), id);
        // A newly signed version replaces every other one that is, or could become, in force.
        if (status === 'signed') repo.supersedeOthers(current.customerId, id, now);
        return get(id);
      });
    },
    update(id: number, revision: number, fields: { notes: string; effectiveOn?: string | null }): Agreement {
      return session.tx(() => {
        const current = record(id);
        const effectiveOn = fields.effectiveOn === undefined ? current.effectiveOn : fields.effectiveOn;
        ensureWritten(repo.update(id, revision, fields.notes, effectiveOn, session.now()), id);
        return get(id);
      });
    },
    attach(input: { id: number; revision: number; fileName: string; mime: AttachmentType; dataBase64: string }): Agreement {
      // Checked on the text first, so a huge upload is refused before it is decoded.
      if (Math.floor((input.dataBase64.replace(/\s+/g, '').length * 3) / 4) - 2 > ATTACHMENT_MAX_BYTES) {
        throw invalidField(['dataBase64'], 'v.attachment.tooLarge', { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) });
      }
      const data = decodeBase64(input.dataBase64);
      if (data && data.length > ATTACHMENT_MAX_BYTES) {
        throw invalidField(['dataBase64'], 'v.attachment.tooLarge', { max: ATTACHMENT_MAX_BYTES / (1024 * 1024) });
      }
      if (!data || data.length === 0 || !matchesType(data, input.mime)) throw invalidField(['dataBase64'], 'v.attachment.type');
      return session.tx(() => {
        record(input.id);
        const now = session.now();
        ensureWritten(repo.touch(input.id, input.revision, now), input.id);
        repo.insertAttachment(
          {
            agreementId: input.id,
            fileName: cleanFileName(input.fileName),
            mime: input.mime,
            size: data.length,
            sha256: sha256Hex(data),
            data,
          },
          now,
        );
        return get(input.id);
      });
    },
    removeAttachment(agreementId: number, revision: number, attachmentId: number): Agreement {
      return session.tx(() => {
        record(agreementId);
        ensureWritten(repo.touch(agreementId, revision, session.now()), agreementId);
        if (!repo.deleteAttachment(attachmentId, agreementId)) throw notFound(`Attachment ${attachmentId}`);
        return get(agreementId);
      });
    },
    /** The stored document (the version's own, or its variant in `lang`) and the name it is saved under. */
    document(id: number, lang?: 'sv' | 'en'): { data: Buffer; fileName: string } {
      const r = record(id);
      const generatedOn = stockholmDate(new Date(r.generatedAt));
      if (lang === undefined || lang === r.lang) {
        return { data: repo.document(id)!, fileName: agreementFileName(r.customerName, r.version, generatedOn) };
      }
      const data = repo.variantDocument(id, lang);
      if (!data) throw notFound(`Agreement ${id} in ${lang}`);
      return { data, fileName: agreementFileName(r.customerName, r.version, generatedOn, lang) };
    },
    attachment(attachmentId: number): { data: Buffer; fileName: string } {
      const a = repo.attachment(attachmentId);
      if (!a) throw notFound(`Attachment ${attachmentId}`);
      return { data: repo.attachmentData(attachmentId)!, fileName: a.fileName };
    },
    /** Non-archived customers with an active subscription today, by name. */
    /** Each customer's signed version, by customer: whose notice period a sub-processor change must respect. */
    signedByCustomer(): Map<number, SignedAgreement & { reference: string }> {
      const out = new Map<number, SignedAgreement & { reference: string }>();
      for (const a of repo.signed())
        if (!out.has(a.customerId)) out.set(a.customerId, { ...a, reference: agreementReference(a.customerId) });
      return out;
    },
    activeCustomerIds: (): number[] => repo.activeCustomerIds(session.today()),
    existingCustomerIds: (ids: readonly number[]): number[] => repo.existingCustomerIds(ids),
    outOfDateCustomerIds,
    /**
     * What customers.list needs to know of agreements: when a sent one is overdue (after the
     * register's reminder days, attention.getSettings), and (for its filter) which are out of date.
     */
    customerListOptions(query: z.output<typeof customerListInput>): { overdueBefore: string; outOfDateIds: number[] } {
      const needsAll = query.agreementStatus !== 'all' && query.agreementStatus !== 'none';
      return {
        overdueBefore: daysBefore(session.today(), session.use(attentionService).settings().sentAgreementDays),
        outOfDateIds: needsAll ? outOfDateCustomerIds() : [],
      };
    },
    /** Which of these customers' current agreements are out of date. */
    outOfDateAmong: (customerIds: readonly number[]): Set<number> => {
      const current = repo.current(customerIds);
      primeBases(current);
      return new Set(current.filter(isOutOfDate).map((a) => a.customerId));
    },
    count: (): number => repo.count(),
    /** Every customer not archived, with its subscriptions on `on` and its current and signed versions. */
    standings: (on: string): AgreementStanding[] => repo.standings(on),
    /**
     * The current versions that are out of date, each with the basis the register gives today
     * (cached like the list's check: nothing is derived again until something is written).
     */
    outOfDateAgreements: (): (CurrentAgreement & { basisNow: string })[] => {
      const current = repo.current();
      primeBases(current);
      return current.filter(isOutOfDate).map((a) => ({ ...a, basisNow: basisOf(a.customerId) }));
    },
  };
}

export type AgreementsService = ReturnType<typeof agreementsService>;
