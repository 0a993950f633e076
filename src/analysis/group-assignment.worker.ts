/**
 * The grouping worker: camps or communities of a big graph off the main thread
 * (group-assignment.ts). Answers with the assignment, or the error's message.
 */
import { assign, type AssignmentInput } from './group-assignment';

export type AssignmentAnswer = { assignment: Record<string, number | null> } | { error: string };

self.onmessage = (event: MessageEvent<AssignmentInput>) => {
  (self as unknown as Worker).postMessage({ started: true });
  let answer: AssignmentAnswer;
  try {
    answer = { assignment: assign(event.data) };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  (self as unknown as Worker).postMessage(answer);
};
