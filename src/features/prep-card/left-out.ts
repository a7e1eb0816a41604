import type { MappedItems } from '../../graph/store/map-store';

/** The team store's sections whose records the card reads. */
export type StoreSection = 'profiles' | 'file' | 'notes' | 'campaigns' | 'articles';

const WORDS: Record<StoreSection, { one: string; many: string; rule: string }> = {
  profiles: { one: 'client profile', many: 'client profiles', rule: 'a profile needs a client address' },
  file: { one: 'file item', many: 'file items', rule: 'a file item needs a title and a client address' },
  notes: {
    one: 'value-add note',
    many: 'value-add notes',
    rule: 'a note needs a client address and a meeting date',
  },
  campaigns: { one: 'campaign', many: 'campaigns', rule: 'a campaign needs a name and a go-live date' },
  articles: {
    one: 'article',
    many: 'articles',
    rule: 'an article needs a title, an https link and a publishing date',
  },
};

/**
 * Collects what the team store held that the card could not use, and says it in words: records
 * left out (an article whose link is `javascript:`, a file item whose title is a number) and
 * columns shown empty (a list of pressures that is not a list). Saying nothing would let the
 * advisor believe the store had nothing more to tell.
 */
export function collectLeftOut() {
  const records = new Map<StoreSection, number>();
  const columns = new Map<StoreSection, Set<string>>();
  return {
    /** The readable records of one answer, noting what was not. */
    keep<T>(section: StoreSection, mapped: MappedItems<T>): T[] {
      if (mapped.unreadable > 0) records.set(section, (records.get(section) ?? 0) + mapped.unreadable);
      if (mapped.unreadableColumns.length > 0) {
        const names = columns.get(section) ?? new Set<string>();
        for (const column of mapped.unreadableColumns) names.add(column);
        columns.set(section, names);
      }
      return mapped.records;
    },
    /** One sentence for the records left out and one for the columns shown empty, when there are any. */
    messages(): string[] {
      const out: string[] = [];
      if (records.size > 0) {
        const parts = [...records].map(([section, n]) => {
          const words = WORDS[section];
          return `${n} ${n === 1 ? words.one : words.many} (${words.rule})`;
        });
        out.push(
          `Left out of this card because the team store holds them in a form Home Turf cannot read: ${parts.join('; ')}.`,
        );
      }
      if (columns.size > 0) {
        const parts = [...columns].map(
          ([section, names]) => `${[...names].join(', ')} in ${WORDS[section].many}`,
        );
        out.push(`Some fields in the team store could not be read and are shown empty: ${parts.join('; ')}.`);
      }
      return out;
    },
  };
}
