// The requests' contribution to the attention list (issue 17): every open request by its Art. 12(3)
// deadline. The items go into calendar files that users sync to cloud calendars, so they never
// carry the requester's name, contact or words: a request is named by its right and the day it
// came in.
import type { DsrRequestSummary } from '../../../shared/contract';
import { enumLabel } from '../../../shared/domain/labels';
import type { Words } from '../../../shared/glossary';
import type { AttentionFact, AttentionSource } from '../attention/attention.source';
import { requestsService } from './requests.service';

const sv = {
  subject: (right: string, receivedOn: string) => `${right}, mottagen ${receivedOn}`,
  answer: (due: string, received: string) =>
    `Svara den registrerade senast ${due}, en månad efter att begäran kom in ${received} (art. 12.3).`,
  answerExtended: (due: string) =>
    `Svara den registrerade senast ${due}. Tidsfristen är förlängd med två månader, och den registrerade har fått besked om det (art. 12.3).`,
  late: (due: string, received: string) =>
    `Tidsfristen gick ut ${due}, en månad efter att begäran kom in ${received} (art. 12.3). Svara den registrerade snarast.`,
  lateExtended: (due: string) => `Den förlängda tidsfristen gick ut ${due} (art. 12.3). Svara den registrerade snarast.`,
  forward: (customer: string, due: string) =>
    `Begäran gäller uppgifter som ni behandlar åt ${customer}. Skicka den vidare till kunden utan dröjsmål och svara inte själva; kundens tidsfrist går ut ${due} (art. 28.3 e).`,
  forwardNoCustomer: (due: string) =>
    `Begäran gäller uppgifter som ni behandlar åt en kund. Skicka den vidare till kunden utan dröjsmål och svara inte själva; kundens tidsfrist går ut ${due} (art. 28.3 e).`,
};

const words: Words<typeof sv> = {
  sv,
  en: {
    subject: (right, receivedOn) => `${right}, received ${receivedOn}`,
    answer: (due, received) => `Answer the data subject by ${due}, one month after the request came in on ${received} (Art. 12(3)).`,
    answerExtended: (due) =>
      `Answer the data subject by ${due}. The deadline is extended by two months, and the data subject has been told (Art. 12(3)).`,
    late: (due, received) =>
      `The deadline passed on ${due}, one month after the request came in on ${received} (Art. 12(3)). Answer the data subject as soon as possible.`,
    lateExtended: (due) => `The extended deadline passed on ${due} (Art. 12(3)). Answer the data subject as soon as possible.`,
    forward: (customer, due) =>
      `The request concerns data you process for ${customer}. Forward it to the customer without delay and do not answer it yourselves; the customer's deadline is ${due} (Art. 28(3)(e)).`,
    forwardNoCustomer: (due) =>
      `The request concerns data you process for a customer. Forward it to the customer without delay and do not answer it yourselves; the customer's deadline is ${due} (Art. 28(3)(e)).`,
  },
};

function textOf(r: DsrRequestSummary, on: string, w: (typeof words)[keyof typeof words]): string {
  const { dueOn } = r.clock;
  if (r.ourRole === 'processor') return r.customer ? w.forward(r.customer.name, dueOn) : w.forwardNoCustomer(dueOn);
  // The extended deadline applies only when the extension was told within the first month.
  const extended = dueOn !== r.clock.firstDueOn;
  if (dueOn < on) return extended ? w.lateExtended(dueOn) : w.late(dueOn, r.receivedOn);
  return extended ? w.answerExtended(dueOn) : w.answer(dueOn, r.receivedOn);
}

export const requestsAttention: AttentionSource = {
  kinds: ['request.deadline'],
  collect(ctx): AttentionFact[] {
    const w = words[ctx.lang];
    // Every open request (the list's filter, in one page): the summaries carry the day of receipt
    // and the role, which the deadlines alone do not.
    const { rows } = ctx.session
      .use(requestsService)
      .list({ filter: 'open', search: '', on: ctx.on, offset: 0, limit: Number.MAX_SAFE_INTEGER });
    return rows.map((r) => ({
      kind: 'request.deadline',
      record: `dsrRequest:${r.id}`,
      dueOn: r.clock.dueOn,
      text: textOf(r, ctx.on, w),
      subject: w.subject(enumLabel('dsrRight', r.right, ctx.lang), r.receivedOn),
      fix: { kind: 'dsrRequest', id: r.id, field: r.ourRole === 'processor' ? 'forwardedOn' : 'status' },
      facts: { dueOn: r.clock.dueOn, role: r.ourRole },
    }));
  },
};
