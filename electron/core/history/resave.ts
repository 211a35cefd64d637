import {
  activityFields,
  customerFields,
  equipmentFields,
  serviceFields,
  siteFields,
  subprocessorFields,
  systemFields,
  type HistoryKind,
} from '../../../shared/contract';
import { activitiesService } from '../activities/activities.service';
import { servicesService } from '../services/services.service';
import type { Session } from '../session';
import { sitesService } from '../sites/sites.service';
import { subprocessorsService } from '../subprocessors/subprocessors.service';
import { systemsService } from '../systems/systems.service';

// The history keeps no derived columns (search text, sort keys: they repeat personal data, such
// as contact persons' names, that a purge must be able to remove). After a record is written
// back, its own service saves it once more with its own values, which derives them again.

type Resave = (session: Session, id: number) => void;

export const RESAVE: Partial<Record<HistoryKind, Resave>> = {
  customer: (s, id) => {
    const c = s.customers.get(id);
    s.customers.update(id, c.revision, customerFields.parse(c));
  },
  activity: (s, id) => {
    const service = s.use(activitiesService);
    const a = service.get(id);
    service.update(id, a.revision, activityFields.parse(a));
  },
  service: (s, id) => {
    const service = s.use(servicesService);
    const v = service.get(id);
    service.update(id, v.revision, serviceFields.parse(v));
  },
  subprocessor: (s, id) => {
    const service = s.use(subprocessorsService);
    const v = service.get(id);
    service.update(id, v.revision, subprocessorFields.parse(v));
  },
  system: (s, id) => {
    const service = s.use(systemsService);
    const v = service.get(id);
    service.update(id, v.revision, systemFields.parse(v));
  },
  site: (s, id) => {
    const service = s.use(sitesService);
    const v = service.site(id);
    service.updateSite(id, v.revision, siteFields.parse(v));
  },
  equipment: (s, id) => {
    const service = s.use(sitesService);
    const v = service.get(id);
    service.update(id, v.revision, equipmentFields.parse(v));
  },
};
