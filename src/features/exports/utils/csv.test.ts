import { csvField, neutraliseFormula, toCsv } from './csv';
import { parseCsv } from './parse-csv';

describe('neutraliseFormula', () => {
  it.each([
    '=1+1',
    '+1',
    '-1',
    '@SUM(A1)',
    '\tx',
    '\rx',
    '＝1',
    ' =1',
    '\u00A0@x',
    '\n=HYPERLINK("http://x")',
    '\u3000=1',
    '\u200B=1',
    '\uFEFF+1',
    '\n \u200B-1',
  ])('makes %j text with a leading apostrophe', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(['2020-01-23', 'قال المرصد', 'up to 40', 'a=b', "'quoted", ''])(
    'leaves %j alone',
    (value) => {
      expect(neutraliseFormula(value)).toBe(value);
    },
  );
});

describe('csvField', () => {
  it('quotes only fields that need it, doubling quotes inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every line with CRLF', () => {
    const csv = toCsv(['a', 'b'], [['1', '2']]);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('reads back field for field, Arabic, commas, quotes and line breaks included', () => {
    const records = [
      ['قالت وزارة الدفاع، "لا"', 'line\r\nbreak'],
      ['', ' spaced '],
    ];
    expect(parseCsv(toCsv(['x', 'y'], records).slice(1))).toEqual([['x', 'y'], ...records]);
  });

  it('writes just the header when there are no records', () => {
    expect(toCsv(['only'], [])).toBe('\uFEFFonly\r\n');
  });
});
