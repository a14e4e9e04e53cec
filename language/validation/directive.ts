/**
 * The shape of a suppression comment (`// actionplan-disable-next-line RULE -- why`),
 * in one place: suppressions.ts reads them, and the fast path's lexer
 * (language/fast/tokens.ts) leaves every file holding one to Langium.
 */
export const SUPPRESSION_DIRECTIVE = /^\/\/\s*actionplan-disable-(next-line|file)(?=\s|$)(.*)$/;
