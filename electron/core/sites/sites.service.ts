import type { z } from 'zod';
import type { Equipment, Site, equipmentListInput } from '../../../shared/contract';
import { conflict, inUse, invalidField, notFound } from '../errors';
import type { Session } from '../session';
import { swedishSortKey } from '../text';
import { createSitesRepo, searchWords, type EquipmentFieldsOut, type EquipmentRecord, type SiteFieldsOut } from './sites.repo';

/** Sites and the equipment placed there (product.md §3.5): the rules, revisions and history. */
export function createSitesService(session: Session) {
  const repo = createSitesRepo(session.db);

  function site(id: number): Site {
    const record = repo.site(id);
    if (!record) throw notFound(`Site ${id}`);
    return record;
  }

  function toEquipment(record: EquipmentRecord): Equipment {
    const services = repo.servicesOf(record.id);
    const sorted = services
      .map((s) => ({ s, key: swedishSortKey(s.name) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s.id - b.s.id))
      .map((x) => x.s);
    return { ...record, serviceIds: sorted.map((s) => s.id), services: sorted, moves: repo.movesOf(record.id) };
  }

  function get(id: number): Equipment {
    const record = repo.equipment(id);
    if (!record) throw notFound(`Equipment ${id}`);
    return toEquipment(record);
  }

  function customerName(customerId: number, path: string[]): string {
    const name = repo.customerName(customerId);
    if (name === null) throw invalidField(path, 'v.unknownReference');
    return name;
  }

  /** A site of the given customer (INVALID_INPUT at `path` otherwise); null stays null. */
  function siteOf(customerId: number, siteId: number | null, path: string[]): { id: number; name: string } | null {
    if (siteId === null) return null;
    const found = repo.sitePlace(siteId);
    if (!found) throw invalidField(path, 'v.unknownReference');
    if (found.customerId !== customerId) throw invalidField(path, 'v.equipment.siteOfOtherCustomer');
    return found;
  }

  /**
   * Services must be ones the customer subscribes to (any period: a device keeps serving an
   * ended customer's records until they are purged). Links already on the device are kept.
   */
  function checkServices(customerId: number, f: EquipmentFieldsOut, kept: readonly number[]): EquipmentFieldsOut {
    const serviceIds = [...new Set(f.serviceIds)];
    const allowed = repo.subscribedServiceIds(customerId);
    for (const id of serviceIds) {
      if (!allowed.has(id) && !kept.includes(id)) throw invalidField(['fields', 'serviceIds'], 'v.equipment.serviceNotSubscribed', { id });
    }
    return { ...f, serviceIds };
  }

  return {
    // Sites ------------------------------------------------------------------------------------
    /** The customer's sites in Swedish order. */
    sites(customerId: number): Site[] {
      if (repo.customerName(customerId) === null) throw notFound(`Customer ${customerId}`);
      return repo
        .sitesOf(customerId)
        .map((s) => ({ s, key: swedishSortKey(s.name) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.s.id - b.s.id))
        .map((x) => x.s);
    },
    site,
    createSite(customerId: number, fields: SiteFieldsOut): Site {
      return session.tx(() => {
        customerName(customerId, ['customerId']);
        return site(repo.insertSite(customerId, fields, session.now()));
      });
    },
    /** A renamed site renames itself in its devices' search text too. */
    updateSite(id: number, revision: number, fields: SiteFieldsOut): Site {
      return session.tx(() => {
        if (!repo.updateSite(id, revision, fields, session.now())) throw conflict(site(id));
        return site(id);
      });
    },
    /** Refused while devices stand at the site: their history would lose its place. */
    deleteSite(id: number, revision: number): { id: number } {
      return session.tx(() => {
        const current = site(id);
        if (current.revision !== revision) throw conflict(current);
        if (current.equipmentCount > 0) throw inUse('e.inUse.site', { count: current.equipmentCount });
        if (!repo.deleteSite(id, revision)) throw conflict(site(id));
        return { id };
      });
    },

    // Equipment --------------------------------------------------------------------------------
    list: (query: z.output<typeof equipmentListInput>) => repo.list(query),
    get,
    /**
     * Search everywhere's devices. Only once a word has three letters: shorter ones cannot use the
     * trigram index, and one or two letters would list thousands of devices on every keystroke.
     */
    search(query: string, limit: number) {
      const words = searchWords(query);
      return words.some((w) => w.length >= 3) ? repo.search(words, limit) : { total: 0, items: [] };
    },
    /**
     * Keeps a renamed customer's devices findable under the new name: the customers service calls
     * it in the same transaction as the update. Writes only devices whose text actually changed.
     */
    customerRenamed(customerId: number): void {
      repo.refreshCustomerText(customerId);
    },
    create(place: { customerId: number; siteId: number | null }, fields: EquipmentFieldsOut): Equipment {
      return session.tx(() => {
        const customer = customerName(place.customerId, ['customerId']);
        const at = siteOf(place.customerId, place.siteId, ['siteId']);
        const f = checkServices(place.customerId, fields, []);
        const now = session.now();
        const id = repo.insertEquipment(place, f, { site: at?.name ?? '', customer }, now);
        // Where it was placed is the first line of its history.
        if (at) {
          repo.insertMove(
            {
              equipmentId: id,
              fromSiteId: null,
              toSiteId: at.id,
              fromSiteName: '',
              toSiteName: at.name,
              movedOn: f.installedOn ?? session.today(),
              note: '',
            },
            now,
          );
        }
        return get(id);
      });
    },
    update(id: number, revision: number, fields: EquipmentFieldsOut): Equipment {
      return session.tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        const f = checkServices(current.customerId, fields, current.serviceIds);
        const names = { site: current.siteName, customer: current.customerName };
        if (!repo.updateEquipment(id, revision, f, names, session.now())) throw conflict(get(id));
        return get(id);
      });
    },
    delete(id: number, revision: number): { id: number } {
      return session.tx(() => {
        if (!repo.deleteEquipment(id, revision)) throw conflict(get(id));
        return { id };
      });
    },
    /** To another of the customer's sites (or none), with a line in the history. */
    move(id: number, revision: number, toSiteId: number | null, movedOn: string, note: string): Equipment {
      return session.tx(() => {
        const current = get(id);
        if (current.revision !== revision) throw conflict(current);
        if (toSiteId === current.siteId) throw invalidField(['toSiteId'], 'v.equipment.sameSite');
        const to = siteOf(current.customerId, toSiteId, ['toSiteId']);
        const last = repo.lastMoveDate(id);
        if (last !== null && movedOn < last) throw invalidField(['movedOn'], 'v.equipment.moveBeforeLast', { date: last });
        const now = session.now();
        if (!repo.placeEquipment(id, revision, toSiteId, now)) throw conflict(get(id));
        repo.insertMove(
          {
            equipmentId: id,
            fromSiteId: current.siteId,
            toSiteId,
            fromSiteName: current.siteName,
            toSiteName: to?.name ?? '',
            movedOn,
            note,
          },
          now,
        );
        return get(id);
      });
    },
  };
}

export type SitesService = ReturnType<typeof createSitesService>;
export const sitesService = (session: Session): SitesService => createSitesService(session);
