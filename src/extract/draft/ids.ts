/** Statement ids: slugs of what a statement says, unique in the draft ("le-tuan-phong--chu-tich-ubnd-tinh-binh-thuan--elected"). */
import { slugify } from '../text.js';

export class StatementIds {
  private readonly used = new Set<string>();

  next(base: string): string {
    let id = slugify(base).slice(0, 90).replace(/-+$/, '') || 's';
    for (let n = 2; this.used.has(id); n += 1) id = `${slugify(base).slice(0, 86)}-${n}`;
    this.used.add(id);
    return id;
  }
}
