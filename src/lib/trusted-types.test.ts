import { z } from 'zod';
import './trusted-types';

describe('trusted-types setup', () => {
  it('keeps zod from compiling parsers with new Function, which the CSP refuses', () => {
    expect(z.config().jitless).toBe(true);
  });
});
