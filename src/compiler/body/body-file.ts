import type { VFile } from 'vfile';
import type { BodyReport } from '../report/body-report.ts';
import type { BodyContext } from './body-context.ts';

/** Per-post state the tree plugins share: the caller's context and the report being written. */
export interface BodyFileData {
  context: BodyContext;
  report: BodyReport;
}

declare module 'vfile' {
  interface DataMap {
    folio: BodyFileData;
  }
}

/** The post's state, or a throwaway one when a plugin runs outside renderBody (tests). */
export function bodyData(file: VFile): BodyFileData {
  file.data.folio ??= { context: {}, report: { mode: 'markdown', entries: [] } };
  return file.data.folio;
}
