/** Contender "widget-flat": `<stakeholder-graph group-by="none">`, every actor drawn at any size; see widget-page.ts. */
import { runWidget } from './widget-page';

await runWidget('widget-flat', { attributes: { 'group-by': 'none' } });
