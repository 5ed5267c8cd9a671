/** Hand-written .docx files for the reader's tests: WordprocessingML parts zipped with fflate. */
import { strToU8, zipSync } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

export interface Parts {
  /** The inside of w:body. */
  body: string;
  /** The inside of w:styles (docDefaults and styles). */
  styles?: string;
  /** The font scheme of theme1.xml: major and minor Latin typefaces. */
  theme?: { major: string; minor: string };
  /** Header parts by relationship id ("rIdH1" → the inside of w:hdr). */
  headers?: Record<string, string>;
  footers?: Record<string, string>;
}

export function makeDocx(p: Parts): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const rels: string[] = [];
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${p.body}</w:body></w:document>`);
  if (p.styles !== undefined) files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${p.styles}</w:styles>`);
  if (p.theme) {
    files['word/theme/theme1.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements><a:fontScheme name="F"><a:majorFont><a:latin typeface="${p.theme.major}"/></a:majorFont><a:minorFont><a:latin typeface="${p.theme.minor}"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
    );
  }
  for (const [kind, parts] of [['header', p.headers], ['footer', p.footers]] as const) {
    for (const [id, inner] of Object.entries(parts ?? {})) {
      const name = `${kind}${id}.xml`;
      files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:${kind === 'header' ? 'hdr' : 'ftr'} ${W}>${inner}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`);
      rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${name}"/>`);
    }
  }
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  return zipSync(files);
}

/** A paragraph of runs: [text, run properties XML]. */
export function p(runs: [string, string?][], pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.map(([t, rPr]) => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
}

/** A section: A4 and the decree's margins unless told otherwise. */
export function sectPr(extra = '', size = '<w:pgSz w:w="11906" w:h="16838"/>', margins = '<w:pgMar w:top="1134" w:bottom="1134" w:left="1701" w:right="850" w:header="567" w:footer="567" w:gutter="0"/>'): string {
  return `<w:sectPr>${extra}${size}${margins}</w:sectPr>`;
}
