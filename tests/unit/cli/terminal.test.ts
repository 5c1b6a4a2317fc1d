import { describe, expect, it } from 'vitest';
import { refset } from '../../../src/cli/commands/refset.ts';
import { escapeForTerminal, terminalSafe } from '../../../src/cli/terminal.ts';
import { memoryIo } from '../../support/refset-fixtures.ts';

/** Anything a terminal could act on: C0 but tab and newline, DEL, C1, and bidi controls. */
const ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('escapeForTerminal', () => {
  it('writes control characters as visible escapes and leaves the rest alone', () => {
    expect(escapeForTerminal('a\u001b[2Jb\u009b31mc\u202ed\te\n')).toBe(
      'a\\u001b[2Jb\\u009b31mc\\u202ed\te\n',
    );
    expect(escapeForTerminal('Ünïcödé “quotes” — fine')).toBe('Ünïcödé “quotes” — fine');
  });

  it('keeps JSON valid and equal', () => {
    const value = { text: 'x\u0085y\u2067z\u007f' };
    const escaped = escapeForTerminal(JSON.stringify(value));
    expect(escaped).not.toMatch(ACTIVE);
    expect(JSON.parse(escaped)).toEqual(value);
  });
});

describe('the CLI on a hostile file', () => {
  const HOSTILE_HEADER = 'speaker,date,text,\u001b]0;owned\u0007notes\u009b2J\n';
  const csv = `${HOSTILE_HEADER}Ann,2024-01-02,We will build it.,x\n`;

  it('quotes the header cell it ignores', async () => {
    const { io, stderr } = memoryIo({ 'in.csv': csv });
    expect(await refset(['import', '--from', 'csv', 'in.csv', '-o', 'out.json'], io)).toBe(0);
    expect(stderr()).toContain('ignored unknown column "\\u001b]0;owned\\u0007notes');
  });

  it('prints nothing a terminal would act on, file names included', async () => {
    const name = 'in\u001b[31m.csv';
    const { io: raw, stderr } = memoryIo({ [name]: csv, 'bad\u009b.json': '{"format": 3' });
    const io = terminalSafe(raw);
    await refset(['import', '--from', 'csv', name, '--title', 'T', '-o', 'out.json'], io);
    await refset(['validate', 'bad\u009b.json'], io);
    expect(stderr()).toMatch(/warning/);
    expect(stderr()).toMatch(/bad\\u009b\.json/);
    expect(stderr()).not.toMatch(ACTIVE);
  });
});
