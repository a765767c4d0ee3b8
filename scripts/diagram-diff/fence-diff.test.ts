import { describe, expect, it } from 'vitest';
import { diffFences, pagePath, parseNameStatus } from './fence-diff.ts';

const fence = (line: number, source: string) => ({ file: 'page.md', line, source });

describe('diffFences', () => {
  it('reports nothing when only the prose around the diagrams changed', () => {
    expect(diffFences([fence(3, 'graph TD; A-->B')], [fence(9, 'graph TD; A-->B')])).toEqual([]);
  });

  it('pairs an edited diagram with its old version', () => {
    const changes = diffFences(
      [fence(3, 'graph TD; A-->B'), fence(20, 'graph TD; X-->Y')],
      [fence(3, 'graph TD; A-->B'), fence(20, 'graph TD; X-->Z')],
    );
    expect(changes).toEqual([
      { status: 'changed', before: fence(20, 'graph TD; X-->Y'), after: fence(20, 'graph TD; X-->Z') },
    ]);
  });

  it('sees a diagram inserted above others as added, not as every later one changed', () => {
    const changes = diffFences(
      [fence(3, 'graph TD; A-->B'), fence(9, 'graph TD; C-->D')],
      [fence(3, 'graph TD; NEW-->ONE'), fence(9, 'graph TD; A-->B'), fence(15, 'graph TD; C-->D')],
    );
    expect(changes).toEqual([{ status: 'added', after: fence(3, 'graph TD; NEW-->ONE') }]);
  });

  it('reports a deleted diagram as removed', () => {
    expect(
      diffFences([fence(3, 'graph TD; A-->B'), fence(9, 'graph TD; C-->D')], [fence(3, 'graph TD; A-->B')]),
    ).toEqual([{ status: 'removed', before: fence(9, 'graph TD; C-->D') }]);
  });
});

describe('parseNameStatus', () => {
  it('reads added, modified, deleted and renamed files', () => {
    const output =
      'A\tsrc/content/docs/new.md\nM\tsrc/content/docs/a.mdx\nD\tsrc/content/docs/old.md\nR087\tsrc/content/docs/x.md\tsrc/content/docs/y.md\n';
    expect(parseNameStatus(output)).toEqual([
      { status: 'A', path: 'src/content/docs/new.md', basePath: 'src/content/docs/new.md' },
      { status: 'M', path: 'src/content/docs/a.mdx', basePath: 'src/content/docs/a.mdx' },
      { status: 'D', path: 'src/content/docs/old.md', basePath: 'src/content/docs/old.md' },
      { status: 'R', path: 'src/content/docs/y.md', basePath: 'src/content/docs/x.md' },
    ]);
  });
});

describe('pagePath', () => {
  it('maps content files to their published paths', () => {
    expect(pagePath('src/content/docs/guides/Quickstart.mdx')).toBe('guides/quickstart/');
    expect(pagePath('src/content/docs/contributing/index.md')).toBe('contributing/');
    expect(pagePath('src/content/docs/index.mdx')).toBe('');
  });
});
