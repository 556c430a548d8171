// Recognising a returning member by email or phone, whichever they gave this time.
import { cellText, type RecordValues } from '../cells';
import { contactKey } from '../normalise/contact';

/** Index of members by normalised email and phone, built once per read of the Members sheet. */
export class MemberIndex {
  private readonly byKey = new Map<string, number>();

  constructor(records: Iterable<RecordValues>) {
    let i = 0;
    for (const r of records) {
      for (const key of MemberIndex.keys(cellText(r.Email), cellText(r.Phone)))
        if (!this.byKey.has(key)) this.byKey.set(key, i);
      i++;
    }
  }

  static keys(email: string, phone: string): string[] {
    const out: string[] = [];
    const e = contactKey('email', email);
    const p = contactKey('phone', phone);
    if (e) out.push(`e:${e}`);
    if (p && p.replace(/\D/g, '').length >= 7) out.push(`p:${p}`);
    return out;
  }

  /** Row index of the member with this email or phone, or -1. */
  find(email: string, phone: string): number {
    for (const key of MemberIndex.keys(email, phone)) {
      const found = this.byKey.get(key);
      if (found !== undefined) return found;
    }
    return -1;
  }

  add(index: number, email: string, phone: string): void {
    for (const key of MemberIndex.keys(email, phone)) if (!this.byKey.has(key)) this.byKey.set(key, index);
  }
}
