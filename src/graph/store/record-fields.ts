import type { Article, Campaign, FileItem, IsoDate } from '../../domain/team-store';
import { clientFields } from './client-fields';
import type { FieldValues } from './list-item-writes';
import { toArticle, toCampaign, toClientProfile, toFileItem } from './map-store';
import type { RawListItem, StoreListKey } from './store-lists';

/**
 * Store records as their lists' columns (docs/team-store.md): lists as JSON text, calendar days
 * as midnight UTC, empty text as ''. The same form for what was loaded and what was edited, so
 * comparing the two says exactly which columns changed.
 */

const day = (value: IsoDate | null): string | null => (value === null ? null : `${value}T00:00:00Z`);

/** A HomeTurfFileItems item's columns (its `ItemKey` is set once, when it is created). */
export function fileItemFields(item: FileItem): FieldValues {
  return {
    Title: item.title,
    ClientEmail: item.clientEmail.toLowerCase(),
    Status: item.status,
    OwnerEmail: item.ownerEmail?.toLowerCase() ?? '',
    LastUpdateSent: day(item.lastUpdateSent),
    NextUpdateDue: day(item.nextUpdateDue),
  };
}

/** A HomeTurfArticles item's columns (its `ArticleKey` is set once, when it is created). */
export function articleFields(article: Article): FieldValues {
  return {
    Title: article.title,
    Url: article.url,
    Summary: article.summary,
    Tags: JSON.stringify(article.tags.map((t) => t.toLowerCase())),
    Source: article.source ?? '',
    Published: day(article.published),
    Retired: article.retired,
  };
}

/** A HomeTurfCampaigns item's columns (its `CampaignKey` is set once, when it is created). */
export function campaignFields(campaign: Campaign): FieldValues {
  return {
    Title: campaign.name,
    OwnerDepartment: campaign.ownerDepartment ?? '',
    Audiences: JSON.stringify(campaign.audiences),
    SignOff: day(campaign.signOff),
    GoLive: day(campaign.goLive),
    Status: campaign.status,
  };
}

/**
 * A stored item's columns in the form the editors write them, so a colleague's version compares
 * field by field with ours; null when the item cannot be read as its record (notes have no editor).
 */
export function storedRecordFields(list: StoreListKey, item: RawListItem): FieldValues | null {
  switch (list) {
    case 'clients': {
      const profile = toClientProfile(item);
      return profile === null ? null : clientFields(profile);
    }
    case 'fileItems': {
      const fileItem = toFileItem(item);
      return fileItem === null ? null : fileItemFields(fileItem);
    }
    case 'articles': {
      const article = toArticle(item);
      return article === null ? null : articleFields(article);
    }
    case 'campaigns': {
      const campaign = toCampaign(item);
      return campaign === null ? null : campaignFields(campaign);
    }
    case 'notes':
      return null;
  }
}
