// Rejects inline Swedish/English pairs such as `sv ? 'Ja' : 'Yes'` or
// `lang === 'en' ? `Page ${n}` : `Sida ${n}``: the core's words belong in word modules
// (*.words.ts, `{ sv: {...}, en: {...} }` typed so both languages have every key), picked with
// `words[lang]`. Choosing between data fields (`sv ? t.labelSv : t.labelEn`) is not flagged.

/** Identifiers that hold "is the language Swedish/English". */
const FLAG = /^(sv|en|isSv|isEn|isSwedish|isEnglish|swedish|english)$/;
/** Names of variables or properties that hold a language code. */
const LANGUAGE = /^(lang|language|locale)$/i;
const CODES = new Set(['sv', 'en']);
/** Locale tags (`'sv-SE' : 'en-GB'`, `'en' : 'sv'`) are codes, not words. */
const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

const nameOf = (node) =>
  node.type === 'Identifier' ? node.name : node.type === 'MemberExpression' && !node.computed ? node.property.name : null;

const isCode = (node) => node.type === 'Literal' && CODES.has(node.value);

/** `sv`, `!en`, `lang === 'sv'`, `options.language !== 'en'`, or one of those inside && / ||. */
function isLanguageTest(node) {
  switch (node.type) {
    case 'Identifier':
      return FLAG.test(node.name);
    case 'UnaryExpression':
      return node.operator === '!' && isLanguageTest(node.argument);
    case 'LogicalExpression':
      return isLanguageTest(node.left) || isLanguageTest(node.right);
    case 'BinaryExpression': {
      if (!['===', '==', '!==', '!='].includes(node.operator)) return false;
      const [code, other] = isCode(node.left) ? [node.left, node.right] : [node.right, node.left];
      const name = nameOf(other);
      return isCode(code) && name !== null && LANGUAGE.test(name);
    }
    default:
      return false;
  }
}

/** Whether the node is text a reader sees: a string, a template, or lists/objects/choices of them. */
function isText(node) {
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && node.value.trim() !== '';
    case 'TemplateLiteral':
      return node.quasis.some((q) => q.value.cooked.trim() !== '');
    case 'ConditionalExpression':
      return isText(node.consequent) && isText(node.alternate);
    case 'BinaryExpression':
      return node.operator === '+' && (isText(node.left) || isText(node.right));
    case 'ArrayExpression':
      return node.elements.length > 0 && node.elements.every((e) => e !== null && isText(e));
    case 'ObjectExpression':
      return node.properties.length > 0 && node.properties.every((p) => p.type === 'Property' && isText(p.value));
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return isText(node.expression);
    default:
      return false;
  }
}

const isLocaleTag = (node) => node.type === 'Literal' && typeof node.value === 'string' && LOCALE_TAG.test(node.value);

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow inline Swedish/English literal pairs; use a word module (*.words.ts).' },
    messages: {
      pair: 'Inline Swedish/English pair: put the words in a word module (*.words.ts, { sv: {...}, en: {...} }) and pick them with words[lang].',
    },
    schema: [],
  },
  create(context) {
    return {
      ConditionalExpression(node) {
        if (!isLanguageTest(node.test)) return;
        if (!isText(node.consequent) || !isText(node.alternate)) return;
        if (isLocaleTag(node.consequent) && isLocaleTag(node.alternate)) return;
        context.report({ node, messageId: 'pair' });
      },
    };
  },
};

export default rule;
