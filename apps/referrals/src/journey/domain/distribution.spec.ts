import { distributionOf } from './distribution';

describe('distributionOf', () => {
  it('takes the nearest rank', () => {
    expect(distributionOf([5, 1, 4, 2, 3, 10, 9, 8, 7, 6])).toEqual({
      count: 10,
      median: 5,
      p90: 9,
    });
    expect(distributionOf([7])).toEqual({ count: 1, median: 7, p90: 7 });
  });

  it('has no figures for nothing', () => {
    expect(distributionOf([])).toEqual({ count: 0, median: null, p90: null });
  });
});
