// What the attention list (issue 17) needs to know of the privacy notice: that it cannot be
// generated (its preflight has errors) or has not been issued, and that it is older than the
// activities it describes.
//
// The register does not record when the notice was exported. What it holds is the notice's
// "Gäller från" (validFrom), the day the published notice took effect: no such day means no
// notice has been issued from the register, and an activity the notice covers that was changed
// after that day means the published notice may no longer describe it.
import type { Words } from '../../../shared/glossary';
import type { AttentionContext, AttentionFact, AttentionSource } from '../attention/attention.source';
import { stockholmDate } from '../session';
import { noticePreflight } from './privacy-notice.preflight';
import { privacyNoticeService } from './privacy-notice.service';

const sv = {
  notice: 'Integritetspolicyn',
  errors: (n: number, first: string) =>
    `Integritetspolicyn kan inte tas fram förrän ${n === 1 ? 'ett fel är rättat' : `${n} fel är rättade`}. ${first}`,
  notIssued:
    'Integritetspolicyn har inget ”Gäller från”-datum, så registret visar inte att någon policy har getts ut. ' +
    'Ta fram policyn, publicera den och ange dagen då den börjar gälla.',
  stale: (validFrom: string, changed: string, latest: string, _plural: boolean) =>
    `Integritetspolicyn gäller från ${validFrom}, men ${changed} som den beskriver har ändrats sedan dess (senast ${latest}). ` +
    'Ta fram en ny policy, publicera den och ange dagen då den börjar gälla.',
  activity: (name: string) => `behandlingen ${name}`,
  activities: (n: number) => `${n} behandlingar`,
};

const words: Words<typeof sv> = {
  sv,
  en: {
    notice: 'The privacy notice',
    errors: (n, first) => `The privacy notice cannot be generated until ${n === 1 ? 'one error is' : `${n} errors are`} fixed. ${first}`,
    notIssued:
      'The privacy notice has no “Valid from” date, so the register does not show that a notice has been issued. ' +
      'Generate the notice, publish it and enter the day it takes effect.',
    stale: (validFrom, changed, latest, plural) =>
      `The privacy notice is valid from ${validFrom}, but ${changed} it describes ${plural ? 'have' : 'has'} changed since then (last on ${latest}). ` +
      'Generate a new notice, publish it and enter the day it takes effect.',
    activity: (name) => `the activity ${name}`,
    activities: (n) => `${n} activities`,
  },
};

function collect(ctx: AttentionContext): AttentionFact[] {
  const w = words[ctx.lang];
  const facts = ctx.session.use(privacyNoticeService).facts();
  const out: AttentionFact[] = [];
  const notice = { kind: 'privacyNotice' as const, id: null, field: 'validFrom' };

  // The errors do not depend on the notice's language (only the English warnings do).
  const errors = noticePreflight(ctx.session, 'sv', ctx.lang, facts).filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    out.push({
      kind: 'privacyNotice.missing',
      record: 'privacyNotice',
      subject: w.notice,
      dueOn: null,
      // An activity's error names the activity; the others name what they are about in their text.
      text: w.errors(errors.length, first.fix?.kind === 'activity' ? `${first.subject}: ${first.text}` : first.text),
      fix: first.fix ?? { ...notice, field: null },
      facts: { errors: errors.map((e) => `${e.code}:${e.fix?.kind ?? ''}:${e.fix?.id ?? ''}`) },
    });
  } else if (facts.validFrom === null) {
    out.push({
      kind: 'privacyNotice.missing',
      record: 'privacyNotice',
      subject: w.notice,
      dueOn: null,
      text: w.notIssued,
      fix: notice,
      facts: { validFrom: null },
    });
  }

  const validFrom = facts.validFrom;
  if (validFrom !== null) {
    const changed = facts.activities
      .map((a) => ({ id: a.id, name: a.name, on: stockholmDate(new Date(a.updatedAt)) }))
      .filter((a) => a.on > validFrom)
      .sort((a, b) => a.id - b.id);
    if (changed.length > 0) {
      const latest = changed
        .map((a) => a.on)
        .sort()
        .at(-1)!;
      out.push({
        kind: 'privacyNotice.stale',
        record: 'privacyNotice',
        subject: w.notice,
        dueOn: null,
        text: w.stale(
          validFrom,
          changed.length === 1 ? w.activity(changed[0]!.name) : w.activities(changed.length),
          latest,
          changed.length > 1,
        ),
        fix: notice,
        // A further change to an activity already named does not bring a snoozed item back; another activity does.
        facts: { validFrom, activities: changed.map((a) => a.id) },
      });
    }
  }
  return out;
}

export const privacyNoticeAttention: AttentionSource = {
  kinds: ['privacyNotice.missing', 'privacyNotice.stale'],
  collect,
};
