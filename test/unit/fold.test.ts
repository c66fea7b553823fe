import { describe, expect, it } from 'vitest';
import { foldText, normalizeWhitespaceNfc } from '../../src/text/fold.js';

describe('foldText', () => {
  it.each([
    ['Lại Thanh Sơn', 'lai thanh son'],
    ['LẠI THANH SƠN', 'lai thanh son'],
    ['Lại Thanh Sơn'.normalize('NFD'), 'lai thanh son'],
    ['Đảng ủy Văn phòng', 'dang uy van phong'],
    ['Đảng uỷ Văn phòng', 'dang uy van phong'],
    ['hòa  bình\u00a0', 'hoa binh'],
  ])('folds %j to %j', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('normalizeWhitespaceNfc', () => {
  it('composes NFD input and folds non-breaking spaces', () => {
    expect(normalizeWhitespaceNfc('Bắc\u00a0 Giang'.normalize('NFD'))).toBe('Bắc Giang');
  });
});
