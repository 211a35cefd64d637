import { Route, Routes } from 'react-router';
import { ActivitiesPage } from '../features/activities/ActivitiesPage';
import { ActivityPage } from '../features/activities/ActivityPage';
import { MeasuresPage } from '../features/measures/MeasuresPage';
import { ProcessorRegisterPage } from '../features/processor-register/ProcessorRegisterPage';
import { ServicePage } from '../features/services/ServicePage';
import { SubprocessorMatrixPage } from '../features/subprocessors/SubprocessorMatrixPage';
import { SubprocessorPage } from '../features/subprocessors/SubprocessorPage';
import { SystemsPage } from '../features/systems/SystemsPage';
import { VocabulariesPage } from '../features/vocabularies/VocabulariesPage';
import { AgreementsPage } from '../features/agreements/AgreementsPage';
import { AgreementPage } from '../features/agreements/AgreementPage';
import { AgreementTemplatePage } from '../features/agreements/AgreementTemplatePage';
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
import { EquipmentPage } from '../features/sites/EquipmentPage';
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
        <Route path="behandlingar/ny" element={<ActivityPage />} />
        <Route path="behandlingar/:id" element={<ActivityPage />} />
        <Route path="kunder" element={<CustomersPage />} />
        <Route path="kunder/ny" element={<CustomerPage />} />
        <Route path="kunder/:id" element={<CustomerPage />} />
        <Route path="tjanster" element={<ServicesPage />} />
        <Route path="tjanster/ny" element={<ServicePage />} />
        <Route path="tjanster/:id" element={<ServicePage />} />
        <Route path="bitradesregister" element={<ProcessorRegisterPage />} />
        <Route path="underbitraden" element={<SubprocessorsPage />} />
        <Route path="underbitraden/matris" element={<SubprocessorMatrixPage />} />
        <Route path="underbitraden/ny" element={<SubprocessorPage />} />
        <Route path="underbitraden/:id" element={<SubprocessorPage />} />
        <Route path="system" element={<SystemsPage />} />
        <Route path="atgarder" element={<MeasuresPage />} />
        <Route path="kategorier" element={<VocabulariesPage />} />
        <Route path="pub-avtal" element={<AgreementsPage />} />
        <Route path="pub-avtal/mall" element={<AgreementTemplatePage />} />
        <Route path="pub-avtal/:id" element={<AgreementPage />} />
        <Route path="kundplatser" element={<SitesPage />} />
        <Route path="kundplatser/utrustning/ny" element={<EquipmentPage />} />
        <Route path="kundplatser/utrustning/:id" element={<EquipmentPage />} />
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
