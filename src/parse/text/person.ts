/** RSS-style author strings → Person: "jo@example.org (Jo Doe)", "Jo Doe <jo@example.org>", "Jo". */
import type { Person } from "../../model.js";
import { plainFromHtml } from "./plain.js";

const EMAIL_NAME = /^\s*([^\s()<>]+@[^\s()<>]+)\s*\((.*)\)\s*$/;
const NAME_EMAIL = /^\s*(.*?)\s*<([^\s<>]+@[^\s<>]+)>\s*$/;
const EMAIL = /^\s*(?:mailto:)?([^\s()<>]+@[^\s()<>]+\.[^\s()<>]+)\s*$/;

/** Reads an author string as RSS writes them; null when blank. */
export function personFromText(text: string | null): Person | null {
  if (text === null) return null;
  const emailName = EMAIL_NAME.exec(text);
  if (emailName) return { name: plainFromHtml(emailName[2]), email: emailName[1], uri: null };
  const nameEmail = NAME_EMAIL.exec(text);
  if (nameEmail) return { name: plainFromHtml(nameEmail[1]), email: nameEmail[2], uri: null };
  const email = EMAIL.exec(text);
  if (email) return { name: null, email: email[1], uri: null };
  const name = plainFromHtml(text);
  return name === null ? null : { name, email: null, uri: null };
}
