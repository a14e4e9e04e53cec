/** Messages from the preview webview, validated before the extension acts on them. */
import { z } from 'zod';

export const webviewMessageSchema = z.discriminatedUnion('type', [
    z.object({
        type: z.literal('reveal'),
        file: z.string().min(1).max(4096),
        line: z.number().int().min(1),
        column: z.number().int().min(1),
    }),
    z.object({ type: z.literal('ready') }),
]);

export type WebviewMessage = z.infer<typeof webviewMessageSchema>;
