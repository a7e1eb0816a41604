import { pages } from '@microsoft/teams-js';

/** The channel tab's one entity: every team gets the same page, told apart by its context. */
export const CHANNEL_TAB_ENTITY_ID = 'home-turf-team';

/** Enables (or disables) Teams' Save button on the configuration page. */
export function setTabConfigValid(valid: boolean): void {
  pages.config.setValidityState(valid);
}

/**
 * When the user selects Save, pins the channel tab (`/channel.html` on `origin`) and tells Teams
 * whether that worked; a failure reaches Teams' dialog as a plain sentence.
 */
export function registerTabConfigSave(origin: string): void {
  const contentUrl = `${origin}/channel.html`;
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig({
        entityId: CHANNEL_TAB_ENTITY_ID,
        contentUrl,
        websiteUrl: contentUrl,
        suggestedDisplayName: 'Home Turf',
      })
      .then(
        () => {
          saveEvent.notifySuccess();
        },
        (error: unknown) => {
          const why = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
          saveEvent.notifyFailure(`Teams could not save the Home Turf tab${why}. Try again.`);
        },
      );
  });
}
