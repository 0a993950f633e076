/**
 * The elements the explorer is built from, apart from the graph: the toolbar, search, details,
 * the relationships table, the path panel, the analysis panel, the source panel, the story
 * editor, the import banner and the drop target. The explorer loads this module on first render, so
 * where only the explorer's class is imported (the one-script-tag embed) they arrive as one lazy
 * chunk, and a page that shows only `<stakeholder-graph>` never downloads them. Elements rendered
 * before their definition arrives upgrade in place, keeping the properties already set on them.
 */
import '../sg-search/sg-search';
import '../sg-details/sg-details';
import '../sg-relationships/sg-relationships';
import '../sg-path-panel/sg-path-panel';
import '../sg-toolbar/sg-toolbar';
import { defineImportBanner } from './sg-import-banner.component';
import { defineDropTarget } from './sg-drop-target.component';
import { defineAnalysisPanel } from '../sg-analysis-panel/sg-analysis-panel.component';
import { defineSourcePanel } from '../sg-source-panel/sg-source-panel.component';
import { defineStoryEditor } from '../sg-story-editor/sg-story-editor.component';

defineImportBanner();
defineDropTarget();
defineAnalysisPanel();
defineSourcePanel();
defineStoryEditor();
