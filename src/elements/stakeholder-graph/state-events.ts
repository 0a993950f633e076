/**
 * One event for each part of the view state that changed between two derived states: the
 * element calls this after every update, so an event fires on every change whoever made it (a
 * person, an attribute, a method) and never twice for one change.
 */
import { changedParts, type ViewState } from '../../state/view-state';
import { emit } from '../events';
import { groupDetail } from './group-announcements';

export function emitStateEvents(target: EventTarget, before: ViewState | null, after: ViewState): void {
  const parts = changedParts(before, after);
  if (parts.has('select')) emit(target, 'sg-select', after.selection);
  if (parts.has('filter')) emit(target, 'sg-filter', after.filter);
  if (parts.has('focus')) emit(target, 'sg-focus', after.focus);
  if (parts.has('layout') && after.layout) emit(target, 'sg-layout', { layout: after.layout });
  if (parts.has('group')) emit(target, 'sg-group', groupDetail(before?.groups, after.groups));
  if (parts.has('path')) {
    const { query, result, active } = after.path;
    emit(target, 'sg-path', { from: query.from, to: query.to, paths: result?.paths ?? [], active });
  }
}
