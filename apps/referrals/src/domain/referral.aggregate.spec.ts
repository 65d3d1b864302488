import { Referral } from './referral.aggregate';
import { ReferralError } from './referral.errors';

function codeOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    return error instanceof ReferralError ? error.code : 'not a referral error';
  }
  return undefined;
}

describe('Referral', () => {
  it('is accepted at once when nothing is missing', () => {
    const { referral, changes } = Referral.receive('r-1', []);
    expect(referral.status).toBe('accepted');
    expect(changes).toEqual([{ kind: 'accepted' }]);
  });

  it('waits for what is missing and asks for it', () => {
    const { referral, changes } = Referral.receive('r-1', ['lab:IgG', 'document:prescription']);
    expect(referral.status).toBe('pending_documents');
    expect(changes).toEqual([
      { kind: 'documents-requested', missing: ['lab:IgG', 'document:prescription'] },
    ]);
  });

  it('asks again only when what is missing changed, and accepts once nothing is', () => {
    const { referral } = Referral.receive('r-1', ['lab:IgG', 'document:prescription']);
    expect(referral.reevaluate(['lab:IgG', 'document:prescription'])).toEqual([]);
    expect(referral.reevaluate(['lab:IgG'])).toEqual([
      { kind: 'documents-requested', missing: ['lab:IgG'] },
    ]);
    expect(referral.reevaluate([])).toEqual([{ kind: 'accepted' }]);
    expect(referral.reevaluate([])).toEqual([]);
    expect(referral.status).toBe('accepted');
  });

  it('rejects a pending referral but not an accepted one', () => {
    expect(
      Referral.restore('r-1', 'pending_documents', ['lab:IgG']).reject('not a candidate'),
    ).toEqual([{ kind: 'rejected', reason: 'not a candidate' }]);
    expect(codeOf(() => Referral.restore('r-2', 'accepted', []).reject('too late'))).toBe(
      'REFERRAL.ALREADY_ACCEPTED',
    );
  });

  it.each(['rejected', 'cancelled'] as const)('refuses every change once %s', (status) => {
    const referral = Referral.restore('r-1', status, []);
    expect(codeOf(() => referral.reevaluate([]))).toBe('REFERRAL.NOT_OPEN');
    expect(codeOf(() => referral.reject('again'))).toBe('REFERRAL.NOT_OPEN');
    expect(codeOf(() => referral.cancel(undefined))).toBe('REFERRAL.NOT_OPEN');
  });

  it('cancels an accepted referral', () => {
    const referral = Referral.restore('r-1', 'accepted', []);
    expect(referral.cancel('therapy stopped')).toEqual([
      { kind: 'cancelled', reason: 'therapy stopped' },
    ]);
    expect(referral.isOpen).toBe(false);
  });
});
