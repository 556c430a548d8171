// Contract tests for Utilities and Logger: SimpleDateFormat patterns, parsing, digests, base64, sleep.
import { logBook } from '../../../local/base';
import { newWorkspace, runIn } from './harness';

const summer = new Date('2024-07-04T13:05:09.007Z');
const winter = new Date('2024-01-04T13:05:09.007Z');

describe('Utilities.formatDate', () => {
  const ws = newWorkspace();
  const fmt = (d: Date, tz: string, p: string) => runIn(ws, (g) => g.Utilities.formatDate(d, tz, p));

  it('follows British Summer Time and GMT in Europe/London', () => {
    expect(fmt(summer, 'Europe/London', "yyyy-MM-dd'T'HH:mm:ss.SSS z Z XXX")).toBe(
      '2024-07-04T14:05:09.007 BST +0100 +01:00',
    );
    expect(fmt(winter, 'Europe/London', "yyyy-MM-dd'T'HH:mm:ss.SSS z Z XXX")).toBe(
      '2024-01-04T13:05:09.007 GMT +0000 Z',
    );
  });

  it('formats names, 12-hour clocks, short years and quoted literals', () => {
    expect(fmt(summer, 'Europe/London', "EEEE d MMMM yy, h:mm a 'o''clock' ''")).toBe(
      "Thursday 4 July 24, 2:05 PM o'clock '",
    );
    expect(fmt(winter, 'Europe/London', 'EEE, MMM dd yyyy hh S X')).toBe('Thu, Jan 04 2024 01 7 Z');
    expect(fmt(summer, 'Europe/London', 'zzzz')).toBe('British Summer Time');
  });

  it('accepts GMT+1-style zones as fixed offsets', () => {
    expect(fmt(winter, 'GMT+1', 'HH:mm z X')).toBe('14:05 GMT+01:00 +01');
    expect(fmt(winter, 'GMT-05:30', 'HH:mm Z')).toBe('07:35 -0530');
  });

  it('refuses unknown pattern letters', () => {
    expect(() => fmt(winter, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities.parseDate', () => {
  const ws = newWorkspace();
  const parse = (t: string, tz: string, p: string) => runIn(ws, (g) => g.Utilities.parseDate(t, tz, p));

  it('round-trips formatDate in Europe/London across BST and GMT', () => {
    for (const d of [summer, winter]) {
      const text = runIn(ws, (g) => g.Utilities.formatDate(d, 'Europe/London', 'dd/MM/yyyy HH:mm:ss.SSS'));
      expect(parse(text, 'Europe/London', 'dd/MM/yyyy HH:mm:ss.SSS').toISOString()).toBe(d.toISOString());
    }
  });

  it('reads month names, AM/PM, offsets and abutting fields', () => {
    expect(parse('4 July 2024 2:05 PM', 'Europe/London', 'd MMMM yyyy h:mm a').toISOString()).toBe(
      '2024-07-04T13:05:00.000Z',
    );
    expect(parse('2024-01-04T13:05:09+01:00', 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX").toISOString()).toBe(
      '2024-01-04T12:05:09.000Z',
    );
    expect(parse('20240704', 'UTC', 'yyyyMMdd').toISOString()).toBe('2024-07-04T00:00:00.000Z');
  });

  it('reads two-digit years within 80 years before and 20 after now', () => {
    expect(parse('01/02/99', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(1999);
    expect(parse('01/02/30', 'UTC', 'dd/MM/yy').getUTCFullYear()).toBe(2030);
  });

  it('throws on text that does not fit the pattern', () => {
    expect(() => parse('yesterday', 'UTC', 'yyyy-MM-dd')).toThrow('Unparseable date: "yesterday"');
  });
});

describe('Utilities', () => {
  it('computes digests as signed bytes', () => {
    const ws = newWorkspace();
    const bytes = runIn(ws, (g) =>
      g.Utilities.computeDigest(g.Utilities.DigestAlgorithm.SHA_256!, 'abc', g.Utilities.Charset.UTF_8),
    );
    expect(bytes.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf
    expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
  });

  it('encodes base64, web-safe base64, and decodes to signed bytes', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => ({
      plain: g.Utilities.base64Encode('hé?>'),
      webSafe: g.Utilities.base64EncodeWebSafe('hé?>'),
      decoded: g.Utilities.base64Decode('/w=='),
    }));
    expect(got).toEqual({ plain: 'aMOpPz4=', webSafe: 'aMOpPz4=', decoded: [-1] });
    expect(runIn(ws, (g) => g.Utilities.base64EncodeWebSafe([-5, -1]))).toBe('-_8=');
  });

  it('makes version 4 UUIDs and sprintf-like strings', () => {
    const ws = newWorkspace();
    expect(runIn(ws, (g) => g.Utilities.getUuid())).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]/);
    expect(
      runIn(ws, (g) =>
        g.Utilities.formatString('%s has %d cases (%5.1f%%) %-4s|', 'Leeds', 7.9, 12.345, 'x'),
      ),
    ).toBe('Leeds has 7 cases ( 12.3%) x   |');
  });

  it('sleeps on the workspace clock, up to 300000 ms', () => {
    const ws = newWorkspace();
    const before = ws.clock.now();
    runIn(ws, (g) => g.Utilities.sleep(1500));
    expect(ws.clock.now() - before).toBe(1500);
    expect(() => runIn(ws, (g) => g.Utilities.sleep(300001))).toThrow('Argument too large: milliseconds');
  });

  it('makes blobs with signed bytes and text', () => {
    const ws = newWorkspace();
    const got = runIn(ws, (g) => {
      const blob = g.Utilities.newBlob('é', 'text/plain', 'a.txt');
      return [blob.getBytes(), blob.getDataAsString(), blob.getName(), blob.getContentType()];
    });
    expect(got).toEqual([[-61, -87], 'é', 'a.txt', 'text/plain']);
  });
});

describe('Logger', () => {
  it('records formatted messages per execution', () => {
    const ws = newWorkspace();
    const log = runIn(ws, (g) => {
      g.Logger.log('Filed %s for %s', 'ISS-1', 'Ana').log({ a: 1 });
      return g.Logger.getLog();
    });
    expect(log).toBe('Filed ISS-1 for Ana\n{"a":1}');
    expect(runIn(ws, (g) => g.Logger.getLog())).toBe('');
    expect(logBook(ws).entries.map((e) => e.message)).toEqual(['Filed ISS-1 for Ana', '{"a":1}']);
  });
});
