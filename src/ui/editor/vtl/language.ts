import type { languages } from 'monaco-editor/editor';

/** Monaco language id of API Gateway mapping templates (Apache Velocity Template Language). */
export const VTL_LANGUAGE_ID = 'vtl';

/**
 * Velocity directives (Velocity 1.7 user guide). The ones that take a parenthesised argument list
 * enter the `args` state, where quotes, numbers and operators mean what they mean to Velocity.
 */
const DIRECTIVES_WITH_ARGS = 'set|if|elseif|foreach|define|macro|evaluate|include|parse';
const DIRECTIVES_BARE = 'else|end|break|stop';
const IDENT = '[a-zA-Z_][a-zA-Z0-9_-]*';

/**
 * Monarch grammar. Template text is mostly JSON, XML or plain text, and references live inside
 * JSON strings ("$input.params('id')"), so the text-level string state still matches references.
 */
export const vtlMonarch: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.vtl',
  brackets: [
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '{', close: '}', token: 'delimiter.curly' },
  ],
  tokenizer: {
    root: [
      { include: '@velocity' },
      [/"/, 'string', '@textString'],
      [/-?\d+(\.\d+)?([eE][-+]?\d+)?/, 'number'],
      [/[{}[\]]/, '@brackets'],
      [/[^#$"\\\d{}[\]-]+/, ''],
      [/./, ''],
    ],
    // Comments, directives and references: the same inside text and inside text strings.
    velocity: [
      [/##.*$/, 'comment'],
      [/#\*/, 'comment', '@blockComment'],
      [/#\[\[/, 'string.unparsed', '@unparsed'],
      [new RegExp(`#\\{?(${DIRECTIVES_WITH_ARGS})\\}?(?=\\s*\\()`), 'keyword.directive', '@directiveArgs'],
      [new RegExp(`#\\{?(${DIRECTIVES_WITH_ARGS})\\}?`), 'keyword.directive'],
      [new RegExp(`#\\{?(${DIRECTIVES_BARE})\\}?`), 'keyword.directive'],
      [new RegExp(`#@?${IDENT}(?=\\s*\\()`), 'keyword.macro', '@directiveArgs'],
      [/\\+(?=\$)/, 'string.escape'],
      { include: '@reference' },
    ],
    reference: [
      [new RegExp(`\\$!?\\{(?=${IDENT})`), 'variable', '@bracedReference'],
      [new RegExp(`\\$!?${IDENT}`), 'variable', '@referenceTail'],
    ],
    referenceTail: [
      [new RegExp(`\\.${IDENT}`), 'variable.property'],
      [/\(/, 'delimiter.parenthesis', '@args'],
      [/\[/, 'delimiter.square', '@index'],
      [/[^]/, { token: '@rematch', next: '@pop' }],
    ],
    bracedReference: [
      [new RegExp(IDENT), 'variable'],
      [new RegExp(`\\.${IDENT}`), 'variable.property'],
      [/\(/, 'delimiter.parenthesis', '@args'],
      [/\[/, 'delimiter.square', '@index'],
      [/\}/, 'variable', '@pop'],
      [/[^]/, { token: '@rematch', next: '@pop' }],
    ],
    directiveArgs: [
      [/[ \t]+/, ''],
      [/\(/, { token: 'delimiter.parenthesis', switchTo: '@args' }],
      [/[^]/, { token: '@rematch', next: '@pop' }],
    ],
    args: [
      [/\)/, 'delimiter.parenthesis', '@pop'],
      [/\(/, 'delimiter.parenthesis', '@push'],
      { include: '@expression' },
    ],
    index: [[/\]/, 'delimiter.square', '@pop'], { include: '@expression' }],
    expression: [
      [/\s+/, ''],
      [/"/, 'string', '@argString'],
      [/'/, 'string', '@argSingleString'],
      { include: '@reference' },
      [/\b(true|false|null|in)\b/, 'keyword'],
      [/\b(and|or|not|eq|ne|lt|gt|le|ge)\b/, 'keyword.operator'],
      [/\d+(\.\d+)?/, 'number'],
      [/\.\.|[=!<>]=?|&&|\|\||[-+*/%]/, 'operator'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
      [new RegExp(IDENT), 'identifier'],
      [/./, ''],
    ],
    // "…" in an argument list interpolates references; a doubled quote is a quote.
    argString: [
      [/""/, 'string.escape'],
      [/"/, 'string', '@pop'],
      { include: '@reference' },
      [/[^"$]+/, 'string'],
      [/\$/, 'string'],
    ],
    // '…' does not interpolate; a doubled quote is a quote.
    argSingleString: [
      [/''/, 'string.escape'],
      [/'/, 'string', '@pop'],
      [/[^']+/, 'string'],
    ],
    // A "…" string of the output text (usually JSON): references and directives still work in it.
    textString: [
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
      { include: '@velocity' },
      [/[^\\"$#]+/, 'string'],
      [/[$#\\]/, 'string'],
    ],
    blockComment: [
      [/\*#/, 'comment', '@pop'],
      [/[^*]+/, 'comment'],
      [/\*/, 'comment'],
    ],
    unparsed: [
      [/\]\]#/, 'string.unparsed', '@pop'],
      [/[^\]]+/, 'string.unparsed'],
      [/\]/, 'string.unparsed'],
    ],
  },
};

export const vtlLanguageConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '##', blockComment: ['#*', '*#'] },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string', 'comment'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  indentationRules: {
    increaseIndentPattern: /^\s*(#\{?(if|elseif|else|foreach|define|macro)\b.*|.*[{[]\s*)$/,
    decreaseIndentPattern: /^\s*(#\{?(end|else|elseif)\b|[}\]])/,
  },
  folding: {
    markers: { start: /^\s*#\{?(if|foreach|define|macro)\b/, end: /^\s*#\{?end\b/ },
  },
};
