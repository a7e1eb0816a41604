/** The team's editors, offered beside the team view's title. */
export function TeamEditors({ onSaved: _onSaved }: { onSaved: () => void }) {
  return null;
}
