import { describe, expect, it } from 'vitest';
import { initialChunks, oversizedInitialChunks, type ChunkInfo } from './api-client-bundle.ts';

const chunk = (fileName: string, size: number, imports: string[] = [], isEntry = false): ChunkInfo => ({
  fileName,
  size,
  imports,
  isEntry,
});

describe('initial chunk size check', () => {
  const chunks = [
    chunk('page.js', 2_000, ['shared.js'], true),
    chunk('shared.js', 600_000, ['tiny.js']),
    chunk('tiny.js', 100),
    chunk('scalar.js', 900_000, ['scalar-part.js']),
    chunk('scalar-part.js', 700_000),
  ];

  it('follows static imports from entries and ignores what only dynamic imports reach', () => {
    expect([...initialChunks(chunks)].sort()).toEqual(['page.js', 'shared.js', 'tiny.js']);
  });

  it('flags only big chunks that load up front', () => {
    expect(oversizedInitialChunks(chunks).map((found) => found.fileName)).toEqual(['shared.js']);
  });
});
