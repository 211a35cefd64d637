// The change-notice letter's texts (issue 15 §3): shipped defaults (resources/notice-letter),
// the register's own edits per block and language, checked for placeholders like the clauses.
import defaults from '../../../resources/notice-letter/default.json' with { type: 'json' };
import { NOTICE_LETTER_PLACEHOLDERS, unknownNoticePlaceholders } from '../../../shared/notice-letter-placeholders';
import { NOTICE_LETTER_BLOCKS, type NoticeLetter, type NoticeLetterBlock, type NoticeLetterTexts } from '../../../shared/contract';
import type { Issue } from '../../../shared/errors';
import type { Language } from '../../../shared/messages';
import { formatMessage } from '../../../shared/messages';
import { inLanguage, missingEnglish } from '../documents/language';
import { conflict, DomainError } from '../errors';
import type { Session } from '../session';
import { createNoticeLetterRepo, type StoredLetterTexts } from './notice-letter.repo';

export const TEXT_FIELDS = [
  'subjectSv',
  'subjectEn',
  'introSv',
  'introEn',
  'objectionSv',
  'objectionEn',
  'closingSv',
  'closingEn',
  'introNoAgreementSv',
  'introNoAgreementEn',
  'objectionNoAgreementSv',
  'objectionNoAgreementEn',
] as const satisfies readonly (keyof NoticeLetterTexts)[];

/** The texts shipped with the app. */
export const DEFAULT_LETTER_TEXTS: Readonly<NoticeLetterTexts> = Object.freeze(
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, defaults[field]])) as NoticeLetterTexts,
);

// 'introSv', 'introEn': the block's name and the language code, capitalised.
const field = (block: NoticeLetterBlock, lang: Language) =>
  `${block}${lang.charAt(0).toUpperCase()}${lang.slice(1)}` as keyof NoticeLetterTexts;

/** One block's text in a letter's language. */
export type LetterTexts = Record<NoticeLetterBlock, string>;

/** Unknown placeholders per text field, as the issues a form shows beside each block (at texts.<field>). */
export function letterPlaceholderIssues(texts: NoticeLetterTexts): Issue[] {
  return TEXT_FIELDS.flatMap((f) => {
    const names = unknownNoticePlaceholders(texts[f]);
    return names.length ? [{ path: ['texts', f], message: 'v.placeholder.unknown', params: { names: names.join(', ') } }] : [];
  });
}

export function noticeLetterService(session: Session) {
  const repo = createNoticeLetterRepo(session.db);

  function effective(stored: StoredLetterTexts): NoticeLetterTexts {
    return Object.fromEntries(TEXT_FIELDS.map((f) => [f, stored[f] ?? DEFAULT_LETTER_TEXTS[f]])) as NoticeLetterTexts;
  }

  function output(): NoticeLetter {
    const record = repo.get();
    const texts = effective(record.texts);
    return {
      revision: record.revision,
      texts,
      defaults: NOTICE_LETTER_BLOCKS.filter((b) => record.texts[field(b, 'sv')] === null && record.texts[field(b, 'en')] === null),
      placeholders: NOTICE_LETTER_PLACEHOLDERS.map((p) => ({ name: p.name, sv: p.sv, en: p.en })),
      unknownPlaceholders: [...new Set(TEXT_FIELDS.flatMap((f) => unknownNoticePlaceholders(texts[f])))],
      updatedAt: record.updatedAt,
    };
  }

  function write(revision: number, stored: StoredLetterTexts): NoticeLetter {
    return session.tx(() => {
      if (!repo.update(revision, stored, session.now())) throw conflict(output());
      return output();
    });
  }

  return {
    get: output,
    /** Saves all blocks; a text equal to the shipped one is stored as the default (NULL), so a later app's wording reaches it. */
    save(revision: number, texts: NoticeLetterTexts): NoticeLetter {
      const issues = letterPlaceholderIssues(texts);
      if (issues.length) throw new DomainError('INVALID_INPUT', formatMessage('e.INVALID_INPUT', 'en'), undefined, issues);
      const stored = Object.fromEntries(
        TEXT_FIELDS.map((f) => [f, texts[f] === DEFAULT_LETTER_TEXTS[f] ? null : texts[f]]),
      ) as StoredLetterTexts;
      return write(revision, stored);
    },
    reset(revision: number): NoticeLetter {
      return write(revision, Object.fromEntries(TEXT_FIELDS.map((f) => [f, null])) as StoredLetterTexts);
    },
    /** The blocks in a letter's language; an English block left empty is the Swedish one, marked [sv]. */
    texts(lang: Language): LetterTexts {
      const t = effective(repo.get().texts);
      return Object.fromEntries(
        NOTICE_LETTER_BLOCKS.map((b) => [b, inLanguage(lang, t[field(b, 'sv')], t[field(b, 'en')])]),
      ) as LetterTexts;
    },
    /** The blocks an English letter would print in Swedish. */
    swedishOnlyBlocks(): NoticeLetterBlock[] {
      const t = effective(repo.get().texts);
      return NOTICE_LETTER_BLOCKS.filter((b) => missingEnglish(t[field(b, 'sv')], t[field(b, 'en')]));
    },
  };
}

export type NoticeLetterService = ReturnType<typeof noticeLetterService>;
