/**
 * The messages between the preview webview and the extension, both ways,
 * validated by these schemas before either side acts on them.
 */
import { z } from 'zod';

/**
 * A plan file as the model names it: a path relative to the folder the
 * preview shows (`teams/talent.plan`). Never absolute, never a URI, never
 * out of the folder: the extension opens only files inside it.
 */
export const planPathSchema = z.string().min(1).max(4096).refine(
    file => !file.startsWith('/') && !file.includes('\\') && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file)
        && file.split('/').every(part => part !== '..' && part !== '.' && part !== '') && file.endsWith('.plan'),
    'a plan file relative to the preview\'s folder',
);

/** From the webview: a click on an element to reveal in the editor, and "loaded". */
export const webviewMessageSchema = z.discriminatedUnion('type', [
    z.object({
        type: z.literal('reveal'),
        file: planPathSchema,
        line: z.number().int().min(1),
        column: z.number().int().min(1),
    }),
    z.object({ type: z.literal('ready') }),
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;

/** The id of an element of the rendered plan (render/anchors.ts): `team-3`, `priorities-heading`. */
export const anchorSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

/** To the webview: scroll to the section of what the cursor is in. */
export const previewMessageSchema = z.discriminatedUnion('type', [
    z.object({ type: z.literal('scrollTo'), anchor: anchorSchema }),
]);

export type PreviewMessage = z.infer<typeof previewMessageSchema>;
