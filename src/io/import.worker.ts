/**
 * The import worker: reads the files a user gave (CSV, GEXF, GraphML, JSON) into the project's
 * data format off the main thread, so a 20,000-actor file never freezes the page. Workers have no
 * DOMParser: XML goes through xml-lite.ts, and what that leaves (unusual or malformed XML) through
 * xmldom, which reports errors with their line and column. A failure answers with the
 * DatasetError's fields, so the main thread rebuilds it with every problem's path.
 */
import { DatasetError, type Problem } from '../graph/problems';
import { importData } from './import';
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

export type ImportAnswer = { id: number; result: ImportResult } | { id: number; error: ImportFailure };

const parser = liteXmlParser(xmldomParser);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const { id, inputs, options } = event.data;
  let answer: ImportAnswer;
  try {
    answer = { id, result: importData(inputs, options, parser) };
  } catch (error) {
    answer = { id, error: toFailure(error) };
  }
  (self as unknown as Worker).postMessage(answer);
};

function toFailure(error: unknown): ImportFailure {
  if (error instanceof DatasetError) return { name: error.name, message: error.message, problems: [...error.problems] };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}
