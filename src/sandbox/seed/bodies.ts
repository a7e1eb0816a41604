/**
 * Meeting bodies as Outlook stores them: HTML with paragraphs, agenda lists and links. One body is
 * hostile on purpose, so the app's sanitising is exercised by the same data the demo shows.
 */

const INTRANET = 'https://northwind.sharepoint.example/sites/comms';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** An agenda body: intro paragraph, bulleted items, and a link to background material. */
export function agendaBody(
  intro: string,
  items: ReadonlyArray<string>,
  link?: { text: string; path: string },
): string {
  const list = items.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
  const background = link
    ? `<p>Background: <a href="${INTRANET}/${link.path}">${escapeHtml(link.text)}</a></p>`
    : '';
  return `<div><p>${escapeHtml(intro)}</p><p><b>Agenda</b></p><ul>${list}</ul>${background}</div>`;
}

/** A Teams join footer like the one Outlook appends to online meetings. */
export function teamsFooter(): string {
  return '<div><p>________________________________________________________________________________</p><p><b>Microsoft Teams meeting</b></p><p>Join on your computer, mobile app or room device</p></div>';
}

/**
 * Hostile HTML for security tests: a script element, an image with an onerror handler, a
 * `javascript:` link and an inline event handler. The app must show it inert.
 */
export function hostileBody(): string {
  return [
    '<p>Hi Maya, here are the draft messages for phishing awareness week.</p>',
    '<script>window.__pwned = true; alert("script ran")</script>',
    '<img src=x onerror="window.__pwned = true; alert(\'img onerror ran\')">',
    '<p><a href="javascript:window.__pwned=true;alert(\'link ran\')">Open the draft messages</a></p>',
    '<p onmouseover="window.__pwned = true">Hover here for the schedule.</p>',
    '<ul><li>Day 1: spot the sender</li><li>Day 2: check the link before you click</li></ul>',
  ].join('');
}
