import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';

describe('provinces named after a body', () => {
  it('a variant with a dot ("TP.HCM") is matched as printed, so "Thành ủy TP HCM" neither throws nor names a province by accident', () => {
    expect(() => analyse({ text: 'Chiều 5/10, Thành ủy TP HCM tổ chức hội nghị. HĐND TP HCM họp phiên thứ nhất.' })).not.toThrow();
    expect(analyse({ text: 'Chiều 5/10, HĐND TP.HCM tổ chức kỳ họp thứ 10.' }).province).toBe(
      analyse({ text: 'Chiều 5/10, HĐND Thành phố Hồ Chí Minh tổ chức kỳ họp thứ 10.' }).province,
    );
  });
});
