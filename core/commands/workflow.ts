import { NewsdeskError } from '../api.ts';
import { PEOPLE_ACTIONS, WorkflowActionSchema } from '../model/workflow.ts';
import { noExtraArguments, UsageError, type Command } from './command.ts';
import { msg } from '../i18n/coreMessages.ts';

/** `workflow <id> <action> --user NAME [--note T]`, as that user: the same guard as the app's. */
export const workflowCommand: Command = {
  options: { user: { type: 'string' }, note: { type: 'string' } },
  async run({ values, positionals, open, env, out }) {
    const [id, action, ...extra] = positionals;
    if (!id || !action) throw new UsageError(msg('error.usage.workflowNeedsIdAndAction', { actions: PEOPLE_ACTIONS.join('|') }));
    noExtraArguments(extra, 'workflow');
    const parsed = WorkflowActionSchema.safeParse(action);
    if (!parsed.success) throw new UsageError(msg('error.usage.actionOneOf', { actions: PEOPLE_ACTIONS.join(', ') }));
    if (typeof values.user !== 'string' || values.user === '') throw new UsageError(msg('error.usage.workflowNeedsUser'));
    const password = env.NEWSDESK_PASSWORD;
    if (!password) throw new UsageError(msg('error.usage.passwordInEnvironment'));

    const { api } = await open();
    await api.session.signIn({ username: values.user, password });
    const note = typeof values.note === 'string' ? values.note : undefined;
    const article = await api.workflow.transition(id, parsed.data, note).catch((error: unknown) => {
      if (error instanceof NewsdeskError) throw error;
      throw NewsdeskError.of(msg('error.unexpected', { reason: (error as Error).message }));
    });
    out(`${article.id}  ${article.state}  ${article.title}`);
  },
};
