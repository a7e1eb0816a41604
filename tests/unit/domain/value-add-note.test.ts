import { checkNote, noteItems, type NoteDraft } from '../../../src/domain/value-add-note';

const SAMUEL = 'samuel.osei@northwind.example';
const INGRID = 'ingrid.olsen@northwind.example';

function buildDraft(overrides: Partial<NoteDraft> = {}): NoteDraft {
  return {
    noteId: 'n1',
    meeting: { subject: 'Rota comms', start: new Date('2026-11-26T10:00:00Z') },
    clients: [
      { email: SAMUEL, name: 'Samuel Osei' },
      { email: INGRID, name: 'Ingrid Olsen' },
    ],
    authorEmail: 'maya.chen@northwind.example',
    valueOffered: [
      { key: 'a', kind: 'article', text: 'Shift-worker channels', articleId: '31' },
      { key: 'b', kind: 'idea', text: 'Posters in the depots', articleId: null },
    ],
    followUps: [],
    prioritiesHeard: [],
    fileUpdates: [],
    storyLead: '',
    pulses: {},
    ...overrides,
  };
}

function followUp(text: string, clientEmail: string | null): NoteDraft['followUps'][number] {
  const owner = clientEmail === null ? 'us' : 'client';
  return { key: text, text, due: null, owner, done: false, toDo: false, clientEmail };
}

const fieldsOf = (draft: NoteDraft, email: string) => {
  const item = noteItems(draft).find((i) => i.fields['ClientEmail'] === email);
  if (item === undefined) throw new Error(`No item for ${email}.`);
  return item.fields;
};

describe('noteItems', () => {
  it('records an article as shared only while its row is in the note', () => {
    const draft = buildDraft();
    expect(JSON.parse(String(fieldsOf(draft, SAMUEL)['ArticlesBrought']))).toEqual(['31']);
    const removed = buildDraft({ valueOffered: draft.valueOffered.filter((v) => v.key !== 'a') });
    expect(JSON.parse(String(fieldsOf(removed, SAMUEL)['ArticlesBrought']))).toEqual([]);
  });

  it('gives each client their own pulse, and a skipped one none', () => {
    const draft = buildDraft({ pulses: { [SAMUEL]: 4 } });
    expect(fieldsOf(draft, SAMUEL)['Pulse']).toBe(4);
    expect(fieldsOf(draft, INGRID)['Pulse']).toBeNull();
  });

  it("puts what a client owes in that client's note only, and ours in both", () => {
    const draft = buildDraft({
      followUps: [followUp('Send the FAQ', null), followUp('Share depot list', SAMUEL)],
    });
    const texts = (email: string) =>
      (JSON.parse(String(fieldsOf(draft, email)['FollowUps'])) as { text: string }[]).map((f) => f.text);
    expect(texts(SAMUEL)).toEqual(['Send the FAQ', 'Share depot list']);
    expect(texts(INGRID)).toEqual(['Send the FAQ']);
  });
});

describe('checkNote', () => {
  it('refuses a follow-up owed by a client the note is no longer about', () => {
    const draft = buildDraft({
      clients: [{ email: INGRID, name: 'Ingrid Olsen' }],
      followUps: [followUp('Share depot list', SAMUEL)],
    });
    expect(checkNote(draft).followUps).toMatch(/one of the clients the note is about/);
  });

  it('refuses a pulse outside 1 to 5', () => {
    expect(checkNote(buildDraft({ pulses: { [SAMUEL]: 6 } })).pulse).toBe(
      'The pulse is a whole number from 1 to 5.',
    );
  });
});
