/** A `.newsdesk` package built for saving, its bytes in base64 so that it crosses IPC as JSON. */
export interface PackageFile {
  fileName: string;
  data: string;
}

export type ImportOutcome = 'created' | 'updated' | 'unchanged';

export interface ImportedPackage {
  id: string;
  outcome: ImportOutcome;
}
