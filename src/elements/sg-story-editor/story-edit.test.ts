/**
 * The story editor's edits: ids from titles, unique; plain text kept as paragraphs; moves and
 * deletions that leave the story given alone; the files saved and the files opened.
 */
import { describe, expect, it } from 'vitest';
import type { SerializedGraph } from 'graphology-types';
import type { Story } from '../../story/story-types';
import {
  cleanText,
  datasetWithStory,
  readStoryFile,
  slugify,
  storyFileName,
  storyJson,
  uniqueStepId,
  withNewStep,
  withStepMoved,
  withTitle,
  withoutStep,
  withStepView,
} from './story-edit';

const STORY: Story = {
  title: 'Who backs whom',
  steps: [
    { id: 'one', title: 'One', text: '', view: {} },
    { id: 'two', title: 'Two', text: '', view: { select: 'DPRK' } },
    { id: 'three', title: 'Three', text: '', view: {} },
  ],
};
const ids = (story: Story) => story.steps.map((step) => step.id);

describe('ids from titles', () => {
  it('slugs a title to lowercase ASCII words joined by hyphens', () => {
    expect(slugify('The pact (June)')).toBe('the-pact-june');
    expect(slugify('  Séoul répond!  ')).toBe('seoul-repond');
    expect(slugify('北朝鮮')).toBe('');
    expect(slugify('a'.repeat(80) + ' b')).toHaveLength(60);
  });

  it('makes the id unique in the story, and falls back to "step"', () => {
    expect(uniqueStepId('The pact', [])).toBe('the-pact');
    expect(uniqueStepId('The pact', ['the-pact', 'the-pact-2'])).toBe('the-pact-3');
    expect(uniqueStepId('!!!', ['step'])).toBe('step-2');
  });
});

describe('cleanText', () => {
  it('keeps paragraphs: one blank line between them, whatever the line ends and spacing', () => {
    expect(cleanText('  First line.  \r\nSame paragraph.\r\n\r\n\r\n\r\nSecond.\n\n')).toBe('First line.\nSame paragraph.\n\nSecond.');
  });

  it('keeps markup as the text it is (never HTML)', () => {
    expect(cleanText('<b>bold</b> & co')).toBe('<b>bold</b> & co');
  });
});

describe('edits', () => {
  it('appends a step with a unique id, its text cleaned, citing the claims given', () => {
    const story = withNewStep(STORY, { title: 'Two', text: 'A.\n\n\nB.', view: { select: 'e1' }, cite: ['e1'] });
    expect(story.steps[3]).toEqual({ id: 'two-2', title: 'Two', text: 'A.\n\nB.', cite: ['e1'], view: { select: 'e1' } });
    expect(Object.keys(story.steps[3]!)).toEqual(['id', 'title', 'text', 'cite', 'view']);
    expect(STORY.steps).toHaveLength(3);
  });

  it('starts a story with the title given, or "Story", and leaves cite out when empty', () => {
    expect(withNewStep(null, { title: 'First', text: '', view: {} }, 'My story')).toEqual({
      title: 'My story',
      steps: [{ id: 'first', title: 'First', text: '', view: {} }],
    });
    expect(withNewStep(null, { title: 'First', text: '', view: {}, cite: [] }).title).toBe('Story');
  });

  it('moves a step up, down and to the ends, never past them', () => {
    expect(ids(withStepMoved(STORY, 2, 1))).toEqual(['one', 'three', 'two']);
    expect(ids(withStepMoved(STORY, 0, 1))).toEqual(['two', 'one', 'three']);
    expect(ids(withStepMoved(STORY, 0, 9))).toEqual(['two', 'three', 'one']);
    expect(ids(withStepMoved(STORY, 1, -1))).toEqual(['two', 'one', 'three']);
    expect(ids(STORY)).toEqual(['one', 'two', 'three']);
  });

  it('deletes a step', () => {
    expect(ids(withoutStep(STORY, 1))).toEqual(['one', 'three']);
    expect(ids(STORY)).toHaveLength(3);
  });

  it('retitles the story, blank as the default title', () => {
    expect(withTitle(STORY, '  New  ').title).toBe('New');
    expect(withTitle(STORY, ' ').title).toBe('Story');
  });
});

describe('files', () => {
  it('names and writes the story file', () => {
    expect(storyFileName(STORY)).toBe('who-backs-whom-story.json');
    expect(storyFileName({ ...STORY, title: '?' })).toBe('story-story.json');
    expect(JSON.parse(storyJson(STORY))).toEqual(STORY);
    expect(storyJson(STORY).endsWith('}\n')).toBe(true);
  });

  it('puts the story into the dataset, replacing the one it had', () => {
    const data = { attributes: { title: 'T', story: { title: 'old', steps: [] } }, nodes: [], edges: [] } as unknown as SerializedGraph;
    const saved = datasetWithStory(data, STORY);
    expect(saved.attributes).toEqual({ title: 'T', story: STORY });
    expect((data.attributes as { story: Story }).story.title).toBe('old');
  });

  it('opens a story file or a dataset with a story', () => {
    expect(readStoryFile(storyJson(STORY))).toEqual({ story: STORY, from: 'story' });
    expect(readStoryFile(JSON.stringify({ attributes: { story: STORY }, nodes: [] }))).toEqual({ story: STORY, from: 'dataset' });
  });

  it('says why a file holds no story', () => {
    expect(readStoryFile('{"title": ')).toEqual({ error: 'it is not JSON' });
    expect(readStoryFile('[1]')).toHaveProperty('error');
    expect(readStoryFile('{"attributes": {"title": "no story"}}')).toHaveProperty('error');
  });

  it('gives one step another view, keeping its title and text and adding a claim to cite once', () => {
    const story: Story = {
      title: 'T',
      steps: [
        { id: 'a', title: 'A', text: 'x', cite: ['e1'], view: { select: 'n1' } },
        { id: 'b', title: 'B', text: 'y', view: {} },
      ],
    };
    const changed = withStepView(story, 0, { focus: { key: 'n2', hops: 1 } }, ['e1', 'e2']);
    expect(changed.steps[0]).toEqual({ id: 'a', title: 'A', text: 'x', cite: ['e1', 'e2'], view: { focus: { key: 'n2', hops: 1 } } });
    expect(changed.steps[1]).toBe(story.steps[1]);
    expect(withStepView(story, 1, { select: 'n3' }).steps[1]).toEqual({ id: 'b', title: 'B', text: 'y', view: { select: 'n3' } });
  });
});
