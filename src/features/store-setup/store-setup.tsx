import { Suspense, lazy, useState } from 'react';
import { useSession } from '../session';

// On demand: a team sets Home Turf up once; only a pane on a site without the lists loads the offer.
const StoreSetupOffer = lazy(() =>
  import(/* webpackChunkName: "on-demand-store-setup" */ './store-setup-offer').then((m) => ({
    default: m.StoreSetupOffer,
  })),
);

/**
 * "Set up Home Turf for this team", where the team site lacks some of the store's lists (nothing
 * otherwise). `onReady` lets the pane load again with the store in place.
 */
export function StoreSetup({ onReady }: { onReady: () => void }) {
  const { store, storeMissing } = useSession();
  const needed = store !== null && (storeMissing?.length ?? 0) > 0;
  // Once offered, the offer stays to say how set-up went, after the session learns the lists exist.
  const [offered, setOffered] = useState(needed);
  if (needed && !offered) setOffered(true);
  if (!needed && !offered) return null;
  return (
    <Suspense fallback={null}>
      <StoreSetupOffer onReady={onReady} />
    </Suspense>
  );
}
