import { z } from 'zod';

export const ROLES = ['reporter', 'editor', 'communications', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const UsernameSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,31}$/,
    'tên đăng nhập gồm 2–32 ký tự: chữ thường không dấu (a–z), chữ số, dấu chấm, gạch dưới hoặc gạch ngang, không có dấu cách',
  );

/** An account as the UI sees it: never the password hash. */
export const UserSchema = z.object({
  username: UsernameSchema,
  displayName: z.string().min(1),
  role: RoleSchema,
});
export type User = z.infer<typeof UserSchema>;

/** An account as an administrator sees it. */
export type AccountOverview = User & { disabled: boolean; lockedUntil?: string };
