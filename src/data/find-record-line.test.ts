import { describe, expect, it } from 'vitest';
import { tempFolder } from '../test-support/temp-files.js';
import { findRecordLine } from './find-record-line.js';

const { write } = tempFolder('sextant-record-line-');

describe('findRecordLine', () => {
  const csv = write('a.csv', 'a,b\n1,"x\ny\nz"\n2,q\n\n3,"say ""hi""\n"\r\n4,w\n');

  it('skips newlines inside quotes when quoted', async () => {
    const find = (target: number) => findRecordLine(csv, { quoted: true, target, countBlank: false });
    expect(await find(1)).toBe(1);
    expect(await find(2)).toBe(2);
    expect(await find(3)).toBe(5);
    expect(await find(4)).toBe(7);
    expect(await find(5)).toBe(9);
    expect(await find(6)).toBeUndefined();
  });

  it('counts blank lines as records when asked (DuckDB error positions)', async () => {
    const find = (target: number) => findRecordLine(csv, { quoted: true, target, countBlank: true });
    expect(await find(4)).toBe(6);
    expect(await find(5)).toBe(7);
    expect(await find(6)).toBe(9);
  });

  it('treats quotes as plain characters when not quoted', async () => {
    const path = write('b.jsonl', '{"a":"x"}\n\n{"a":"\\"y"}\n{"a":3}');
    const find = (target: number) => findRecordLine(path, { quoted: false, target, countBlank: false });
    expect(await find(2)).toBe(3);
    expect(await find(3)).toBe(4);
    expect(await find(4)).toBeUndefined();
  });
});
