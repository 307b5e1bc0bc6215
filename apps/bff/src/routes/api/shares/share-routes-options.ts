import type { ShareRepository } from '@porthole/storage';

export interface ShareRoutesOptions {
  readonly shares: ShareRepository;
}
