import {
  Caption1,
  Checkbox,
  Field,
  FieldContextProvider,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import {
  CAMPAIGN_STATUSES,
  EVERYONE,
  campaignFromDraft,
  checkCampaign,
  draftFromCampaign,
  emptyCampaignDraft,
  type CampaignDraft,
  type CampaignErrors,
} from '../../domain/campaign-draft';
import type { Campaign, CampaignStatus } from '../../domain/team-store';
import { campaignFields } from '../../graph/store/record-fields';
import { fieldError } from '../../ui/field-error';
import { SaveBar, useEditorSave, useEditorStyles } from '../outbox/editor-save';
import { saveRecordOps } from '../outbox/outbox-ops';
import { useClientDepartments } from './use-departments';

const useStyles = makeStyles({
  dates: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  audiences: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/** Where a campaign is saved, and the column that keeps a new one from being created twice. */
const CAMPAIGN_TARGET = { list: 'campaigns', keyColumn: 'CampaignKey', fields: campaignFields } as const;

/**
 * Adds or edits a campaign: name, the department running it, the departments it reaches (or
 * everyone), sign-off and go-live dates and its status, each with its own message. Saving goes
 * through the outbox; what was typed stays in the form whatever happens to the save.
 */
export function CampaignEditor({
  campaign,
  onSaved,
  onClose,
}: {
  /** The campaign to edit; a new one when absent. */
  campaign?: Campaign;
  /** Called once the campaign is kept on this device, with the outbox group its writes went in. */
  onSaved?: (campaign: Campaign, group: string) => void;
  onClose?: () => void;
}) {
  const styles = { ...useEditorStyles(), ...useStyles() };
  const { departments, problem } = useClientDepartments();
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign === undefined ? emptyCampaignDraft() : draftFromCampaign(campaign),
  );
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<CampaignErrors>({});
  const saver = useEditorSave('campaign');
  const update = (patch: Partial<CampaignDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };
  // What the campaign already names stays choosable even when no client is in that department now.
  const choices = [
    ...new Set([
      ...(departments ?? []),
      ...(campaign?.ownerDepartment === undefined ? [] : [campaign.ownerDepartment]),
      ...(campaign?.audiences.filter((a) => a !== EVERYONE) ?? []),
    ]),
  ].sort((a, b) => a.localeCompare(b));
  const everyone = draft.audiences.includes(EVERYONE);

  const submit = async () => {
    const found = checkCampaign(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = campaignFromDraft(draft, campaign ?? { id: `new:${key}` });
    const group = `campaign:${key}`;
    if (
      await saver.save(
        group,
        `Campaign "${saved.name}"`,
        saveRecordOps(CAMPAIGN_TARGET, campaign, saved, key),
      )
    )
      onSaved?.(saved, group);
  };

  return (
    <form
      aria-label="Campaign"
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h3">{campaign === undefined ? 'Add a campaign' : `Edit "${campaign.name}"`}</Subtitle2>
      {problem !== null && <Caption1 role="alert">The departments could not be read: {problem}</Caption1>}
      <fieldset className={styles.fields} disabled={saver.locked}>
        <Field label="Name" required {...fieldError(errors.name)}>
          <Input
            value={draft.name}
            onChange={(_, data) => {
              update({ name: data.value });
            }}
          />
        </Field>
        <Field label="Owner department" required {...fieldError(errors.ownerDepartment)}>
          <Select
            value={draft.ownerDepartment}
            onChange={(_, data) => {
              update({ ownerDepartment: data.value });
            }}
          >
            <option value="">{departments === null ? 'Loading departments…' : 'Choose a department'}</option>
            {choices.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Audiences" required {...fieldError(errors.audiences)}>
          {(control) => (
            <div
              role="group"
              id={control.id}
              aria-labelledby={control['aria-labelledby']}
              aria-describedby={control['aria-describedby']}
              className={styles.audiences}
            >
              {/* Each checkbox is named by its own label, not by the field's. */}
              <FieldContextProvider value={undefined}>
                <Checkbox
                  label="Everyone"
                  checked={everyone}
                  onChange={(_, data) => {
                    update({ audiences: data.checked === true ? [EVERYONE] : [] });
                  }}
                />
                {choices.map((d) => (
                  <Checkbox
                    key={d}
                    label={d}
                    disabled={everyone}
                    checked={everyone || draft.audiences.includes(d)}
                    onChange={(_, data) => {
                      const others = draft.audiences.filter((a) => a !== d);
                      update({ audiences: data.checked === true ? [...others, d] : others });
                    }}
                  />
                ))}
              </FieldContextProvider>
            </div>
          )}
        </Field>
        <div className={styles.dates}>
          <Field label="Sign-off" {...fieldError(errors.signOff)}>
            <Input
              type="date"
              value={draft.signOff}
              onChange={(_, data) => {
                update({ signOff: data.value });
              }}
            />
          </Field>
          <Field label="Go-live" required {...fieldError(errors.goLive)}>
            <Input
              type="date"
              value={draft.goLive}
              onChange={(_, data) => {
                update({ goLive: data.value });
              }}
            />
          </Field>
        </div>
        <Field label="Status" {...fieldError(errors.status)}>
          <Select
            value={draft.status}
            onChange={(_, data) => {
              const status = CAMPAIGN_STATUSES.find((s) => s === data.value);
              if (status !== undefined) update({ status: status satisfies CampaignStatus });
            }}
          >
            {CAMPAIGN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
      </fieldset>
      <SaveBar
        save={saver}
        saveLabel="Save campaign"
        savedDetail="It is in the team store; prep cards warn the clients it reaches."
        onClose={onClose}
        onAnother={
          campaign === undefined
            ? () => {
                setDraft(emptyCampaignDraft());
                setKey(crypto.randomUUID());
                setErrors({});
                saver.reset();
              }
            : undefined
        }
      />
    </form>
  );
}
