/**
 * The import worker: reads the files a user gave (CSV, GEXF, GraphML, JSON) into the project's
 * data format off the main thread, so a 20,000-actor file never freezes the page. Workers have no
 * DOMParser: XML goes through xml-lite.ts, and what that leaves (unusual or malformed XML) through
 * xmldom, which reports errors with their line and column. A failure answers with the
 * DatasetError's fields, so the main thread rebuilds it with every problem's path.
 *
 * The result goes back in parts of PART_SIZE actors or relationships, then the rest: the main
 * thread copies each message in a task of its own (tens of ms), where the whole dataset at once
 * would hold it for a few hundred ms on a busy machine.
 */
import { DatasetError, type Problem } from '../graph/problems';
import { importData } from './import';
import { validateDataset } from '../graph/validate';
import { resolveLimits } from '../graph/limits';
import { liteXmlParser } from './xml-lite';
import { xmldomParser } from './xml-xmldom';
import type { ImportOptions, ImportResult, ImportText } from './types';

export interface ImportRequest {
  id: number;
  inputs: ImportText[];
  options: ImportOptions;
}

/** What went wrong: an Error's name and message, and a DatasetError's problems. */
export interface ImportFailure {
  name: string;
  message: string;
  problems?: Problem[];
}

/** The dataset's arrays sent in parts (when they are arrays: a JSON file's may be anything). */
export type PartKey = 'nodes' | 'edges';

export type ImportAnswer =
  | { id: number; key: PartKey; part: unknown[] }
  /** The result, without the arrays named in `parts`, which came before. */
  | { id: number; result: ImportResult; parts: PartKey[]; planned: true }
  | { id: number; error: ImportFailure };

export const PART_SIZE = 4000;

const parser = liteXmlParser(xmldomParser);
const post = (answer: ImportAnswer) => (self as unknown as Worker).postMessage(answer);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, inputs, options } = event.data;
  let result: ImportResult;
  try {
    result = importData(inputs, options, parser);
  } catch (error) {
    post({ id, error: toFailure(error) });
    return;
  }
  // Validated here too, so the main thread only builds the graph from the plan (at 20,000 actors
  // validating there was a 250 ms part of one 650 ms task).
  const checked = validateDataset(result.data, resolveLimits(options.limits));
  if (!checked.ok) {
    post({ id, error: toFailure(new DatasetError(checked.problems, checked.omitted)) });
    return;
  }
  const data: Record<string, unknown> = { ...checked.plan };
  const parts: PartKey[] = [];
  for (const key of ['nodes', 'edges'] as const) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i += PART_SIZE) post({ id, key, part: list.slice(i, i + PART_SIZE) });
    parts.push(key);
    delete data[key];
  }
  post({ id, result: { ...result, data: data as unknown as ImportResult['data'] }, parts, planned: true });
};

function toFailure(error: unknown): ImportFailure {
  if (error instanceof DatasetError) return { name: error.name, message: error.message, problems: [...error.problems] };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
