import type { CustomerFields } from '../../../shared/contract';
import { withCheckDigit } from '../../../shared/orgnr';
import { customerFields, organisationFields } from '../../../shared/contract';
import type { Session } from '../session';

export const SAMPLE_FILE_NAME = 'Exempel IT AB.forteckna';

// "Exempel IT AB": a small MSP in Västerås with customers around Mälardalen. Every entity that
// exists gets realistic data; later features extend this file. Fictitious organisation numbers
// with valid check digits.

const ORGANISATION = {
  name: 'Exempel IT AB',
  orgNr: '556677-8899',
  address: { street: 'Stora Gatan 12', postalCode: '722 12', city: 'Västerås', country: 'Sverige' },
  email: 'info@exempelit.se',
  phone: '021-12 34 56',
  website: 'https://www.exempelit.se',
  dpo: { name: 'Karin Ödman', email: 'dataskydd@exempelit.se', phone: '021-12 34 50' },
  defaultLanguage: 'sv' as const,
  signatoryName: 'Jonas Åberg',
  signatoryTitle: 'VD',
};

type SampleCustomer = [name: string, orgNr: string, street: string, postal: string, city: string, contacts: [string, string][]];

const CUSTOMERS: SampleCustomer[] = [
  ['Västerås Redovisning AB', '556012-3452', 'Kopparbergsvägen 8', '722 13', 'Västerås', [['Anna Lindqvist', 'Ekonomichef'], ['Per Sjöberg', 'IT-ansvarig']]],
  ['Mälardalens Tandvård AB', '556123-4567', 'Sigurdsgatan 21', '721 30', 'Västerås', [['Eva Bergström', 'Klinikchef']]],
  ['Köpings Bygg & Måleri AB', '556234-5676', 'Glasgatan 4', '731 30', 'Köping', [['Lars Öberg', 'VD']]],
  ['Sala Silvergruva Turism AB', '556345-6785', 'Drottning Christinas väg', '733 36', 'Sala', [['Maria Håkansson', 'Verksamhetschef']]],
  ['Eskilstuna Logistik AB', '556456-7894', 'Verkstadsgatan 3', '632 20', 'Eskilstuna', [['Johan Nyström', 'Driftchef'], ['Sara Ek', 'HR']]],
  ['Enköpings Advokatbyrå KB', '916512-3451', 'Kungsgatan 17', '745 31', 'Enköping', [['Birgitta Wallin', 'Delägare']]],
  ['Arboga Mekaniska Verkstad AB', '556567-8903', 'Järnvägsgatan 9', '732 30', 'Arboga', [['Göran Ström', 'VD']]],
  ['Fagersta Fastigheter AB', '556678-9012', 'Västmannavägen 2', '737 30', 'Fagersta', [['Helena Åkesson', 'Förvaltare']]],
  ['Hallstahammars Bilservice AB', '556789-0121', 'Trefasgatan 6', '734 30', 'Hallstahammar', [['Mikael Lund', 'Ägare']]],
  ['Strängnäs Förskolor AB', '556890-1230', 'Gyllenhielmsgatan 5', '645 30', 'Strängnäs', [['Karin Söderlund', 'Rektor']]],
  ['Uppsala Konsultgrupp AB', '556901-2349', 'Dragarbrunnsgatan 40', '753 20', 'Uppsala', [['Fredrik Holm', 'VD'], ['Linnea Blom', 'Kontorschef']]],
  ['Örebro Kyl & Värme AB', '556111-2223', 'Radiatorvägen 11', '702 27', 'Örebro', [['Tomas Engström', 'Serviceansvarig']]],
  ['Norbergs Hembygdsförening', '802412-3459', 'Malmvägen 1', '738 31', 'Norberg', [['Ingrid Dahl', 'Ordförande']]],
  ['Surahammars Revisionsbyrå AB', '556222-3334', 'Centrumvägen 3', '735 30', 'Surahammar', [['Olof Lindgren', 'Auktoriserad revisor']]],
  ['Västmanlands Städservice AB', '556333-4445', 'Saltängsvägen 22', '721 32', 'Västerås', [['Fatima Hassan', 'VD']]],
  ['Kungsörs Kommunfastigheter AB', '556444-5556', 'Drottninggatan 20', '736 30', 'Kungsör', [['Anders Björk', 'Fastighetschef']]],
  ['Mälarhamnens Marina AB', '556555-6667', 'Hamnvägen 7', '721 31', 'Västerås', [['Sofia Strand', 'Hamnkapten']]],
  ['Ängshagens Vårdboende AB', '556666-7778', 'Ängsvägen 14', '724 76', 'Västerås', [['Lena Forsberg', 'Verksamhetschef'], ['Ahmed Yilmaz', 'Systemförvaltare']]],
  ['Rönnby Elektriska AB', '556777-8889', 'Rönnbyvägen 30', '725 92', 'Västerås', [['Patrik Sundberg', 'VD']]],
  ['Tillberga Lantbruk HB', '969777-1239', 'Tillberga Gård', '725 96', 'Västerås', [['Erik Johansson', 'Delägare']]],
  ['Bäckby Bokhandel AB', '556888-9990', 'Bäckbytorget 2', '723 43', 'Västerås', [['Elin Nilsson', 'Butikschef']]],
  ['Skultuna Design AB', '556999-0009', 'Bruksgatan 1', '726 31', 'Skultuna', [['Magnus Ekdahl', 'Designchef']]],
  ['Irsta Måleri AB', '556100-2003', 'Irstavägen 45', '725 97', 'Västerås', [['Kristina Åström', 'VD']]],
  ['Hälla Trafikskola AB', '556200-3004', 'Hällagatan 8', '721 36', 'Västerås', [['Daniel Persson', 'Trafiklärare']]],
  ['Barkarö Byggtjänst AB', '556300-4005', 'Barkarö Kyrkväg 3', '725 91', 'Västerås', [['Jenny Olofsson', 'Projektledare']]],
  ['Kolbäcks Veterinärklinik AB', '556400-5006', 'Kolbäcksvägen 19', '734 32', 'Kolbäck', [['Ulrika Sandberg', 'Veterinär']]],
  ['Västerås Konsthall Vänner', '802500-6007', 'Fiskartorget 2', '722 15', 'Västerås', [['Gunnar Wik', 'Kassör']]],
  ['Ramnäs Bruk Smide AB', '556600-7008', 'Bruksvägen 12', '735 91', 'Ramnäs', [['Camilla Berg', 'Ekonomiansvarig']]],
  // Two customers whose contracts have ended: they show the contract end and, later, purging.
  ['Gamla Tryckeriet i Västerås AB', '556700-8009', 'Tryckerigatan 4', '721 34', 'Västerås', [['Bengt Karlsson', 'f.d. VD']]],
  ['Hökåsens Kontorshotell AB', '556800-9000', 'Hökåsen 11', '725 94', 'Västerås', [['Nina Axelsson', 'Centrumchef']]],
];

const two = (k: number) => String(10 + (k % 90));

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '')
    .slice(0, 16);
}


export function sampleCustomers(): CustomerFields[] {
  return CUSTOMERS.map(([name, orgNr, street, postalCode, city, contacts], i) => {
    const domain = `${slug(name)}.se`;
    const ended = i >= CUSTOMERS.length - 2;
    const startYear = 2018 + (i % 7);
    return {
      name,
      // The table's last digit is a placeholder: the check digit is computed.
      orgNr: withCheckDigit(orgNr.replace('-', '').slice(0, 9)),
      visitingAddress: { street, postalCode, city, country: 'Sverige' },
      invoiceAddress: { street: '', postalCode: '', city: '', country: '' },
      invoiceSameAsVisiting: i % 5 !== 0,
      ...(i % 5 === 0
        ? { invoiceAddress: { street: `Box ${100 + i * 7}`, postalCode, city, country: 'Sverige' } }
        : {}),
      contactPersons: contacts.map(([person, role], n) => ({
        name: person,
        role,
        email: `${slug(person.split(' ')[0]!)}.${slug(person.split(' ')[1] ?? '')}@${domain}`,
        phone: `021-${two(i * 3 + n)} ${two(i * 7 + n * 13)} ${two(i * 11 + 5)}`,
      })),
      dpo: i % 6 === 1 ? { name: 'Dataskyddsombud', email: `dso@${domain}`, phone: '' } : { name: '', email: '', phone: '' },
      contractStart: `${startYear}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      contractEnd: ended ? `2025-${i % 2 === 0 ? '05-15' : '09-30'}` : null,
      status: ended ? 'ended' : 'active',
      notes: i === 1 ? 'Patientjournalsystemet ägs av leverantören; vi sköter nätverk och arbetsplatser.' : '',
    };
  });
}

/** Fills an open, newly created register with the sample data, in one transaction. */
export function writeSampleRegister(session: Session, progress: (done: number, total: number) => void = () => {}): void {
  const customers = sampleCustomers();
  const total = customers.length + 1;
  session.tx(() => {
    const org = session.organisation.get();
    session.organisation.update(organisationFields.parse(ORGANISATION), org.revision);
    progress(1, total);
    customers.forEach((c, i) => {
      session.customers.create(customerFields.parse(c));
      progress(i + 2, total);
    });
  });
}
