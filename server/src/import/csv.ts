// RFC 4180 CSV: fields separated by commas, quoted with " when they hold a comma, quote or line
// break, a quote inside a quoted field doubled. Lines end with \n or \r\n; a UTF-8 BOM is ignored.

export interface CsvRecord {
  /** 1-based line of the file where the record starts */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
}

/** Splits CSV text into records; blank lines are skipped. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
  };

  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"') {
      if (fieldStarted || field !== '') {
        throw new CsvSyntaxError(
          `${file}: line ${line}: a quote inside an unquoted field — quote the whole field and double the quote ("")`,
        );
      }
      quoted = true;
      fieldStarted = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new CsvSyntaxError(`${file}: line ${recordLine}: a quoted field is never closed`);
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return records;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV line (with its \n) from values; null and undefined are written as empty fields. */
export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map((value) => (value === null || value === undefined ? '' : quote(String(value)))).join(',')}\n`;
}

export function stringifyCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): string {
  return csvLine(header) + rows.map(csvLine).join('');
}
