/** Plan text inside Markdown the editor renders (hover cards): shown as text, never as markup. */
export function markdownText(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, ch => `\\${ch}`);
}
