// The public sub-processor list as a view-model: what the register holds about the sub-processors
// the service catalogue uses (active services, active sub-processors), for all services or one,
// in one language, with the announced changes not yet in effect. The templates
// (documents/subprocessor-list.*.ts) only lay it out.
import type { ChangeKind, ChangeNoticeSummary } from '../../../shared/contract';
import { servicesAsOn } from '../change-notices/notice-effects';
import { enumLabel, locationIsInEea, locationLabel } from '../../../shared/domain/labels';
import type { Language } from '../../../shared/messages';
import { documentWords } from '../documents/document.words';
import { fallback, inLanguage } from '../documents/language';
import type { DocFrame, DocLogo } from '../documents/model';
import { notFound } from '../errors';
import { servicesService } from '../services/services.service';
import type { Session } from '../session';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { swedishSortKey } from '../text';
import { subprocessorListWords } from './subprocessor-list.words';

export interface SubprocessorListRow {
  id: number;
  name: string;
  /** Organisationsnummer or foreign id; '' when the register has none. */
  orgNr: string;
  /** "Sverige", "EU/EES", or a region's own name. */
  place: string;
  thirdCountry: boolean;
  /** What the sub-processor does (its service description); an English list marks it [sv]. */
  description: string;
  /** Where the data is processed, as the register says it. */
  locations: string;
  /** The transfer mechanism's label ("Inom EU/EES" when none is needed), with the SCC module. */
  transfer: string;
  /** The firm's services that use it, in Swedish name order. */
  services: string[];
}

export interface PlannedChangeRow {
  noticeId: number;
  kind: ChangeKind;
  kindLabel: string;
  effectiveDate: string;
  subprocessor: string;
  /** For a replacement: the one it replaces. */
  replaced: string | null;
  place: string;
  /** What changes, in words (the notice's text); '' when it has none. */
  change: string;
}

export interface SubprocessorListView extends DocFrame {
  /** Today (YYYY-MM-DD): the list's version. */
  versionDate: string;
  /** The one service listed; null for all. */
  service: { id: number; name: string } | null;
  intro: string;
  /** Said instead of the table when no sub-processor is listed. */
  emptyText: string;
  footerText: string;
  rows: SubprocessorListRow[];
  /** Announced changes, soonest first; null when not asked for (or none announced). */
  planned: PlannedChangeRow[] | null;
}

export interface SubprocessorListOptions {
  lang: Language;
  serviceId?: number;
  includePlanned: boolean;
}

const bySwedishName =
  <T>(nameOf: (x: T) => string, idOf: (x: T) => number) =>
  (a: T, b: T) => {
    const ka = swedishSortKey(nameOf(a));
    const kb = swedishSortKey(nameOf(b));
    return ka < kb ? -1 : ka > kb ? 1 : idOf(a) - idOf(b);
  };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The organisation's logo as the letterhead takes it. */
function logoOf(session: Session): DocLogo | null {
  const meta = session.organisation.get().logo;
  const data = meta ? session.organisation.getLogo() : null;
  if (!meta || !data) return null;
  return { mime: meta.mimeType, data: new Uint8Array(Buffer.from(data.dataUrl.slice(data.dataUrl.indexOf(',') + 1), 'base64')) };
}

/**
 * The announced changes to list: decided to notify, with an effective date after `today`, for
 * the listed service (a 'change' concerns every service using the sub-processor), soonest first.
 * `placeOf` gives a sub-processor's place by id ('' when unknown).
 */
export function plannedChanges(
  notices: readonly ChangeNoticeSummary[],
  options: { lang: Language; today: string; serviceId?: number; listedIds: ReadonlySet<number>; placeOf: (id: number) => string },
): PlannedChangeRow[] {
  const { lang, today, serviceId } = options;
  const words = subprocessorListWords[lang];
  return notices
    .filter((n) => n.decision === 'notify' && n.effectiveDate !== null && n.effectiveDate > today)
    .filter((n) => n.state !== 'in_effect' && n.state !== 'withdrawn' && n.state !== 'no_notice')
    .filter(
      (n) =>
        serviceId === undefined ||
        n.services.some((s) => s.id === serviceId) ||
        (n.kind === 'change' && options.listedIds.has(n.subprocessor.id)),
    )
    .map((n) => ({
      noticeId: n.id,
      kind: n.kind,
      kindLabel: words.kind[n.kind],
      effectiveDate: n.effectiveDate!,
      subprocessor: n.subprocessor.name,
      replaced: n.replacedSubprocessor?.name ?? null,
      place: options.placeOf(n.subprocessor.id),
      change: (lang === 'sv' ? n.changeSv : fallback(n.changeEn, n.changeSv)).trim(),
    }))
    .sort(
      (a, b) =>
        (a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0) ||
        bySwedishName<PlannedChangeRow>(
          (r) => r.subprocessor,
          (r) => r.noticeId,
        )(a, b),
    );
}

/** Where the open change notices come from (the change-notice service; a test may give its own). */
export type NoticeSource = (session: Session) => readonly ChangeNoticeSummary[];

/** The list's view-model, read from the register in one transaction. */
export function buildSubprocessorList(session: Session, options: SubprocessorListOptions, notices: NoticeSource): SubprocessorListView {
  return session.tx(() => {
    const { lang, serviceId } = options;
    const words = subprocessorListWords[lang];
    const org = session.organisation.get();
    const catalogue = session.use(servicesService).records();
    let services = catalogue.filter((s) => s.status === 'active');
    let service: { id: number; name: string } | null = null;
    if (serviceId !== undefined) {
      const one = catalogue.find((s) => s.id === serviceId);
      if (!one) throw notFound(`Service ${serviceId}`);
      // Asked for by name: listed even when archived, so the answer is never "no such service".
      services = [one];
      service = { id: one.id, name: one.name };
    }
    services.sort(
      bySwedishName(
        (s) => s.name,
        (s) => s.id,
      ),
    );
    const today = session.today();
    // As in effect today: an announced addition is not listed before its date, a removal still is.
    services = servicesAsOn(session, services, today);

    const usedBy = new Map<number, string[]>();
    for (const s of services) {
      for (const id of s.subprocessorIds) {
        const names = usedBy.get(id) ?? [];
        if (!names.includes(s.name)) names.push(s.name);
        usedBy.set(id, names);
      }
    }
    const subprocessors = session.use(subprocessorsService);
    const records = subprocessors.records([...usedBy.keys()]).filter((r) => r.status === 'active');
    const rows: SubprocessorListRow[] = records
      .map((r) => {
        const module =
          r.transferMechanism === 'scc_2021_914' && r.sccModule ? `\n${enumLabel('sccModule', r.sccModule, lang).split(':')[0]}` : '';
        return {
          id: r.id,
          name: r.name.trim(),
          orgNr: r.orgNr.trim(),
          place: capitalise(locationLabel(r, lang)),
          thirdCountry: !locationIsInEea(r),
          // Sub-processors' own texts have no English variant: an English list marks them.
          description: inLanguage(lang, r.serviceDescription.trim(), ''),
          locations: inLanguage(lang, r.processingLocations.trim(), ''),
          transfer: `${enumLabel('transferMechanism', r.transferMechanism, lang)}${module}`,
          services: usedBy.get(r.id) ?? [],
        };
      })
      .sort(
        bySwedishName(
          (r) => r.name,
          (r) => r.id,
        ),
      );

    let planned: PlannedChangeRow[] | null = null;
    if (options.includePlanned) {
      const listedIds = new Set(rows.map((r) => r.id));
      const announced = notices(session);
      const placeIds = [...new Set(announced.map((n) => n.subprocessor.id))];
      const places = new Map(subprocessors.records(placeIds).map((r) => [r.id, capitalise(locationLabel(r, lang))]));
      const found = plannedChanges(announced, {
        lang,
        today,
        ...(serviceId === undefined ? {} : { serviceId }),
        listedIds,
        placeOf: (id) => places.get(id) ?? '',
      });
      planned = found.length ? found : null;
    }

    const orgName = org.name.trim();
    return {
      lang,
      title: words.title,
      subtitle: [...(service ? [words.service(service.name)] : []), words.versionDate(today)],
      organisationName: orgName,
      logo: logoOf(session),
      pageWords: documentWords[lang].pageWords,
      versionDate: today,
      service,
      intro: service ? words.introService(orgName, service.name) : words.intro(orgName),
      emptyText: service ? words.emptyService(service.name) : words.empty,
      footerText: words.footer(today),
      rows,
      planned,
    };
  });
}
