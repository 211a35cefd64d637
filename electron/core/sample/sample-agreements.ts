// PUB-avtal of the sample register (issue 4): a few customers with agreements in each state, so
// every part of the agreement pages has something to show. Dates are relative to today, so the
// overdue one stays overdue whenever the sample is written.
import type { AgreementFields, Customer } from '../../../shared/contract';
import { agreementsService, daysBefore } from '../agreements/agreements.service';
import type { Session } from '../session';

type Step =
  | { days: number; lang?: 'sv' | 'en'; notes?: string }
  | { days: number; status: 'sent' | 'signed' | 'terminated' }
  | { days: number; attach: string };

/** Per sample customer (by index): its agreement history, oldest first; `days` = days before today. */
const HISTORIES: Record<number, Step[]> = {
  // Signed years ago, renewed last month with the new services; the signed copy is attached.
  0: [
    { days: 430 },
    { days: 428, status: 'sent' },
    { days: 415, status: 'signed' },
    { days: 32, notes: 'Ny version med Microsoft 365-administrationen.' },
    { days: 30, status: 'sent' },
    { days: 21, status: 'signed' },
    { days: 20, attach: 'PUB-avtal signerat' },
  ],
  // Signed directly at a meeting.
  1: [{ days: 200 }, { days: 198, status: 'signed' }, { days: 198, attach: 'PUB-avtal underskrivet' }],
  // Sent two months ago and still not signed: overdue.
  2: [
    { days: 70, notes: 'Påminnelse skickad per e-post.' },
    { days: 68, status: 'sent' },
  ],
  // Sent last week.
  3: [{ days: 9 }, { days: 7, status: 'sent' }],
  // A draft waiting to be sent.
  4: [{ days: 1, notes: 'Kontrollera firmatecknare innan utskick.' }],
  // In English, for the customer's group legal department.
  5: [
    { days: 300, lang: 'en' },
    { days: 290, status: 'signed' },
  ],
  // An ended customer: the agreement was terminated with the contract.
  28: [{ days: 900 }, { days: 890, status: 'signed' }, { days: 400, status: 'terminated' }],
};

/** A small, valid one-page PDF standing in for the scanned, signed copy. */
function signedCopyPdf(title: string): Buffer {
  const text = `${title} (exempel)`.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** One step of a sample agreement's life, on its day (`days` before today); steps run in order. */
export interface SampleAgreementStep {
  days: number;
  customerIndex: number;
  kind: 'generate' | 'sent' | 'signed' | 'terminated' | 'attach';
  run(): Promise<void>;
}

/** The steps that write the sample agreements, oldest first per customer; each is its own transaction. */
export function sampleAgreementSteps(session: Session, customers: readonly Customer[]): SampleAgreementStep[] {
  const agreements = session.use(agreementsService);
  const today = session.today();
  const at = (days: number) => `${daysBefore(today, days)}T09:00:00.000Z`;
  const out: SampleAgreementStep[] = [];
  for (const [index, steps] of Object.entries(HISTORIES)) {
    const customer = customers[Number(index)];
    if (!customer) continue;
    let id: number | null = null;
    for (const step of steps) {
      const base = { days: step.days, customerIndex: Number(index) };
      if ('status' in step) {
        out.push({
          ...base,
          kind: step.status,
          run: async () => {
            const current = agreements.get(id!);
            agreements.setStatus(current.id, current.revision, step.status, daysBefore(today, step.days));
          },
        });
      } else if ('attach' in step) {
        out.push({
          ...base,
          kind: 'attach',
          run: async () => {
            const current = agreements.get(id!);
            const pdf = signedCopyPdf(`${step.attach} – ${customer.name}`);
            agreements.attach({
              id: current.id,
              revision: current.revision,
              fileName: `${step.attach}.pdf`,
              mime: 'application/pdf',
              dataBase64: pdf.toString('base64'),
            });
          },
        });
      } else {
        out.push({
          ...base,
          kind: 'generate',
          run: async () => {
            const fields: AgreementFields = { ...agreements.defaults(customer.id), lang: step.lang ?? 'sv', notes: step.notes ?? '' };
            id = (await agreements.generateVersion(customer.id, { ...fields, effectiveOn: null }, at(step.days))).id;
          },
        });
      }
    }
  }
  return out;
}

/** Writes the sample agreements; each version is its own transaction. Call after the sample is written. */
export async function writeSampleAgreementVersions(session: Session, customers: readonly Customer[]): Promise<void> {
  for (const step of sampleAgreementSteps(session, customers)) await step.run();
}
