import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dateFormats } from "../../src/render/dates.js";

// What Intl says of a time, formatted whole: the reference the cached parts must agree with.
function whole(locale: string, timeZone: string, iso: string): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long" }).format(date);
  const clock = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(date);
  return `${day}, ${clock}`;
}

const TIMES = [
  "2019-10-13T14:34:00Z",
  "2019-10-13T14:34:59Z",
  "2019-10-13T23:59:00Z",
  "2019-10-14T00:00:00Z",
  "2020-02-29T08:05:30.250Z",
  "2019-03-31T01:30:00Z",
];

describe("date formats", () => {
  it("show a UTC time as Intl does, in several languages, each day and clock shared", () => {
    for (const locale of ["en", "fr", "de", "ja", "ar-EG"]) {
      const formats = dateFormats(locale, "UTC");
      for (const iso of TIMES) assert.equal(formats.time(iso), whole(locale, "UTC", iso), iso);
      // Asked again (now from the caches): the same.
      for (const iso of TIMES) assert.equal(formats.time(iso), whole(locale, "UTC", iso), iso);
    }
  });

  it("show a time in a zone with summer time by its own offset, on either side of the change", () => {
    const formats = dateFormats("en", "Europe/Paris");
    for (const iso of TIMES) assert.equal(formats.time(iso), whole("en", "Europe/Paris", iso));
    assert.match(formats.time("2019-03-31T00:30:00Z"), /01:30 GMT\+1$/);
    assert.match(formats.time("2019-03-31T01:30:00Z"), /03:30 GMT\+2$/);
  });

  it("read other times as Date does, and show what it cannot read as given", () => {
    const formats = dateFormats("en", "UTC");
    assert.equal(formats.time("2019-02-31T10:00:00Z"), whole("en", "UTC", "2019-03-03T10:00:00Z"));
    assert.equal(formats.time("yesterday"), "yesterday");
    assert.equal(formats.time("2019-10-13 14:34"), whole("en", "UTC", "2019-10-13T14:34:00Z"));
  });
});
