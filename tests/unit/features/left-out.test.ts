import { collectLeftOut } from '../../../src/features/prep-card/left-out';

describe('collectLeftOut', () => {
  it('says nothing when everything could be read', () => {
    const leftOut = collectLeftOut();
    expect(leftOut.keep('articles', { records: ['a'], unreadable: 0, unreadableColumns: [] })).toEqual(['a']);
    expect(leftOut.messages()).toEqual([]);
  });

  it('counts records left out across answers and names the columns shown empty', () => {
    const leftOut = collectLeftOut();
    leftOut.keep('articles', { records: [], unreadable: 9, unreadableColumns: [] });
    leftOut.keep('file', { records: [], unreadable: 1, unreadableColumns: ['Status'] });
    leftOut.keep('profiles', { records: [], unreadable: 0, unreadableColumns: ['Pressures', 'Title'] });
    leftOut.keep('profiles', { records: [], unreadable: 0, unreadableColumns: ['Pressures'] });
    expect(leftOut.messages()).toEqual([
      'Left out of this card because the team store holds them in a form Home Turf cannot read: 9 articles (an article needs a title, an https link and a publishing date); 1 file item (a file item needs a title and a client address).',
      'Some fields in the team store could not be read and are shown empty: Status in file items; Pressures, Title in client profiles.',
    ]);
  });
});
