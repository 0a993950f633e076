/**
 * Contender "widget": `<stakeholder-graph>` with its default attributes (the grouped overview
 * above `overview-threshold`); see widget-page.ts.
 */
import { runWidget } from './widget-page';

await runWidget('widget');
