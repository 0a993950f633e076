/**
 * The analysis worker: camps, centrality and communities of a big graph off the main thread.
 * It receives the graph in graphology's serialization and the registry, rebuilds the graph and
 * answers with the analysis (plain data), or with the error's name and message.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { Registry } from '../graph/registry';
import { analyze, type Analysis, type AnalyzeOptions } from './analyze';

export interface AnalysisRequest {
  id: number;
  graph: SerializedGraph;
  registry: Registry;
  options: AnalyzeOptions;
}

export type AnalysisAnswer = { id: number; analysis: Analysis } | { id: number; error: { name: string; message: string } };

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, graph, registry, options } = event.data;
  // Tells the page the worker runs: an error after this is the analysis's, not a refused start.
  (self as unknown as Worker).postMessage({ started: true });
  let answer: AnalysisAnswer;
  try {
    answer = { id, analysis: analyze(Graph.from(graph), registry, options) };
  } catch (error) {
    answer = {
      id,
      error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) },
    };
  }
  (self as unknown as Worker).postMessage(answer);
};
