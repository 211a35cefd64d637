import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/contract';
import { call, ok } from '../helpers';
import { agreementRegister, firstIssue, formFields, sha256 } from './fixture';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Underskrivet avtal'.repeat(20))]);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]);

describe('agreement versions and snapshots', () => {
  it('stores each generated document as a new, immutable version with its SHA-256', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v1 = await r.generate(c.id, { noticeDays: 45, notes: 'Första utkastet' });
    expect(v1).toMatchObject({
      customerId: c.id,
      customerName: 'Alfa AB',
      version: 1,
      lang: 'sv',
      status: 'draft',
      noticeDays: 45,
      templateVersion: 1,
      outOfDate: false,
      attachments: [],
      reference: expect.stringMatching(/^PUB-\d{4}$/),
      processorSignatory: { name: 'Anna Ek', title: 'VD' },
    });
    expect(v1.documentSha256).toMatch(/^[0-9a-f]{64}$/);

    // What saveDocument writes is exactly the stored snapshot: a DOCX whose hash is the stored one.
    const file = path.join(r.dir, 'v1.docx');
    const saved = await ok(r.core, 'agreements.saveDocument', { id: v1.id, path: file });
    const bytes = fs.readFileSync(file);
    expect(saved).toEqual({ path: file, bytes: bytes.length });
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(sha256(bytes)).toBe(v1.documentSha256);
    expect(v1.documentSize).toBe(bytes.length);

    // Regenerating makes version 2 in English and leaves version 1 as it was.
    const v2 = await r.generate(c.id, { lang: 'en' });
    expect(v2).toMatchObject({ version: 2, lang: 'en', status: 'draft' });
    expect(v2.documentSha256).not.toBe(v1.documentSha256);
    const list = await ok(r.core, 'agreements.list', { customerId: c.id });
    expect(list.map((a) => [a.version, a.documentSha256])).toEqual([
      [2, v2.documentSha256],
      [1, v1.documentSha256],
    ]);
    const again = path.join(r.dir, 'v1-again.docx');
    await ok(r.core, 'agreements.saveDocument', { id: v1.id, path: again });
    expect(fs.readFileSync(again).equals(bytes)).toBe(true);

    // Notes and the effective date can be changed; the document cannot.
    const updated = await ok(r.core, 'agreements.update', {
      id: v1.id,
      revision: v1.revision,
      fields: { notes: 'Skickat per post', effectiveOn: '2026-12-01' },
    });
    expect(updated).toMatchObject({ notes: 'Skickat per post', effectiveOn: '2026-12-01', documentSha256: v1.documentSha256 });
    const stale = await call(r.core, 'agreements.update', { id: v1.id, revision: v1.revision, fields: { notes: 'x' } });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    expect((await ok(r.core, 'register.info', {})).counts.agreements).toBe(2);
  });

  it('refuses to change a stored snapshot even from inside the database', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v1 = await r.generate(c.id);
    // The schema's trigger is the last line of defence; the contract has no way to do this at all.
    const { openRegisterDb } = await import('../../../electron/core/db/open');
    const info = (await ok(r.core, 'register.current', {}))!;
    await ok(r.core, 'register.close', {});
    const db = openRegisterDb(info.path, { now: new Date() });
    try {
      expect(() => db.prepare("UPDATE agreements SET document = x'00' WHERE id = ?").run(v1.id)).toThrow(/cannot be changed/);
      expect(() => db.prepare("UPDATE agreements SET document_sha256 = 'x' WHERE id = ?").run(v1.id)).toThrow(/cannot be changed/);
    } finally {
      db.close();
    }
  });

  it('fills the form from the latest version, or from the profile and the first contact person', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    expect(await ok(r.core, 'agreements.defaults', { customerId: c.id })).toEqual({
      lang: 'sv',
      noticeDays: 30,
      effectiveOn: null,
      signingPlace: 'Västerås',
      processorSignatory: { name: 'Anna Ek', title: 'VD' },
      controllerSignatory: { name: 'Karin Berg', title: 'IT-chef' },
      notes: '',
    });
    await r.generate(c.id, {
      lang: 'en',
      noticeDays: 60,
      signingPlace: 'Uppsala',
      controllerSignatory: { name: 'Per Holm', title: 'CTO' },
      effectiveOn: '2027-01-01',
    });
    expect(await ok(r.core, 'agreements.defaults', { customerId: c.id })).toMatchObject({
      lang: 'en',
      noticeDays: 60,
      signingPlace: 'Uppsala',
      controllerSignatory: { name: 'Per Holm', title: 'CTO' },
      effectiveOn: null,
    });
    const missing = await call(r.core, 'agreements.generate', { customerId: 999_999, ...formFields() });
    expect(firstIssue(missing)).toBe('customerId: v.unknownReference');
  });
});

describe('agreement status', () => {
  it('goes draft → sent → signed → terminated, and signing supersedes the other versions', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v1 = await r.generate(c.id);
    const sent1 = await ok(r.core, 'agreements.setStatus', { id: v1.id, revision: v1.revision, status: 'sent', on: '2026-10-01' });
    const signed1 = await ok(r.core, 'agreements.setStatus', { id: v1.id, revision: sent1.revision, status: 'signed', on: '2026-10-05' });
    expect(signed1).toMatchObject({ status: 'signed', sentOn: '2026-10-01', signedOn: '2026-10-05' });

    // A new version is signed directly: the old one is replaced.
    const v2 = await r.generate(c.id);
    await r.generate(c.id); // version 3, a draft
    const signed2 = await ok(r.core, 'agreements.setStatus', { id: v2.id, revision: v2.revision, status: 'signed', on: '2026-11-20' });
    expect(signed2).toMatchObject({ status: 'signed', sentOn: null, signedOn: '2026-11-20' });
    const statuses = Object.fromEntries((await ok(r.core, 'agreements.list', { customerId: c.id })).map((a) => [a.version, a.status]));
    expect(statuses).toEqual({ 1: 'superseded', 2: 'signed', 3: 'superseded' });
    expect((await ok(r.core, 'agreements.list', { status: 'superseded' })).map((a) => a.version).sort()).toEqual([1, 3]);

    const ended = await ok(r.core, 'agreements.setStatus', {
      id: v2.id,
      revision: signed2.revision,
      status: 'terminated',
      on: '2026-11-22',
    });
    expect(ended).toMatchObject({ status: 'terminated', signedOn: '2026-11-20', terminatedOn: '2026-11-22' });
  });

  it('refuses the transitions the lifecycle does not have, and dates out of order', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const draft = await r.generate(c.id);
    const tryStatus = (id: number, revision: number, status: 'sent' | 'signed' | 'terminated', on = '2026-11-01') =>
      call(r.core, 'agreements.setStatus', { id, revision, status, on });

    expect(firstIssue(await tryStatus(draft.id, draft.revision, 'terminated'))).toBe('status: v.agreement.transition');
    const sent = await ok(r.core, 'agreements.setStatus', { id: draft.id, revision: draft.revision, status: 'sent', on: '2026-11-01' });
    expect(firstIssue(await tryStatus(sent.id, sent.revision, 'sent'))).toBe('status: v.agreement.transition');
    expect(firstIssue(await tryStatus(sent.id, sent.revision, 'signed', '2026-10-31'))).toBe('on: v.agreement.dateBeforeSent');
    const signed = await ok(r.core, 'agreements.setStatus', { id: sent.id, revision: sent.revision, status: 'signed', on: '2026-11-02' });
    expect(firstIssue(await tryStatus(signed.id, signed.revision, 'signed'))).toBe('status: v.agreement.transition');
    expect(firstIssue(await tryStatus(signed.id, signed.revision, 'terminated', '2026-11-01'))).toBe('on: v.endBeforeStart');
    const stale = await tryStatus(signed.id, sent.revision, 'terminated', '2026-11-03');
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
    const bad = await call(r.core, 'agreements.setStatus', {
      id: signed.id,
      revision: signed.revision,
      status: 'superseded' as 'sent',
      on: '2026-11-03',
    });
    expect(bad.ok ? 'ok' : bad.error.code).toBe('INVALID_INPUT');

    // A superseded version stays superseded.
    const newer = await r.generate(c.id);
    await ok(r.core, 'agreements.setStatus', { id: newer.id, revision: newer.revision, status: 'signed', on: '2026-11-10' });
    const old = await ok(r.core, 'agreements.get', { id: signed.id });
    expect(old.status).toBe('superseded');
    expect(firstIssue(await tryStatus(old.id, old.revision, 'terminated', '2026-11-20'))).toBe('status: v.agreement.transition');
  });
});

describe('signed copies', () => {
  it('stores a PDF or image inside the register with its SHA-256 and gives back the same bytes', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v1 = await r.generate(c.id);
    const withPdf = await ok(r.core, 'agreements.attach', {
      id: v1.id,
      revision: v1.revision,
      fileName: 'C:\\Skannat\\Alfa signerat.pdf',
      mime: 'application/pdf',
      dataBase64: pdf.toString('base64'),
    });
    expect(withPdf.attachments).toEqual([
      {
        id: expect.any(Number),
        fileName: 'Alfa signerat.pdf',
        mime: 'application/pdf',
        size: pdf.length,
        sha256: sha256(pdf),
        createdAt: expect.any(String),
      },
    ]);
    expect(withPdf.attachmentCount).toBe(1);
    const withPng = await ok(r.core, 'agreements.attach', {
      id: v1.id,
      revision: withPdf.revision,
      fileName: 'sida2.png',
      mime: 'image/png',
      dataBase64: png.toString('base64'),
    });
    expect(withPng.attachments.map((a) => a.fileName)).toEqual(['Alfa signerat.pdf', 'sida2.png']);

    const target = path.join(r.dir, 'kopia.pdf');
    const saved = await ok(r.core, 'agreements.saveAttachment', { attachmentId: withPdf.attachments[0]!.id, path: target });
    expect(saved).toEqual({ path: target, bytes: pdf.length });
    expect(fs.readFileSync(target).equals(pdf)).toBe(true);

    const removed = await ok(r.core, 'agreements.removeAttachment', {
      agreementId: v1.id,
      revision: withPng.revision,
      attachmentId: withPdf.attachments[0]!.id,
    });
    expect(removed.attachments.map((a) => a.fileName)).toEqual(['sida2.png']);
    const stale = await call(r.core, 'agreements.removeAttachment', {
      agreementId: v1.id,
      revision: withPng.revision,
      attachmentId: removed.attachments[0]!.id,
    });
    expect(stale.ok ? 'ok' : stale.error.code).toBe('CONFLICT');
  });

  it('refuses files over the cap and content that does not match the type, with clear messages', async () => {
    const r = await agreementRegister();
    const c = await r.subscribed('Alfa AB');
    const v1 = await r.generate(c.id);
    const attach = (mime: 'application/pdf' | 'image/png' | 'image/jpeg', data: Buffer) =>
      call(r.core, 'agreements.attach', { id: v1.id, revision: v1.revision, fileName: 'avtal', mime, dataBase64: data.toString('base64') });

    const tooBig = await attach('application/pdf', Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES)]));
    expect(firstIssue(tooBig)).toBe('dataBase64: v.attachment.tooLarge');
    if (!tooBig.ok) expect(tooBig.error.issues![0]!.params).toEqual({ max: 10 });
    // Exactly at the cap is fine.
    const atCap = await attach('application/pdf', Buffer.concat([pdf, Buffer.alloc(ATTACHMENT_MAX_BYTES - pdf.length)]));
    expect(atCap.ok).toBe(true);

    const fresh = await ok(r.core, 'agreements.get', { id: v1.id });
    const again = (mime: 'application/pdf' | 'image/png' | 'image/jpeg', data: Buffer) =>
      call(r.core, 'agreements.attach', {
        id: v1.id,
        revision: fresh.revision,
        fileName: 'avtal',
        mime,
        dataBase64: data.toString('base64'),
      });
    expect(firstIssue(await again('application/pdf', png))).toBe('dataBase64: v.attachment.type');
    expect(firstIssue(await again('image/jpeg', pdf))).toBe('dataBase64: v.attachment.type');
    expect(firstIssue(await again('image/png', Buffer.alloc(0)))).toBe('dataBase64: v.attachment.type');
    const gif = await call(r.core, 'agreements.attach', {
      id: v1.id,
      revision: fresh.revision,
      fileName: 'a.gif',
      mime: 'image/gif' as 'image/png',
      dataBase64: 'R0lGODlh',
    });
    expect(firstIssue(gif)).toBe('mime: v.attachment.type');
    expect((await ok(r.core, 'agreements.get', { id: v1.id })).attachments).toHaveLength(1);
  });
});
