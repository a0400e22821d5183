import { describe, expect, it } from 'vitest';
import { emphasizeMarkers } from '../../../scripts/lib/pptxNativeCharts.ts';

describe('emphasizeMarkers', () => {
  it('draws the named series as a large diamond and leaves the others alone', () => {
    const ser = (name: string) =>
      `<c:ser><c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${name}</c:v></c:pt></c:strCache></c:strRef></c:tx><c:marker><c:symbol val="circle"/><c:size val="3"/></c:marker></c:ser>`;
    const out = emphasizeMarkers(ser('7') + ser('z'), ['z']);
    expect(out).toBe(ser('7') + ser('z').replace('circle', 'diamond').replace('val="3"', 'val="12"'));
  });
});
