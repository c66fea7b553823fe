/** The draft's article metadata, and the note that tells a reviewer what the extractor did not do. */
import type { ArticleMeta } from '../../statements/format.js';
import type { Analysis } from '../analysis.js';
import { NEW_NOTE } from '../link/linker.js';
import type { ArticleMetaInput } from './item.js';

export function draftArticle(meta: ArticleMetaInput, analysis: Analysis, unread: { quote: string; reason: string }[]): ArticleMeta {
  const note = [
    `Draft written by the extractor (src/extract): each statement's confidence and the rule that read it are beside the draft (.rules.json) and in extractDraft's answer; entities marked "${NEW_NOTE}" are not yet in the registry.`,
    'The author is not read by the extractor.',
    analysis.provinceInferred ? `Bare "UBND tỉnh", "HĐND tỉnh", "Tỉnh ủy": ${analysis.provinceInferred}.` : '',
    meta.published === null ? 'The publication date was not given to the extractor.' : '',
    unread.length > 0
      ? `${unread.length} sentence(s) that look relevant were not read: ${unread.map((item) => `"${item.quote.slice(0, 80)}${item.quote.length > 80 ? '…' : ''}" (${item.reason})`).join('; ')}.`
      : '',
  ];
  return {
    id: meta.id,
    title: meta.title,
    publisher: meta.publisher,
    author: null,
    published: meta.published,
    language: 'vi',
    url: meta.url,
    textFile: meta.textFile,
    note: note.filter(Boolean).join(' '),
  };
}
