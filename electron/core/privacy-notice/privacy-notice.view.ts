// The privacy notice's view-model: the facts are read from the register once (collectNoticeFacts),
// then turned into a document in one language (buildPrivacyNoticeView, pure). The templates in
// electron/core/documents render the view to DOCX or HTML.
import crypto from 'node:crypto';
import type { Activity, Organisation, RetentionRule } from '../../../shared/contract';
import { isEeaCountry, type LegalBasis, type MeasureCategory } from '../../../shared/domain/enums';
import { countryName, enumLabel, type Label } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { activitiesService } from '../activities/activities.service';
import { labelled, paragraph, type DocBlock, type DocLogo, type DocRun, type DocSection, type PrivacyNoticeView } from '../documents/model';
import { measuresService } from '../measures/measures.service';
import { retentionService } from '../retention/retention.service';
import { servicesService } from '../services/services.service';
import { stockholmDate, type Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { vocabulariesService } from '../vocabularies/vocabularies.service';
import type { NoticeSection } from './privacy-notice.repo';
import { IMY, LEGAL_BASIS_EXPLAINED, RIGHTS, SOURCE_PHRASE } from './privacy-notice.texts';

interface TermFact {
  id: number;
  code: string | null;
  labelSv: string;
  labelEn: string;
}

/** Everything the notice says, read from the register (no language chosen yet). */
export interface NoticeFacts {
  organisation: Omit<Organisation, 'revision' | 'updatedAt' | 'complete' | 'logo'>;
  logo: (DocLogo & { sha256: string }) | null;
  intro: Label;
  sections: NoticeSection[];
  /** Included controller activities (not archived, not excluded), in name order. */
  activities: Activity[];
  /** Data-subject, personal-data and recipient terms the activities use. */
  terms: TermFact[];
  subprocessors: { id: number; name: string; country: string; transferMechanism: string }[];
  /** Retention rules used by the activities, in order of first use. */
  rules: RetentionRule[];
  measures: { category: MeasureCategory; labelSv: string; labelEn: string }[];
  /** Names of the firm's active services (it then also acts as a processor). */
  services: string[];
  /** The latest change (ISO timestamp) among the data the notice is built from. */
  latestChange: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function collectNoticeFacts(
  session: Session,
  notice: { intro: Label; sections: NoticeSection[]; excludedIds: number[]; updatedAt: string },
): NoticeFacts {
  const org = session.organisation.get();
  const activitiesSvc = session.use(activitiesService);
  const excluded = new Set(notice.excludedIds);
  const activities = activitiesSvc
    .list({ query: '', includeArchived: false })
    .items.filter((a) => a.status !== 'archived' && !excluded.has(a.id))
    .map((a) => activitiesSvc.get(a.id));

  const termIds = unique(
    activities.flatMap((a) => [
      ...a.dataSubjectTermIds,
      ...a.personalDataTermIds,
      ...a.recipients.flatMap((r) => (r.termId === null ? [] : [r.termId])),
    ]),
  );
  const wanted = new Set(termIds);
  const terms = session
    .use(vocabulariesService)
    .list(undefined, true)
    .filter((t) => wanted.has(t.id))
    .map((t) => ({ id: t.id, code: t.code, labelSv: t.labelSv, labelEn: t.labelEn }));

  const subprocessors = session
    .use(subprocessorsService)
    .byIds(unique(activities.flatMap((a) => a.recipients.flatMap((r) => (r.subprocessorId === null ? [] : [r.subprocessorId])))))
    .map((s) => ({ id: s.id, name: s.name, country: s.country, transferMechanism: s.transferMechanism }));

  const retention = session.use(retentionService);
  const rules = unique(activities.flatMap((a) => a.retention.map((r) => r.retentionRuleId))).map((id) => retention.get(id));

  const linked = new Set(activities.flatMap((a) => a.measureIds));
  const summary = session.use(measuresService).summary();
  const implemented = summary.categories.flatMap((c) =>
    c.implemented.map((m) => ({ category: c.category, id: m.id, labelSv: m.labelSv, labelEn: m.labelEn })),
  );
  // The measures of the included activities; the register-wide list when none are linked.
  const chosen = implemented.some((m) => linked.has(m.id)) ? implemented.filter((m) => linked.has(m.id)) : implemented;

  const services = session
    .use(servicesService)
    .list({})
    .map((s) => s.name);
  const logoData = session.organisation.getLogo();
  const logo =
    org.logo && logoData
      ? {
          mime: org.logo.mimeType,
          data: new Uint8Array(Buffer.from(logoData.dataUrl.slice(logoData.dataUrl.indexOf(',') + 1), 'base64')),
          sha256: org.logo.sha256,
        }
      : null;

  const { revision: _r, updatedAt, complete: _c, logo: _l, ...organisation } = org;
  const latestChange = [updatedAt, notice.updatedAt, ...activities.map((a) => a.updatedAt), ...rules.map((r) => r.updatedAt)]
    .sort()
    .at(-1)!;
  return {
    organisation,
    logo,
    intro: notice.intro,
    sections: notice.sections,
    activities,
    terms,
    subprocessors,
    rules,
    measures: chosen.map(({ category, labelSv, labelEn }) => ({ category, labelSv, labelEn })),
    services,
    latestChange,
  };
}

/**
 * Which state of the register the notice reflects: the date of the latest change to the data it
 * is built from and a short hash of that data. The same for both languages; it changes when
 * anything in the notice would change, and not merely because a day has passed.
 */
export function registerVersion(facts: NoticeFacts): string {
  const { logo, activities, ...rest } = facts;
  const stable = {
    ...rest,
    logo: logo?.sha256 ?? null,
    // Completeness and timestamps do not change what the notice says.
    activities: activities.map(({ completeness: _c, updatedAt: _u, createdAt: _cr, revision: _r, ...a }) => a),
    rules: rest.rules.map(({ updatedAt: _u, revision: _r, usedBy: _ub, warnings: _w, ...r }) => r),
    latestChange: undefined,
  };
  const hash = crypto.createHash('sha256').update(JSON.stringify(stable)).digest('hex').slice(0, 8);
  return `${stockholmDate(new Date(facts.latestChange))}.${hash}`;
}

const WEBSITE_CODES = new Set(['website_visitor']);
const WEBSITE_WORDS = /webbplats|website|cookie|kakor/i;

function paragraphs(text: string): DocBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(paragraph);
}

function joinList(items: readonly string[], lang: Language, word: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items.join('');
  const last = { and: { sv: 'och', en: 'and' }, or: { sv: 'eller', en: 'or' } }[word][lang];
  return `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Kontaktuppgifter" → "kontaktuppgifter" inside a sentence; "IP-adress" and "SPAR" stay. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** A sentence-style list of labels: the first as it is, the others with a small initial. */
const labelList = (items: readonly string[], lang: Language) =>
  joinList(
    items.map((x, i) => (i === 0 ? x : lowerFirst(x))),
    lang,
  );

export function buildPrivacyNoticeView(facts: NoticeFacts, lang: Language, today: string): PrivacyNoticeView {
  const t = (l: Label) => l[lang];
  const sv = lang === 'sv';
  const org = facts.organisation;
  const version = registerVersion(facts);
  const term = new Map(facts.terms.map((x) => [x.id, x]));
  const termLabel = (id: number) => {
    const x = term.get(id);
    return x ? (sv ? x.labelSv : x.labelEn || x.labelSv) : '';
  };
  const subs = new Map(facts.subprocessors.map((s) => [s.id, s]));
  const activityName = (a: Activity) => a.name;
  const sections: DocSection[] = [];

  // 1. Introduction (the user's own, or ours).
  const ownIntro = (sv ? facts.intro.sv : facts.intro.en || facts.intro.sv).trim();
  sections.push({
    title: sv ? 'Inledning' : 'Introduction',
    blocks: ownIntro
      ? paragraphs(ownIntro)
      : [
          paragraph(
            sv
              ? `${org.name} värnar om din personliga integritet. I den här policyn förklarar vi vilka personuppgifter vi behandlar, varför vi gör det, hur länge vi sparar dem och vilka rättigheter du har.`
              : `${org.name} cares about your privacy. This notice explains which personal data we process, why we do it, how long we keep it and what rights you have.`,
          ),
        ],
  });

  // 2. Who is responsible.
  const address = [org.address.street, [org.address.postalCode, org.address.city].filter(Boolean).join(' '), org.address.country]
    .filter(Boolean)
    .join(', ');
  const contactItems: DocRun[][] = [];
  if (address) contactItems.push(labelled(sv ? 'Adress:' : 'Address:', address));
  if (org.email) contactItems.push(labelled(sv ? 'E-post:' : 'E-mail:', org.email));
  if (org.phone) contactItems.push(labelled(sv ? 'Telefon:' : 'Phone:', org.phone));
  if (org.website) contactItems.push(labelled(sv ? 'Webbplats:' : 'Website:', org.website));
  const responsible: DocBlock[] = [
    paragraph(
      sv
        ? `${org.name}${org.orgNr ? ` (organisationsnummer ${org.orgNr})` : ''} är personuppgiftsansvarig för den behandling av personuppgifter som beskrivs här.`
        : `${org.name}${org.orgNr ? ` (Swedish company registration number ${org.orgNr})` : ''} is the controller of the processing of personal data described here.`,
    ),
  ];
  if (contactItems.length) responsible.push({ kind: 'list', items: contactItems });
  if (org.dpo.name || org.dpo.email) {
    const dpo = [org.dpo.name, org.dpo.email, org.dpo.phone].filter(Boolean).join(', ');
    responsible.push({ kind: 'paragraph', runs: labelled(sv ? 'Dataskyddsombud:' : 'Data protection officer:', dpo) });
  }
  sections.push({
    title: sv ? 'Vem är ansvarig för dina personuppgifter?' : 'Who is responsible for your personal data?',
    blocks: responsible,
  });

  // 3. What data, about whom, from where – per category of data subjects.
  const other = sv ? 'Övriga registrerade' : 'Other data subjects';
  const groups = new Map<string, Activity[]>();
  for (const a of facts.activities) {
    const subjects = a.dataSubjectTermIds.length ? a.dataSubjectTermIds.map(termLabel) : [other];
    for (const s of subjects) groups.set(s, [...(groups.get(s) ?? []), a]);
  }
  const dataBlocks: DocBlock[] = [];
  if (groups.size === 0) {
    dataBlocks.push(
      paragraph(
        sv
          ? 'Vi behandlar för närvarande inga personuppgifter i egen regi som beskrivs här.'
          : 'We currently do not process any personal data as controller that is described here.',
      ),
    );
  } else {
    dataBlocks.push(
      paragraph(
        sv ? 'Vilka uppgifter vi behandlar beror på din relation till oss.' : 'Which data we process depends on your relationship with us.',
      ),
    );
  }
  for (const [subject, acts] of groups) {
    const data = unique(acts.flatMap((a) => a.personalDataTermIds.map(termLabel)));
    const sources = unique(acts.flatMap((a) => a.dataSources)).map((s) => t(SOURCE_PHRASE[s]));
    const special = unique(acts.flatMap((a) => a.specialCategories)).map((c) => enumLabel('specialCategory', c, lang).toLowerCase());
    const items: DocRun[][] = [];
    items.push(
      labelled(
        sv ? 'Uppgifter:' : 'Data:',
        data.length
          ? `${labelList(data, lang)}.`
          : sv
            ? 'Uppgifter som behövs för ändamålen nedan.'
            : 'Data needed for the purposes below.',
      ),
    );
    if (sources.length) items.push(labelled(sv ? 'Varifrån:' : 'Source:', `${capitalise(joinList(sources, lang))}.`));
    items.push(labelled(sv ? 'I samband med:' : 'In connection with:', `${joinList(unique(acts.map(activityName)), lang)}.`));
    if (special.length) items.push(labelled(sv ? 'Känsliga uppgifter:' : 'Special categories:', `${capitalise(joinList(special, lang))}.`));
    if (acts.some((a) => a.personnummer)) {
      items.push(
        labelled(
          sv ? 'Personnummer:' : 'Personal identity number:',
          sv
            ? 'Vi använder personnummer bara när det är klart motiverat, till exempel för säker identifiering.'
            : 'We only use personal identity numbers when clearly justified, for example for secure identification.',
        ),
      );
    }
    dataBlocks.push({ kind: 'heading', text: subject }, { kind: 'list', items });
  }
  sections.push({
    title: sv ? 'Vilka personuppgifter behandlar vi, om vem och varifrån?' : 'What personal data do we process, about whom and from where?',
    blocks: dataBlocks,
  });

  // 4. Purposes and legal bases.
  const purposeBlocks: DocBlock[] = [];
  const basesUsed = new Set<LegalBasis>();
  for (const a of facts.activities) {
    if (a.purposes.length === 0) continue;
    purposeBlocks.push({ kind: 'heading', text: a.name });
    purposeBlocks.push({
      kind: 'list',
      items: a.purposes.map((p) => {
        basesUsed.add(p.legalBasis);
        const runs: DocRun[] = [
          { text: `${p.description.trim().replace(/\.$/, '')}. ` },
          ...labelled(sv ? 'Rättslig grund:' : 'Legal basis:', enumLabel('legalBasis', p.legalBasis, lang)),
        ];
        const detail = p.legalBasisDetail.trim();
        if (p.legalBasis === 'legitimate_interests') {
          const interest = detail || p.liaText.trim();
          if (interest) runs.push({ text: '. ' }, ...labelled(sv ? 'Vårt berättigade intresse:' : 'Our legitimate interest:', interest));
        } else if (detail) {
          runs.push({ text: ` (${detail})` });
        }
        runs.push({ text: runs.at(-1)!.text.trim().endsWith('.') ? '' : '.' });
        return runs;
      }),
    });
  }
  if (purposeBlocks.length === 0) {
    purposeBlocks.push(paragraph(sv ? 'Inga ändamål är registrerade ännu.' : 'No purposes are registered yet.'));
  } else {
    purposeBlocks.push({ kind: 'heading', text: sv ? 'Vad de rättsliga grunderna betyder' : 'What the legal bases mean' });
    purposeBlocks.push({
      kind: 'list',
      items: [...basesUsed].map((b) => labelled(`${enumLabel('legalBasis', b, lang)}:`, t(LEGAL_BASIS_EXPLAINED[b]))),
    });
  }
  sections.push({
    title: sv ? 'Varför behandlar vi uppgifterna och med vilket stöd?' : 'Why do we process the data, and on what legal basis?',
    blocks: purposeBlocks,
  });

  // 5. Website and cookies.
  const web = facts.activities.filter(
    (a) =>
      a.dataSubjectTermIds.some((id) => WEBSITE_CODES.has(term.get(id)?.code ?? '')) ||
      a.personalDataTermIds.some((id) => WEBSITE_WORDS.test(term.get(id)?.labelSv ?? '')) ||
      WEBSITE_WORDS.test(a.name),
  );
  if (web.length) {
    const data = unique(web.flatMap((a) => a.personalDataTermIds.map(termLabel))).map(lowerFirst);
    const site = org.website ? (sv ? `vår webbplats ${org.website}` : `our website ${org.website}`) : sv ? 'vår webbplats' : 'our website';
    sections.push({
      title: sv ? 'Webbplats och kakor (cookies)' : 'Website and cookies',
      blocks: [
        paragraph(
          sv
            ? `När du besöker ${site} behandlar vi uppgifter om besöket${data.length ? `, till exempel ${joinList(data, lang)}` : ''}. Det gäller: ${joinList(web.map(activityName), lang)}.`
            : `When you visit ${site}, we process data about your visit${data.length ? `, for example ${joinList(data, lang)}` : ''}. This concerns: ${joinList(web.map(activityName), lang)}.`,
        ),
        paragraph(
          sv
            ? 'Webbplatsen använder kakor, små textfiler som sparas i din webbläsare. Kakor som behövs för att webbplatsen ska fungera används alltid. Andra kakor, till exempel för statistik, använder vi bara om du har samtyckt. Du kan ändra ditt val och radera kakor i webbläsarens inställningar.'
            : 'The website uses cookies, small text files stored in your browser. Cookies that the website needs in order to work are always used. Other cookies, for example for statistics, are only used if you have agreed. You can change your choice and delete cookies in your browser settings.',
        ),
      ],
    });
  }

  // 6. Recipients, processors and transfers.
  const recipientBlocks: DocBlock[] = [];
  const recipients = facts.activities.flatMap((a) => a.recipients);
  const labelOf = (r: Activity['recipients'][number]) =>
    (r.subprocessorId !== null ? subs.get(r.subprocessorId)?.name : undefined) ?? (r.termId !== null ? termLabel(r.termId) : '') ?? r.name;
  const named = (kind: string) =>
    unique(
      recipients
        .filter((r) => r.kind === kind)
        .map((r) => labelOf(r) || r.name)
        .filter(Boolean),
    );
  const internal = named('internal');
  const external = named('external');
  const processorSubs = unique(recipients.flatMap((r) => (r.kind === 'processor' && r.subprocessorId !== null ? [r.subprocessorId] : [])))
    .map((id) => subs.get(id))
    .filter((s) => s !== undefined);
  const processorOthers = unique(
    recipients
      .filter((r) => r.kind === 'processor' && r.subprocessorId === null)
      .map((r) => labelOf(r) || r.name)
      .filter(Boolean),
  );
  if (internal.length)
    recipientBlocks.push({
      kind: 'paragraph',
      runs: labelled(sv ? 'Inom vår organisation:' : 'Within our organisation:', `${joinList(internal, lang)}.`),
    });
  if (external.length) {
    recipientBlocks.push({
      kind: 'paragraph',
      runs: labelled(
        sv ? 'Andra mottagare:' : 'Other recipients:',
        `${sv ? 'Vi lämnar ut uppgifter när det behövs för ändamålen eller när lag kräver det, till' : 'We disclose data when needed for the purposes or required by law, to'} ${joinList(external.map(lowerFirst), lang)}.`,
      ),
    });
  }
  if (processorSubs.length || processorOthers.length) {
    recipientBlocks.push({
      kind: 'heading',
      text: sv ? 'Leverantörer som behandlar uppgifter åt oss' : 'Suppliers that process data for us',
    });
    recipientBlocks.push(
      paragraph(
        sv
          ? 'Vi anlitar leverantörer (personuppgiftsbiträden) som behandlar uppgifter för vår räkning och bara enligt våra instruktioner. Vi har personuppgiftsbiträdesavtal med dem.'
          : 'We use suppliers (processors) that process data on our behalf and only on our instructions. We have data processing agreements with them.',
      ),
      {
        kind: 'list',
        items: [
          ...processorSubs.map((s) => [{ text: `${s.name} (${countryName(s.country, lang)})` }]),
          ...processorOthers.map((n) => [{ text: n }]),
        ],
      },
    );
  }
  if (recipientBlocks.length === 0)
    recipientBlocks.push(
      paragraph(sv ? 'Vi lämnar inte ut dina personuppgifter till någon annan.' : 'We do not disclose your personal data to anyone else.'),
    );

  const transfers: string[] = [];
  for (const a of facts.activities) {
    for (const tr of a.transfers) {
      if (tr.mechanism === 'none_eea' && isEeaCountry(tr.country)) continue;
      transfers.push(
        `${countryName(tr.country, lang)}${tr.recipient ? ` (${tr.recipient})` : ''}: ${enumLabel('transferMechanism', tr.mechanism, lang)}`,
      );
    }
  }
  for (const s of processorSubs) {
    if (!isEeaCountry(s.country))
      transfers.push(`${countryName(s.country, lang)} (${s.name}): ${enumLabel('transferMechanism', s.transferMechanism, lang)}`);
  }
  recipientBlocks.push({ kind: 'heading', text: sv ? 'Överföring till länder utanför EU/EES' : 'Transfers outside the EU/EEA' });
  if (transfers.length) {
    recipientBlocks.push(
      paragraph(
        sv
          ? 'Vissa uppgifter behandlas i länder utanför EU/EES. Vi för bara över uppgifter när det finns ett skydd som lagen godkänner:'
          : 'Some data is processed in countries outside the EU/EEA. We only transfer data when there is a safeguard the law accepts:',
      ),
      { kind: 'list', items: unique(transfers).map((x) => [{ text: x }]) },
    );
  } else {
    recipientBlocks.push(
      paragraph(
        sv
          ? 'Vi för inte över dina personuppgifter till länder utanför EU/EES.'
          : 'We do not transfer your personal data to countries outside the EU/EEA.',
      ),
    );
  }
  sections.push({ title: sv ? 'Vilka delar vi uppgifterna med?' : 'Who do we share the data with?', blocks: recipientBlocks });

  // 7. Retention table.
  const rows = facts.rules.map((rule) => {
    const users = facts.activities.filter((a) => a.retention.some((r) => r.retentionRuleId === rule.id));
    const name = sv ? rule.nameSv : rule.nameEn || rule.nameSv;
    const location = rule.storageLocation.trim() || joinList(unique(users.flatMap((a) => a.systems.map((s) => s.name))), lang) || '–';
    const purpose = rule.purpose.trim() || joinList(users.map(activityName), lang);
    const policy = (sv ? rule.policySv : rule.policyEn).trim() || rule.summary[lang];
    return [name, location, purpose, policy];
  });
  sections.push({
    title: sv ? 'Hur länge sparar vi uppgifterna?' : 'How long do we keep the data?',
    blocks: rows.length
      ? [
          paragraph(
            sv
              ? 'Vi sparar inte uppgifter längre än vi behöver dem. Så här länge sparas de:'
              : 'We do not keep data longer than we need it. This is how long we keep it:',
          ),
          {
            kind: 'table',
            widths: [19, 24, 22, 35],
            header: sv ? ['Typ', 'Lagringsplats', 'Syfte', 'Utrensningspolicy'] : ['Type', 'Storage location', 'Purpose', 'Retention'],
            rows,
          },
        ]
      : [
          paragraph(
            sv
              ? 'Vi sparar inte uppgifter längre än vi behöver dem för ändamålen ovan.'
              : 'We do not keep data longer than we need it for the purposes above.',
          ),
        ],
  });

  // 8. Security.
  const byCategory = new Map<MeasureCategory, string[]>();
  for (const m of facts.measures)
    byCategory.set(m.category, [...(byCategory.get(m.category) ?? []), sv ? m.labelSv : m.labelEn || m.labelSv]);
  sections.push({
    title: sv ? 'Hur skyddar vi uppgifterna?' : 'How do we protect the data?',
    blocks: [
      paragraph(
        sv
          ? 'Vi skyddar dina uppgifter med tekniska och organisatoriska säkerhetsåtgärder, så att bara de som behöver uppgifterna kommer åt dem.'
          : 'We protect your data with technical and organisational security measures, so that only those who need the data can access it.',
      ),
      ...(byCategory.size
        ? [
            {
              kind: 'list' as const,
              items: [...byCategory].map(([c, items]) =>
                labelled(`${enumLabel('measureCategory', c, lang)}:`, `${labelList(items, lang)}.`),
              ),
            },
          ]
        : []),
    ],
  });

  // 9. Processor role.
  if (facts.services.length) {
    sections.push({
      title: sv ? 'När vi behandlar uppgifter åt våra kunder' : 'When we process data for our customers',
      blocks: [
        paragraph(
          sv
            ? `När vi levererar våra tjänster (${joinList(facts.services, lang)}) hanterar vi ibland personuppgifter för kundens räkning, till exempel i kundens e-post, filer och system. Då är kunden personuppgiftsansvarig och vi personuppgiftsbiträde. Den behandlingen styrs av ett personuppgiftsbiträdesavtal (PUB-avtal) med kunden och beskrivs inte här. Vill du utöva dina rättigheter för sådana uppgifter, vänd dig i första hand till den organisation som ansvarar för dem.`
            : `When we deliver our services (${joinList(facts.services, lang)}), we sometimes handle personal data on behalf of a customer, for example in the customer's e-mail, files and systems. The customer is then the controller and we are its processor. That processing is governed by a data processing agreement (PUB-avtal) with the customer and is not described here. To use your rights for such data, please contact the organisation responsible for it first.`,
        ),
      ],
    });
  }

  // 10. Rights.
  const how = [
    org.email && (sv ? `e-post till ${org.email}` : `e-mail ${org.email}`),
    org.phone && (sv ? `telefon ${org.phone}` : `phone ${org.phone}`),
    address && (sv ? `brev till ${org.name}, ${address}` : `letter to ${org.name}, ${address}`),
  ].filter(Boolean) as string[];
  sections.push({
    title: sv ? 'Dina rättigheter' : 'Your rights',
    blocks: [
      paragraph(
        sv ? 'Du har flera rättigheter när det gäller dina personuppgifter:' : 'You have several rights regarding your personal data:',
      ),
      { kind: 'list', items: RIGHTS.map((r) => [{ text: `${t(r.title)} `, bold: true }, { text: t(r.text) }]) },
      {
        kind: 'paragraph',
        runs: labelled(
          sv ? 'Så gör du:' : 'How to use them:',
          sv
            ? `Kontakta oss${how.length ? ` via ${joinList(how, lang, 'or')}` : ''}. Vi svarar utan onödigt dröjsmål och senast inom en månad. Om begäran är omfattande eller om vi får många begäranden kan tiden förlängas med ytterligare två månader; då berättar vi det inom den första månaden. Det kostar ingenting. Vi kan behöva be dig styrka din identitet.`
            : `Contact us${how.length ? ` by ${joinList(how, lang, 'or')}` : ''}. We answer without undue delay and at the latest within one month. If the request is complex or we receive many requests, the time can be extended by two further months; we then tell you so within the first month. It is free of charge. We may need to ask you to confirm your identity.`,
        ),
      },
    ],
  });

  // 11. Complaints.
  sections.push({
    title: sv ? 'Rätt att klaga till Integritetsskyddsmyndigheten' : 'Right to complain to the supervisory authority',
    blocks: [
      paragraph(
        sv
          ? `Om du tycker att vi behandlar dina personuppgifter felaktigt kan du lämna ett klagomål till ${IMY.name.sv}. Hör gärna av dig till oss först, så försöker vi lösa det.`
          : `If you think that we process your personal data incorrectly, you can complain to ${IMY.name.en}. Please contact us first, and we will try to resolve it.`,
      ),
      {
        kind: 'list',
        items: [
          labelled(sv ? 'Postadress:' : 'Postal address:', IMY.address),
          labelled(sv ? 'E-post:' : 'E-mail:', IMY.email),
          labelled(sv ? 'Telefon:' : 'Phone:', sv ? IMY.phone : `${IMY.phone} (+46 8 657 61 00)`),
          labelled(sv ? 'Webbplats:' : 'Website:', IMY.web),
        ],
      },
    ],
  });

  // 12. The user's own sections.
  for (const s of facts.sections) {
    const title = sv ? s.titleSv : s.titleEn || s.titleSv;
    const body = sv ? s.bodySv : s.bodyEn || s.bodySv;
    sections.push({ title, blocks: paragraphs(body) });
  }

  // 13. This version.
  sections.push({
    title: sv ? 'Om den här versionen' : 'About this version',
    blocks: [
      paragraph(
        sv
          ? `Den här versionen av integritetspolicyn är daterad ${today} och bygger på vårt register över behandlingar i version ${version}. Vi uppdaterar policyn när vår behandling av personuppgifter ändras.${org.website ? ` Den senaste versionen finns alltid på ${org.website}.` : ''}`
          : `This version of the privacy notice is dated ${today} and is based on our record of processing activities in version ${version}. We update the notice when our processing of personal data changes.${org.website ? ` The latest version is always available at ${org.website}.` : ''}`,
      ),
    ],
  });

  return {
    lang,
    title: sv ? 'Integritetspolicy' : 'Privacy notice',
    subtitle: [
      `${org.name}${org.orgNr ? ` · ${org.orgNr}` : ''}`,
      sv ? `Version ${today} · registerversion ${version}` : `Version ${today} · register version ${version}`,
    ],
    organisationName: org.name,
    logo: facts.logo ? { mime: facts.logo.mime, data: facts.logo.data } : null,
    pageWords: sv ? { page: 'Sida', of: 'av' } : { page: 'Page', of: 'of' },
    footerText: sv ? `Integritetspolicy ${today} · registerversion ${version}` : `Privacy notice ${today} · register version ${version}`,
    sections,
    versionDate: today,
    registerVersion: version,
  };
}
