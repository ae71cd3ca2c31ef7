// Presenter ↔ audience mirroring: the messages a presentation window sends to the other one (desktop: relayed by
// the main process over IPC; web: a BroadcastChannel between two tabs). The shell checks only the envelope and its
// size; the serialized atlas state and ink inside are strings the renderer decodes with its own codecs (a bad one
// changes nothing there). Never imports 'electron'.
import * as z from 'zod/mini';
import { isAtlasRoute } from './deep-link';

/** Longest serialized state and ink a message may carry (characters). */
export const MIRROR_MAX_STATE = 64 * 1024;
export const MIRROR_MAX_INK = 256 * 1024;

export const MIRROR_KINDS = ['state', 'ink', 'hello', 'bye', 'stage'] as const;

/** A stage's layout size in CSS pixels (a window is never larger than this). */
const stageSide = z.number().check(z.minimum(1), z.maximum(16384));

export const mirrorMessageSchema = z.strictObject({
  /**
   * state: the sender's whole presentation state (route, step, figures, ink) — sent on every change;
   * ink: one pen or spotlight action (sent as it happens, between states); hello: a window that just opened asks for
   * the state; bye: the sender's window is closing; stage: the audience's stage size and the zoom it fitted each
   * column of its step to, which the presenter view draws its copy of the stage at (scaled), so that both lay out the
   * same frames.
   */
  kind: z.enum(MIRROR_KINDS),
  /** The sending window's id (random, per window) and its message counter: a receiver drops older messages. */
  from: z.string().check(z.regex(/^[0-9a-z]{6,24}$/, 'a window id')),
  seq: z.number().check(z.int(), z.minimum(0)),
  /** Who sends: the presenter drives, the audience only follows (and says hello/bye). */
  role: z.enum(['presenter', 'audience']),
  route: z.optional(z.string().check(z.refine(isAtlasRoute, 'not an atlas route'))),
  state: z.optional(z.string().check(z.maxLength(MIRROR_MAX_STATE))),
  ink: z.optional(z.string().check(z.maxLength(MIRROR_MAX_INK))),
  stage: z.optional(
    z.strictObject({
      width: stageSide,
      height: stageSide,
      step: z.number().check(z.int(), z.minimum(1), z.maximum(999)),
      zooms: z.array(z.number().check(z.minimum(0.05), z.maximum(1))).check(z.maxLength(16)),
    }),
  ),
});

export type MirrorMessage = z.infer<typeof mirrorMessageSchema>;

/** The message, or undefined when `data` is not a valid mirror message (what a receiver ignores). */
export function parseMirrorMessage(data: unknown): MirrorMessage | undefined {
  const parsed = mirrorMessageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
