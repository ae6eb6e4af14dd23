// The JSON export format of history (zod): documents with their snapshots and dismissals, keyed by identity.
import { z } from 'zod';

export const EXPORT_FORMAT = 'common-ground-history';
export const EXPORT_VERSION = 1;

const count = z.number().int().min(0);
const time = z.number().int().min(0);

export const exportedSnapshotSchema = z
  .object({
    at: time,
    words: count,
    countsByRule: z.record(z.string().min(1), count),
    countsByCategory: z.object({ blame: count, 'org-centric': count, 'output-only': count }).strict(),
    reason: z.enum(['review', 'editing', 'import']),
    review: z
      .object({ changed: count, dismissed: count, skipped: count, before: count, after: count })
      .strict()
      .optional(),
    readyToCirculate: z.boolean().optional(),
    excerpts: z.array(z.object({ ruleId: z.string(), text: z.string() }).strict()).optional(),
    partnership: count.optional(),
  })
  .strict();

export const exportedDismissalSchema = z
  .object({ ruleId: z.string().min(1), at: time, excerpt: z.string().optional() })
  .strict();

export const exportedDocumentSchema = z
  .object({
    key: z.string().min(1),
    url: z.string(),
    title: z.string(),
    site: z.string(),
    series: z.string(),
    createdAt: time,
    lastAt: time,
    snapshots: z.array(exportedSnapshotSchema),
    dismissals: z.array(exportedDismissalSchema),
  })
  .strict();

export const historyExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    documents: z.array(exportedDocumentSchema),
  })
  .strict();

export type HistoryExport = z.infer<typeof historyExportSchema>;
export type ExportedDocument = z.infer<typeof exportedDocumentSchema>;
export type ExportedSnapshot = z.infer<typeof exportedSnapshotSchema>;
