import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';

/**
 * "Still connecting to Teams…" in the page while a slow Teams start is waited for; `unmount` it
 * before the surface mounts in the same element.
 */
export function showStillConnecting(container: HTMLElement): Root {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner style={{ padding: 24 }} label="Still connecting to Teams…" />
    </FluentProvider>,
  );
  return root;
}
