import { z } from 'zod';

export const WORKFLOW_ACTIONS = ['submit', 'request-changes', 'approve', 'publish', 'archive', 'correct'] as const;
export const WorkflowActionSchema = z.enum(WORKFLOW_ACTIONS);
export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;

/** One recorded step of an article through the newsroom: who moved it, when, and why. */
export const TransitionRecordSchema = z.object({
  action: WorkflowActionSchema,
  from: z.string(),
  to: z.string(),
  by: z.string(),
  at: z.iso.datetime(),
  note: z.string().optional(),
});
export type TransitionRecord = z.infer<typeof TransitionRecordSchema>;
