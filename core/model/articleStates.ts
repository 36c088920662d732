// The article states on their own, without the schemas: the command line's help lists them
// without loading the validation library.
export const ARTICLE_STATES = ['draft', 'submitted', 'changes_requested', 'approved', 'published', 'archived'] as const;
