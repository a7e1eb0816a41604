import {
  Avatar,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Person } from '../../domain/meeting';
import { describeGraphError } from '../../graph/graph-errors';
import { searchUsers } from '../../graph/search-users';
import { useSession } from '../session';

/** How long typing must pause before the directory is asked: one request per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 300;

type Search =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; people: Person[] }
  | { kind: 'failed'; message: string };

function describe(person: Person): string {
  return [person.jobTitle, person.department, person.email].filter((p) => p !== undefined).join(' · ');
}

/**
 * Picks one person from the directory: searches names and addresses as the advisor types (debounced,
 * ten at most), shows job title and department to tell namesakes apart. Sits inside a Fluent
 * `Field`, which names it and shows its message.
 */
export function PeoplePicker({
  selected,
  onSelect,
}: {
  selected: Person | null;
  onSelect: (person: Person | null) => void;
}) {
  const { graph } = useSession();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ kind: 'idle' });
  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setSearch({ kind: 'idle' });
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      setSearch({ kind: 'searching' });
      searchUsers(graph, text).then(
        (people) => {
          if (live) setSearch({ kind: 'found', people });
        },
        (error: unknown) => {
          if (live) setSearch({ kind: 'failed', message: describeGraphError(error) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [graph, query]);

  const people = search.kind === 'found' ? search.people : [];
  const status =
    search.kind === 'searching'
      ? 'Searching the directory…'
      : search.kind === 'failed'
        ? `The directory could not be searched: ${search.message}`
        : search.kind === 'found' && people.length === 0
          ? `No one in the directory starts with "${query.trim()}".`
          : 'Type a name or an address.';
  return (
    <TagPicker
      selectedOptions={selected === null ? [] : [selected.email]}
      onOptionSelect={(_, data) => {
        if (data.value === '') return;
        if (!data.selectedOptions.includes(data.value)) onSelect(null);
        else onSelect(people.find((p) => p.email === data.value) ?? selected);
        setQuery('');
      }}
    >
      <TagPickerControl>
        <TagPickerGroup aria-label="Chosen person">
          {selected !== null && (
            <Tag
              value={selected.email}
              shape="rounded"
              media={<Avatar name={selected.displayName} color="colorful" />}
              {...(selected.department === undefined ? {} : { secondaryText: selected.department })}
            >
              {selected.displayName}
            </Tag>
          )}
        </TagPickerGroup>
        <TagPickerInput
          value={query}
          placeholder={selected === null ? 'Search the directory' : ''}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </TagPickerControl>
      {people.length > 0 ? (
        <TagPickerList>
          {people.map((person) => (
            <TagPickerOption
              key={person.email}
              value={person.email}
              text={person.displayName}
              media={<Avatar name={person.displayName} color="colorful" aria-hidden />}
              secondaryContent={describe(person)}
            >
              {person.displayName}
            </TagPickerOption>
          ))}
        </TagPickerList>
      ) : (
        <TagPickerList>
          <TagPickerOption value="" text={status}>
            {status}
          </TagPickerOption>
        </TagPickerList>
      )}
    </TagPicker>
  );
}
