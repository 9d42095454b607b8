import { describe, expect, it } from 'vitest';
import { facilitiesOf, isOtherFacility } from '../../src/domain/facility.ts';
import { incoming } from './records.ts';

describe('the facility directory a snapshot gives', () => {
  it('one entry per place however it is spelled, with the address most rows give', () => {
    const records = [
      incoming({ externalId: '1', facilityName: 'ИК-9 Горки', facilityAddress: 'Горки, ул. Дзимитрова 1' }),
      incoming({ externalId: '2', facilityName: 'ИК 9 Горки', facilityAddress: 'Горки, ул. Дзимитрова 1' }),
      incoming({ externalId: '3', facilityName: 'ИК-9 Горки', facilityAddress: 'Горки (old)' }),
      incoming({ externalId: '4', facilityName: 'ИК-22', facilityAddress: undefined }),
      incoming({ externalId: '5', facilityName: undefined, facilityAddress: 'lost' }),
    ];
    expect(facilitiesOf(records)).toEqual([
      { key: 'ик9горки', name: 'ИК-9 Горки', address: 'Горки, ул. Дзимитрова 1' },
      { key: 'ик22', name: 'ИК-22' },
    ]);
  });

  it('tells a move from a respelling', () => {
    expect(isOtherFacility('ИК-9 Горки', 'ИК 9 горки')).toBe(false);
    expect(isOtherFacility('ИК-9 Горки', 'ИК-22')).toBe(true);
    expect(isOtherFacility(null, 'ИК-22')).toBe(false);
    expect(isOtherFacility('ИК-9 Горки', undefined)).toBe(false);
  });
});
