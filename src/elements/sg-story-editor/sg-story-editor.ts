/** Registers `<sg-story-editor>`. */
import { SgStoryEditor, defineStoryEditor } from './sg-story-editor.component';

export { SgStoryEditor, defineStoryEditor };

defineStoryEditor();
