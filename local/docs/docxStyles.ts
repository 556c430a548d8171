// styles.xml and numbering.xml for generated .docx files: Word's built-in names so headings map across.
import type { ListNode } from './model';

const HEADING_SIZES = [40, 32, 28, 24, 22, 22];

function paragraphStyle(id: string, name: string, size: number, extra = ''): string {
  return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${extra}</w:pPr><w:rPr><w:sz w:val="${size}"/></w:rPr></w:style>`;
}

/** Normal, Title, Subtitle, Heading 1-6, Hyperlink and Table Grid. */
export function docxStyles(): string {
  const headings = HEADING_SIZES.map((size, i) =>
    paragraphStyle(`Heading${i + 1}`, `heading ${i + 1}`, size, `<w:outlineLvl w:val="${i}"/>`),
  );
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="120"/></w:pPr></w:style>${paragraphStyle('Title', 'Title', 52)}${paragraphStyle('Subtitle', 'Subtitle', 30)}${headings.join('')}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>${borders}</w:tblBorders><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
}

function level(ilvl: number, numbered: boolean): string {
  const format = numbered ? ['decimal', 'lowerLetter', 'lowerRoman'][ilvl % 3] : 'bullet';
  const text = numbered ? `%${ilvl + 1}.` : ['\u25cf', '\u25cb', '\u25a0'][ilvl % 3];
  const indent = 720 * (ilvl + 1);
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent}" w:hanging="360"/></w:pPr></w:lvl>`;
}

/** One abstract numbering per list: bullets, or numbers for NUMBERED_* presets. */
export function numberingXml(lists: Record<string, ListNode>, numIds: ReadonlyMap<string, number>): string {
  const abstracts: string[] = [];
  const nums: string[] = [];
  for (const [listId, list] of Object.entries(lists)) {
    const id = numIds.get(listId)!;
    const numbered = list.preset.startsWith('NUMBERED');
    const levels = Array.from({ length: 9 }, (_, i) => level(i, numbered)).join('');
    abstracts.push(
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${levels}</w:abstractNum>`,
    );
    nums.push(`<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstracts.join('')}${nums.join('')}</w:numbering>`;
}
