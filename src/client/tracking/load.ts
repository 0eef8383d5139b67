import type { TrackingOverview } from '../../server/tracking/requests';
import { server } from '../rpc';

export type { TrackingOverview };

export async function loadTracking(): Promise<TrackingOverview> {
  const result = await server.getTracking({});
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
