import { Route, Routes } from 'react-router';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { CustomerPage } from '../features/customers/CustomerPage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { HistoryPage } from '../features/history/HistoryPage';
import { OrganisationPage } from '../features/organisation/OrganisationPage';
import { RequestsPage } from '../features/requests/RequestsPage';
import { RetentionPage } from '../features/retention/RetentionPage';
import { ServicesPage } from '../features/services/ServicesPage';
import { SitesPage } from '../features/sites/SitesPage';
import { SubprocessorsPage } from '../features/subprocessors/SubprocessorsPage';
import { ComingSoon } from '../ui/ComingSoon';
import { Layout } from './Layout';

/** The areas of an open register. Hash routes, so they work under app:// and http://. */
export function RegisterRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        <Route path="behandlingar" element={<ActivitiesPage />} />
        <Route path="kunder" element={<CustomersPage />} />
        <Route path="kunder/ny" element={<CustomerPage />} />
        <Route path="kunder/:id" element={<CustomerPage />} />
        <Route path="tjanster" element={<ServicesPage />} />
        <Route path="underbitraden" element={<SubprocessorsPage />} />
        <Route path="pub-avtal" element={<AgreementsPage />} />
        <Route path="kundplatser" element={<SitesPage />} />
        <Route path="gallring" element={<RetentionPage />} />
        <Route path="dokument" element={<DocumentsPage />} />
        <Route path="arenden" element={<RequestsPage />} />
        <Route path="historik" element={<HistoryPage />} />
        <Route path="organisation" element={<OrganisationPage />} />
        <Route path="*" element={<ComingSoon area="notFound" />} />
      </Route>
    </Routes>
  );
}
