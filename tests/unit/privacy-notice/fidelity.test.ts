// Issue 14: the notice says what the register holds, in the language asked for, and nothing else.
// Each test builds a small register through the contract and reads the generated text.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import {
  activityFields,
  emptyActivity,
  emptyRetentionRule,
  emptyService,
  retentionRuleFields,
  type ActivityFields,
  type PrivacyNoticeFields,
} from '../../../shared/contract';
import { withCheckDigit } from '../../../shared/orgnr';
import { call, coreWithRegister, ok } from '../helpers';

/** The notice's text: block ends as new lines, table cells separated by " | ", entities decoded. */
async function noticeText(core: Core, lang: 'sv' | 'en'): Promise<string> {
  const { html } = await ok(core, 'privacyNotice.preview', { lang });
  const main = html.slice(html.indexOf('<main'));
  return main
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<br>|<\/(p|li|h\d|tr)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const preflight = async (core: Core, lang: 'sv' | 'en' = 'sv', uiLang: 'sv' | 'en' = 'sv') =>
  ok(core, 'preflight.check', { document: 'privacyNotice', lang, uiLang });

/** A register with a complete organisation profile (contact details unless told otherwise). */
async function register(org: Record<string, unknown> = {}) {
  const { core, dir } = await coreWithRegister();
  const current = await ok(core, 'organisation.get', {});
  await ok(core, 'organisation.update', {
    ...current,
    name: 'Test AB',
    orgNr: '5566778899',
    address: { street: 'Storgatan 1', postalCode: '722 11', city: 'Västerås', country: 'Sverige' },
    email: 'info@test.se',
    phone: '021-10 20 30',
    website: '',
    ...org,
  } as never);
  const terms = await ok(core, 'vocabularies.list', { includeArchived: false });
  const term = (code: string) => terms.find((t) => t.code === code)!.id;
  const activity = (fields: Partial<ActivityFields>) =>
    ok(
      core,
      'activities.create',
      activityFields.parse({
        ...emptyActivity,
        name: 'Kundregister',
        status: 'active',
        purposes: [{ description: 'Administrera kundavtal', legalBasis: 'contract', legalBasisDetail: '', liaText: '' }],
        noRecipients: true,
        ...fields,
      }),
    );
  const notice = async (fields: Partial<PrivacyNoticeFields>) => {
    const s = await ok(core, 'privacyNotice.get', {});
    return ok(core, 'privacyNotice.update', {
      revision: s.revision,
      introSv: s.introSv,
      introEn: s.introEn,
      excludedActivityIds: s.excludedActivityIds,
      sections: s.sections,
      ...fields,
    });
  };
  return { core, dir, term, activity, notice };
}

describe('unknown is not "none" (point 1)', () => {
  it('says "we do not disclose" only when every activity answered "no recipients"', async () => {
    const r = await register();
    const unanswered = await r.activity({ name: 'Supportärenden', noRecipients: false });
    let sv = await noticeText(r.core, 'sv');
    expect(sv).not.toContain('Vi lämnar inte ut');
    expect(sv).not.toContain('Vi för inte över');
    let check = await preflight(r.core);
    expect(check.ok).toBe(false);
    expect(check.items).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'activity.recipientsUnanswered',
        subject: 'Supportärenden',
        fix: { kind: 'activity', id: unanswered.id, field: 'recipients' },
      }),
    );

    // Answered "none": the sentence is true now.
    await ok(r.core, 'activities.update', {
      id: unanswered.id,
      revision: unanswered.revision,
      fields: activityFields.parse({ ...emptyActivity, ...unanswered, noRecipients: true }),
    } as never);
    sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Vi lämnar inte ut dina personuppgifter till någon annan.');
    expect(sv).toContain('Vi för inte över dina personuppgifter till länder utanför EU/EES.');
    expect(await noticeText(r.core, 'en')).toContain('We do not disclose your personal data to anyone else.');
    check = await preflight(r.core);
    expect(check.items.filter((i) => i.code === 'activity.recipientsUnanswered')).toEqual([]);

    // A second activity with a recipient: the recipient is listed, "none" is no longer said.
    await r.activity({
      name: 'Fakturering',
      noRecipients: false,
      recipients: [{ kind: 'external', termId: null, subprocessorId: null, name: 'Revisorn' }],
    });
    sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Revisorn');
    expect(sv).not.toContain('Vi lämnar inte ut');
  });

  it('names each recipient once, a term in lower case inside the sentence and a typed name as written', async () => {
    const r = await register();
    const staff = { kind: 'internal' as const, termId: r.term('internal_staff'), subprocessorId: null, name: '' };
    const auditor = { kind: 'external' as const, termId: r.term('auditor_accountant'), subprocessorId: null, name: '' };
    const agency = { kind: 'external' as const, termId: null, subprocessorId: null, name: 'Skatteverket' };
    await r.activity({ name: 'Lön', noRecipients: false, recipients: [staff, agency] });
    await r.activity({ name: 'Bokföring', noRecipients: false, recipients: [staff, auditor] });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Inom vår organisation: Egen personal med behörighet.');
    // The second item has an "och" of its own: the list joins with "samt".
    expect(sv).toContain('till revisor och redovisningsbyrå samt Skatteverket.');
  });

  it('prints "Så gör du: Kontakta oss" only with a way to do so, and the preflight asks for one', async () => {
    const r = await register({ email: '', phone: '', address: { street: '', postalCode: '', city: '', country: '' } });
    await r.activity({});
    const sv = await noticeText(r.core, 'sv');
    expect(sv).not.toMatch(/Kontakta oss/);
    expect(sv).toContain('senast inom en månad');
    const check = await preflight(r.core);
    expect(check.ok).toBe(false);
    expect(check.items).toContainEqual(
      expect.objectContaining({ code: 'notice.noContact', severity: 'error', fix: { kind: 'organisation', id: null, field: 'email' } }),
    );
    expect((await preflight(r.core, 'sv', 'en')).items.find((i) => i.code === 'notice.noContact')?.text).toMatch(
      /^The organisation has no/,
    );

    const withEmail = await register({ phone: '', address: { street: '', postalCode: '', city: '', country: '' } });
    await withEmail.activity({});
    expect(await noticeText(withEmail.core, 'sv')).toContain('Så gör du: Kontakta oss via e-post till info@test.se.');
    expect(await noticeText(withEmail.core, 'en')).toContain('How to use them: Contact us by e-mail at info@test.se.');
    expect((await preflight(withEmail.core)).items.map((i) => i.code)).not.toContain('notice.noContact');
  });

  it('writes about cookies only from the cookie answer', async () => {
    const r = await register({ website: 'www.test.se' });
    await r.activity({
      name: 'Kontaktformulär',
      dataSubjectTermIds: [r.term('website_visitor')],
      purposes: [
        {
          description: 'Besvara frågor',
          legalBasis: 'legitimate_interests',
          legalBasisDetail: '',
          liaText: 'Den som skriver vill ha svar.',
        },
      ],
    });
    let sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('När du besöker vår webbplats www.test.se');
    expect(sv).not.toMatch(/kakor|cookies|samtyckt/i);
    expect((await preflight(r.core)).items).toContainEqual(
      expect.objectContaining({
        code: 'notice.cookiesUnanswered',
        severity: 'error',
        fix: { kind: 'privacyNotice', id: null, field: 'cookies' },
      }),
    );

    await r.notice({ cookies: 'necessary_only' });
    sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Webbplatsen använder inga andra kakor (cookies) än de som behövs för att den ska fungera.');
    expect(sv).not.toContain('om du har sagt ja');
    expect((await preflight(r.core)).ok).toBe(true);

    const refused = await call(r.core, 'privacyNotice.update', {
      ...(await ok(r.core, 'privacyNotice.get', {})),
      cookies: 'described',
      cookieList: [],
    });
    expect(refused.ok ? null : refused.error.issues?.[0]).toMatchObject({ path: ['cookieList'], message: 'v.required' });

    await r.notice({
      cookies: 'described',
      cookieList: [
        {
          name: 'sessionid',
          provider: '',
          purposeSv: 'Håller dig inloggad',
          purposeEn: 'Keeps you signed in',
          lifetimeSv: 'Sessionen',
          lifetimeEn: 'The session',
          needsConsent: false,
        },
        {
          name: '_pk_id',
          provider: 'Matomo',
          purposeSv: 'Besöksstatistik',
          purposeEn: '',
          lifetimeSv: '13 månader',
          lifetimeEn: '13 months',
          needsConsent: true,
        },
      ],
    });
    sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('sessionid | – | Håller dig inloggad | Sessionen | Nej |');
    expect(sv).toContain('_pk_id | Matomo | Besöksstatistik | 13 månader | Ja |');
    expect(sv).toContain('Kakor som kräver samtycke använder vi bara om du har sagt ja till dem.');
    const en = await noticeText(r.core, 'en');
    expect(en).toContain('_pk_id | Matomo | Besöksstatistik [sv] | 13 months | Yes |');
    expect((await preflight(r.core, 'en')).items).toContainEqual(
      expect.objectContaining({ code: 'notice.englishMissing', fix: { kind: 'privacyNotice', id: null, field: 'cookieList.1.purposeEn' } }),
    );
    const saved = await ok(r.core, 'privacyNotice.get', {});
    expect(saved.cookieList.map((c) => c.name)).toEqual(['sessionid', '_pk_id']);
  });

  it('says nothing about a website for a firm without one', async () => {
    const r = await register();
    await r.activity({});
    const sv = await noticeText(r.core, 'sv');
    expect(sv).not.toMatch(/kakor|cookies|besöker/i);
    expect((await preflight(r.core)).items.map((i) => i.code)).not.toContain('notice.cookiesUnanswered');
  });
});

describe('no fixed claims (point 2)', () => {
  it('gives the recorded personnummer justification, never one of its own', async () => {
    const r = await register();
    await r.activity({
      name: 'Lön',
      dataSubjectTermIds: [r.term('employee')],
      personnummer: true,
      pnrJustification: 'clearly_justified_secure_id',
      pnrNote: 'Krävs för kontrolluppgifter',
    });
    await r.activity({ name: 'Passerkort', personnummer: true, pnrJustification: null, pnrNote: '' });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain(
      'Personnummer: Vi behandlar personnummer när det är klart motiverat med hänsyn till vikten av en säker identifiering (3 kap. 10 § dataskyddslagen). Krävs för kontrolluppgifter.',
    );
    expect(sv).not.toContain('till exempel för säker identifiering');
    expect(sv.match(/Personnummer:/g)).toHaveLength(1);
    const en = await noticeText(r.core, 'en');
    expect(en).toContain('Krävs för kontrolluppgifter. [sv]');
    expect((await preflight(r.core)).items).toContainEqual(
      expect.objectContaining({ code: 'activity.pnrJustificationMissing', severity: 'warning', subject: 'Passerkort' }),
    );
  });

  it('describes the processor role without examples the firm did not give, and no public-register examples', async () => {
    const r = await register();
    await r.activity({ dataSources: ['public_register'] });
    await ok(r.core, 'services.create', { ...emptyService, name: 'Drift', subjectMatter: 'Drift av kundens servrar', purpose: 'Drift' });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('När vi levererar tjänster till våra kunder behandlar vi ibland personuppgifter för kundens räkning.');
    expect(sv).not.toContain('till exempel i kundens e-post, filer och system');
    expect(sv).not.toContain('SPAR');
    expect(sv).toContain('Varifrån: Från offentliga register.');
  });

  it('ties a category to a kind of data subject only through an activity that has both', async () => {
    const r = await register();
    await r.activity({ name: 'Lön', dataSubjectTermIds: [r.term('employee')], personalDataTermIds: [r.term('employment')] });
    await r.activity({ name: 'Kundregister', dataSubjectTermIds: [r.term('customer_contact')], personalDataTermIds: [r.term('contact')] });
    const sv = await noticeText(r.core, 'sv');
    const terms = await ok(r.core, 'vocabularies.list', { includeArchived: false });
    const label = (code: string) => terms.find((t) => t.code === code)!.labelSv;
    const employees = sv.slice(sv.indexOf(`\n${label('employee')}\n`), sv.indexOf(`\n${label('customer_contact')}\n`));
    expect(employees).not.toContain(label('contact').toLowerCase());
  });
});

describe('English content (point 3)', () => {
  const english: Partial<ActivityFields> = {
    name: 'Kundregister',
    nameEn: 'Customer register',
    purposes: [
      {
        description: 'Administrera kundavtal',
        descriptionEn: 'Manage customer contracts',
        legalBasis: 'legal_obligation',
        legalBasisDetail: 'Bokföringslagen (1999:1078)',
        legalBasisDetailEn: 'Swedish Bookkeeping Act (1999:1078)',
        liaText: '',
        liaTextEn: '',
        basisScopeSv: '',
        basisScopeEn: '',
        moreBases: [],
      },
    ],
  };

  it('an English notice with every English variant has no Swedish free text and no warning', async () => {
    const r = await register();
    await r.activity(english);
    await r.notice({ introSv: 'Vår egen inledning.', introEn: 'Our own introduction.' });
    const en = await noticeText(r.core, 'en');
    expect(en).toContain('Customer register');
    expect(en).toContain('Manage customer contracts. Legal basis: Legal obligation (Art. 6(1)(c), Swedish Bookkeeping Act (1999:1078)).');
    expect(en).toContain('Our own introduction.');
    expect(en).not.toContain('[sv]');
    for (const swedish of ['Kundregister', 'Administrera', 'Bokföringslagen', 'inledning']) expect(en).not.toContain(swedish);
    const check = await preflight(r.core, 'en');
    expect(check.items.filter((i) => i.code === 'notice.englishMissing')).toEqual([]);
  });

  it('marks each Swedish stand-in and lists it in the preflight with its fix', async () => {
    const r = await register();
    const a = await r.activity({
      ...english,
      nameEn: '',
      purposes: [{ ...english.purposes![0]!, descriptionEn: '' }],
    });
    await r.notice({ introSv: 'Vår egen inledning.', introEn: '' });
    const en = await noticeText(r.core, 'en');
    expect(en).toContain('Kundregister [sv]');
    expect(en).toContain('Administrera kundavtal [sv].');
    expect(en).toContain('Vår egen inledning. [sv]');
    const check = await preflight(r.core, 'en', 'en');
    expect(check.ok).toBe(true);
    const missing = check.items.filter((i) => i.code === 'notice.englishMissing');
    expect(missing.map((i) => i.fix)).toEqual(
      expect.arrayContaining([
        { kind: 'privacyNotice', id: null, field: 'introEn' },
        { kind: 'activity', id: a.id, field: 'nameEn' },
        { kind: 'activity', id: a.id, field: 'purposes.0.descriptionEn' },
      ]),
    );
    expect(missing.every((i) => i.severity === 'warning')).toBe(true);
    expect(missing.find((i) => i.fix?.field === 'purposes.0.descriptionEn')).toMatchObject({
      subject: 'Kundregister',
      text: 'Purpose 1 is missing in English. The English notice shows the Swedish text, marked [sv].',
    });
    // A Swedish notice needs no English.
    expect((await preflight(r.core, 'sv')).items.filter((i) => i.code === 'notice.englishMissing')).toEqual([]);
    expect(await noticeText(r.core, 'sv')).not.toContain('[sv]');
  });
});

describe('retention table (point 4)', () => {
  it('follows the order the user set and prints the firm’s words beside the rule in words, with the exception', async () => {
    const r = await register();
    const rule = (nameSv: string, extra: Record<string, unknown> = {}) =>
      ok(
        r.core,
        'retentionRules.create',
        retentionRuleFields.parse({ ...emptyRetentionRule, nameSv, storageLocation: 'Affärssystem', purpose: 'Avtal', ...extra }),
      );
    const first = await rule('Kunduppgifter', { policySv: 'Vi rensar två år efter avtalets slut.', duration: 'P2Y' });
    const second = await rule('Ärenden', {
      duration: 'P28D',
      durationMin: 'P3D',
      exceptionSv: 'underlag som ska sparas enligt bokföringslagen',
    });
    await r.activity({
      retention: [
        { termId: null, retentionRuleId: first.id },
        { termId: null, retentionRuleId: second.id },
      ],
    });
    const rowOrder = (text: string) => [text.indexOf('Kunduppgifter |'), text.indexOf('Ärenden |')];
    let sv = await noticeText(r.core, 'sv');
    let [a, b] = rowOrder(sv);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThan(b!);
    const saved = await r.notice({ retentionOrder: [second.id, first.id] });
    expect(saved.retentionRows.map((x) => x.name)).toEqual(['Ärenden', 'Kunduppgifter']);
    sv = await noticeText(r.core, 'sv');
    [a, b] = rowOrder(sv);
    expect(b).toBeLessThan(a!);
    const own = sv.slice(sv.indexOf('Kunduppgifter |'));
    expect(own).toMatch(/^Kunduppgifter \| Affärssystem \| Avtal \| Vi rensar två år efter avtalets slut\.\n.*två år/);
    const ranged = sv.slice(sv.indexOf('Ärenden |')).split(' | \n')[0]!;
    expect(ranged).toMatch(/tre till 28 dagar|3–28 dagar/);
    expect(ranged).toContain('bokföringslagen');

    const unknown = await call(r.core, 'privacyNotice.update', { ...(await ok(r.core, 'privacyNotice.get', {})), retentionOrder: [9999] });
    expect(unknown.ok ? null : unknown.error.issues?.[0]).toMatchObject({ path: ['retentionOrder', 0], message: 'v.unknownReference' });
  });
});

describe('legal bases and legal wording (points 5 and 8)', () => {
  it('prints several bases as the firm split them, and a statute inside one pair of brackets', async () => {
    const r = await register();
    await r.activity({
      purposes: [
        {
          description: 'Mäta trafiken i appen',
          legalBasis: 'consent',
          legalBasisDetail: '',
          liaText: 'Vi behöver veta hur appen används.',
          basisScopeSv: 'trafikdata',
          basisScopeEn: 'traffic data',
          moreBases: [{ legalBasis: 'legitimate_interests', scopeSv: 'användardata', scopeEn: 'user data', detail: '' }],
        },
        { description: 'Bokföra', legalBasis: 'legal_obligation', legalBasisDetail: 'Bokföringslagen (1999:1078)', liaText: '' },
      ],
    });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain(
      'Rättslig grund: Samtycke (art. 6.1 a) för trafikdata och berättigat intresse – intresseavvägning (art. 6.1 f) för användardata. Vårt berättigade intresse: Vi behöver veta hur appen används.',
    );
    expect(sv).toContain('Rättslig grund: Rättslig förpliktelse (art. 6.1 c, bokföringslagen (1999:1078)).');
    expect(sv).not.toMatch(/\) \(/);
    const en = await noticeText(r.core, 'en');
    expect(en).toContain(
      'Legal basis: Consent (Art. 6(1)(a)) for traffic data and legitimate interests – balancing test (Art. 6(1)(f)) for user data.',
    );
  });

  it('lists in lower case mid-list with one "och", and states art. 21 with the legal-claims exception', async () => {
    const r = await register();
    const phone = await ok(r.core, 'vocabularies.create', {
      kind: 'personal_data',
      labelSv: 'Telefonnummer',
      labelEn: 'Phone number',
      flag: 'none',
    });
    const mail = await ok(r.core, 'vocabularies.create', {
      kind: 'personal_data',
      labelSv: 'E-postadress',
      labelEn: 'E-mail address',
      flag: 'none',
    });
    const name = await ok(r.core, 'vocabularies.create', {
      kind: 'personal_data',
      labelSv: 'Namn och titel',
      labelEn: 'Name and title',
      flag: 'none',
    });
    await r.activity({ personalDataTermIds: [phone.id, mail.id, name.id] });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Uppgifter: Telefonnummer, e-postadress samt namn och titel.');
    expect(sv).toContain('tvingande berättigade skäl');
    expect(sv).toContain('fastställa, göra gällande eller försvara rättsliga anspråk');
    expect(await noticeText(r.core, 'en')).toContain('compelling legitimate grounds');
  });

  it('offers portability only where a purpose rests on consent or a contract', async () => {
    const r = await register();
    await r.activity({ purposes: [{ description: 'Bokföra', legalBasis: 'legal_obligation', legalBasisDetail: '', liaText: '' }] });
    expect(await noticeText(r.core, 'sv')).not.toContain('dataportabilitet');
    await r.activity({ name: 'Avtal' });
    expect(await noticeText(r.core, 'sv')).toContain('Rätt till dataportabilitet.');
  });

  it('names no activity after a colon as prose: the headings are quoted', async () => {
    const r = await register();
    await r.activity({ dataSubjectTermIds: [r.term('employee')] });
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Ändamål: se ”Kundregister” nedan.');
    expect(sv).not.toContain('I samband med:');
  });
});

describe('identity, drafts, dates and links (points 7, 8 and 9)', () => {
  it('masks a sole trader’s personnummer', async () => {
    const pnr = withCheckDigit('800101123');
    const r = await register({ legalForm: 'sole_trader', orgNr: pnr, name: 'Eva Ek Konsult' });
    await r.activity({});
    const sv = await noticeText(r.core, 'sv');
    expect(sv).toContain('Eva Ek Konsult (personnummer 800101-XXXX) är personuppgiftsansvarig');
    expect(sv).not.toContain(pnr);
    expect(await noticeText(r.core, 'en')).toContain('(personal identity number 800101-XXXX)');
  });

  it('leaves drafts out unless included, and the preview says which and why', async () => {
    const r = await register();
    await r.activity({ name: 'Kundregister' });
    const draft = await r.activity({ name: 'Kamerabevakning', status: 'draft' });
    const excluded = await r.activity({ name: 'Intern IT' });
    await r.notice({ excludedActivityIds: [excluded.id] });
    let preview = await ok(r.core, 'privacyNotice.preview', { lang: 'sv' });
    expect(preview.leftOut).toEqual(
      [
        { id: draft.id, name: 'Kamerabevakning', reason: 'draft' },
        { id: excluded.id, name: 'Intern IT', reason: 'excluded' },
      ].sort((x, y) => preview.leftOut.findIndex((a) => a.id === x.id) - preview.leftOut.findIndex((a) => a.id === y.id)),
    );
    expect(await noticeText(r.core, 'sv')).not.toContain('Kamerabevakning');
    const settings = await r.notice({ excludedActivityIds: [excluded.id], includedDraftIds: [draft.id] });
    expect(settings.activities.find((a) => a.id === draft.id)?.included).toBe(true);
    expect(await noticeText(r.core, 'sv')).toContain('Kamerabevakning');
    preview = await ok(r.core, 'privacyNotice.preview', { lang: 'sv' });
    expect(preview.leftOut.map((a) => a.reason)).toEqual(['excluded']);
  });

  it('prints the "gäller från" date and links e-mail addresses and imy.se in HTML', async () => {
    const r = await register();
    await r.activity({});
    await r.notice({ validFrom: '2027-01-01' });
    expect(await noticeText(r.core, 'sv')).toContain('gäller från 2027-01-01');
    expect(await noticeText(r.core, 'en')).toContain('valid from 2027-01-01');
    const { html } = await ok(r.core, 'privacyNotice.preview', { lang: 'sv' });
    expect(html).toContain('<a href="mailto:info@test.se">info@test.se</a>');
    expect(html).toContain('<a href="mailto:imy@imy.se">imy@imy.se</a>');
    expect(html).toContain('<a href="https://www.imy.se">www.imy.se</a>');
    expect((await ok(r.core, 'privacyNotice.get', {})).validFrom).toBe('2027-01-01');
  });

  it('refuses to generate an empty notice', async () => {
    const r = await register();
    const check = await preflight(r.core);
    expect(check.items[0]).toMatchObject({ code: 'notice.noActivities', severity: 'error' });
  });
});
