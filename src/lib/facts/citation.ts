// A citation of a fact from outside the plans: who published it, what (its
// title or document number), when, and where a reader can find it. The app
// renders it as "publisher · title · date" with the link, and never fetches it.
import { z } from '../zod.ts';

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source is. */
export const isoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

export const citation = z
  .object({
    /** The outlet or issuing body, as a reader would search for it. */
    publisher_zh: z.string().min(1),
    publisher_en: z.string().min(1),
    /** The title as published, in its own language. */
    title: z.string().min(1).optional(),
    /** A document number such as 工信部企业函〔2023〕3号. */
    doc_no: z.string().min(1).optional(),
    date: isoDate,
    /** The original page. Reposts, mirrors, content farms and code repositories are never linked. */
    url: z
      .string()
      .url()
      .regex(/^https?:\/\/[^\s%]+$/, 'a readable http(s) address without percent-encoding')
      .optional(),
  })
  .strict()
  // A reader must be able to find it: by its title, its document number, or its link.
  .refine((c) => c.title !== undefined || c.doc_no !== undefined || c.url !== undefined, 'a citation needs a title, a document number or a link');
export type Citation = z.infer<typeof citation>;
