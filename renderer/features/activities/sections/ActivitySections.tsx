import type { Activity } from '../../../../shared/contract';
import type { Lookups } from '../../../ui/useLookups';
import { BasicsSection, PurposesSection } from './basics';
import { SensitiveSection, SourcesSection, SubjectsSection } from './data';
import { DpiaSection, OtherSection } from './review';
import { RetentionSection, SecuritySection, SystemsSection } from './safeguards';
import { RecipientsSection, TransfersSection } from './sharing';

/** The activity form's sections, in the order of SECTIONS (the section menu and the completeness links follow it). */
export function ActivitySections({ lookups, activity }: { lookups: Lookups; activity: Activity | null }) {
  return (
    <>
      <BasicsSection archived={activity?.status === 'archived'} />
      <PurposesSection />
      <SubjectsSection lookups={lookups} activity={activity} />
      <SensitiveSection />
      <RecipientsSection lookups={lookups} />
      <TransfersSection />
      <SystemsSection lookups={lookups} activity={activity} />
      <RetentionSection lookups={lookups} activity={activity} />
      <SecuritySection lookups={lookups} />
      <SourcesSection />
      <DpiaSection />
      <OtherSection />
    </>
  );
}
