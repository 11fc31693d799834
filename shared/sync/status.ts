import { z } from 'zod';
import { ROLES } from './protocol';

/** What the share dialog and the join indicator show: this computer's share and the sessions it joined. */
export const TeamStatusSchema = z.object({
  share: z
    .object({
      sessionId: z.string(),
      address: z.string(),
      links: z.object({ stage: z.string(), online: z.string(), team: z.string() }),
      fingerprint: z.string(),
      devices: z.array(
        z.object({
          id: z.string(),
          role: z.enum(ROLES),
          name: z.string(),
          address: z.string(),
          state: z.enum(['pending', 'approved', 'revoked']),
          connected: z.boolean(),
        }),
      ),
    })
    .nullable(),
  joins: z.array(
    z.object({
      sessionId: z.string(),
      state: z.enum(['connecting', 'waiting', 'live', 'offline', 'refused']),
      message: z.string(),
      host: z.string(),
    }),
  ),
});
export type TeamStatus = z.infer<typeof TeamStatusSchema>;
