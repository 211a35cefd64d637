import type { Handlers } from '../handlers';
import { runNoticeLetters, saveLetter } from './change-notices.letters';
import { noticeLetterService } from './notice-letter.service';

export const noticeLetterHandlers: Handlers<
  'noticeLetter.get' | 'noticeLetter.save' | 'noticeLetter.reset' | 'changeNotices.letters' | 'changeNotices.saveLetter'
> = {
  'noticeLetter.get': (_input, ctx) => ctx.session().use(noticeLetterService).get(),
  'noticeLetter.save': ({ revision, texts }, ctx) => ctx.session().use(noticeLetterService).save(revision, texts),
  'noticeLetter.reset': ({ revision }, ctx) => ctx.session().use(noticeLetterService).reset(revision),
  'changeNotices.letters': (request, ctx) => runNoticeLetters(ctx, ctx.session(), request),
  // The stored bytes go out unchanged: what was sent is exactly what the hash says.
  'changeNotices.saveLetter': (input, ctx) => saveLetter(ctx, ctx.session(), input),
};
