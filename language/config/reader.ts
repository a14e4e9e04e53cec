/** How a config's text reaches the config lookup, whatever the host. */

/** Reads a config file: its text, or undefined when there is none; throws with a reason when it cannot be read. */
export type ConfigReader = (file: string) => string | undefined;

/** A config's bytes as text: UTF-8, a byte order mark dropped (editors on Windows write one). */
export function decodeConfig(bytes: Uint8Array): string {
    const text = new TextDecoder('utf-8').decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A refused config read as the config lookup reports it: "it is 2.0 MB; …", or the reason alone. */
export function configReadError(refusal: string): Error {
    return new Error(refusal.startsWith('is ') ? `it ${refusal}` : refusal.replace(/^cannot read the file: /, ''));
}
