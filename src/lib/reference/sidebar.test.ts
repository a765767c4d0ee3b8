import { describe, expect, it } from 'vitest';
import { declaredTagNames, referenceSidebarItems } from './sidebar.ts';

describe('API reference sidebar', () => {
  it('lists the overview, one page per declared tag and the API client', () => {
    expect(referenceSidebarItems(['Users', 'Sandbox controls'])).toEqual([
      { label: 'Overview', link: '/reference/' },
      { label: 'Users', link: '/reference/users/' },
      { label: 'Sandbox controls', link: '/reference/sandbox-controls/' },
      { label: 'API client', link: '/reference/try/' },
    ]);
  });

  it('reads the tags of the real spec in order', () => {
    expect(declaredTagNames()).toEqual([
      'Authentication',
      'Applications',
      'Users',
      'Events',
      'Locks',
      'Sandbox controls',
    ]);
  });

  it('fails on a tag without a name', () => {
    expect(() => declaredTagNames('tags:\n  - description: nameless\n')).toThrow(/tags\[0\]/);
  });
});
