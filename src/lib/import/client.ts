// The page's side of an import: one worker per file, progress and preview as
// they come, a cancel that stops the worker at once. Nothing reaches the app
// until the planner confirms the column mapping.
import type { Item } from '../filter/items.ts';
import type { Mapping } from './columns.ts';
import type { Problem } from './convert.ts';
import type { ErrorCode, FromWorker, Stage, ToWorker } from './protocol.ts';
import type { ReadMeta } from './read.ts';

export interface Preview {
  header: string[];
  sample: string[][];
  rows: number;
  mapping: Mapping;
  meta: ReadMeta;
}

export interface JobEvents {
  progress: (stage: Stage, share: number) => void;
  preview: (p: Preview) => void;
  done: (items: Item[], problems: Problem[]) => void;
  error: (code: ErrorCode, line?: number) => void;
}

export class ImportJob {
  private worker: Worker | null = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  private items: Item[] = [];

  constructor(
    private readonly file: File,
    private readonly geo: { counties: string; cities: string },
    private readonly on: JobEvents,
  ) {
    this.worker!.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    this.worker!.onerror = () => this.fail('unreadable');
    this.read();
  }

  /** Reads the file again (another sheet of a workbook). */
  read(sheet?: string): void {
    this.send({ type: 'read', file: this.file, sheet, geo: this.geo });
  }

  /** Converts the rows with this mapping, into the layer with this id. */
  convert(mapping: Mapping, layer: string): void {
    this.items = [];
    this.send({ type: 'convert', mapping, layer });
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private send(m: ToWorker) {
    this.worker?.postMessage(m);
  }

  private fail(code: ErrorCode, line?: number) {
    this.cancel();
    this.on.error(code, line);
  }

  private receive(m: FromWorker) {
    if (m.type === 'progress') this.on.progress(m.stage, m.share);
    else if (m.type === 'preview') this.on.preview(m);
    else if (m.type === 'items') for (const item of m.items) this.items.push(item);
    else if (m.type === 'done') {
      const items = this.items;
      this.items = [];
      this.cancel();
      this.on.done(items, m.problems);
    } else if (m.type === 'error') this.fail(m.code, m.line);
  }
}
