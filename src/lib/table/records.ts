// A layer's feature list as a table for CSV and Excel: each plan feature with
// its members by name, what the plan says in our words, its chapters, and the
// sources behind members found outside the plans' text.
import type { PlanRecord } from '../plan/schema.ts';
import type { TableData } from '../files/table-out.ts';
import { formatCite } from '../plan/labels.ts';
import { citationText } from '../facts/cite-format.ts';

const HEADER = [
  'id', 'name_zh', 'name_en', 'kind', 'members', 'member_names_zh', 'open_list', 'summary_zh', 'summary_en', 'plan_chapters', 'membership_sources',
];

export function recordsTable(records: readonly PlanRecord[], nameOf: (code: string) => string | undefined): TableData {
  return {
    header: HEADER,
    rows: records.map((r) => [
      r.id,
      r.name_zh,
      r.name_en,
      r.kind,
      r.members.map((m) => m.code).join(' '),
      r.members.map((m) => nameOf(m.code) ?? m.code).join('、'),
      r.open_list ? 'yes' : '',
      r.summary_zh,
      r.summary_en,
      r.cite.map((c) => formatCite(c, 'zh')).join('；'),
      (r.membership?.sources ?? []).map((c) => citationText(c, 'zh')).join('；'),
    ]),
  };
}
