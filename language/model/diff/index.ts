/** The semantic diff of two resolved models, its schema and its renderers. No Git, no Langium. */
export { DEFAULT_WINDOWS, diffModels, type DiffOptions, type DiffSideInfo, type DiffWindows, type WindowDays } from './compare.js';
export { renderDiffMarkdown, type DiffMarkdownOptions } from './markdown.js';
export * from './schema.js';
export { renderDiffText } from './text.js';
