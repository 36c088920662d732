import { z } from 'zod';

export const ROLES = ['reporter', 'editor', 'communications', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UsernameSchema = z
  .string()
  // The message is a catalogued key: the contract's check says the rule in the reader's language.
  .regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'error.input.username');

/** An account as the UI sees it: never the password hash. */
export const UserSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().min(1),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;

/** An account as an administrator sees it. */
export type AccountOverview = User & { disabled: boolean; lockedUntil?: string };
