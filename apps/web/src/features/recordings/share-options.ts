import { ShareExpiry, ShareVisibility } from '@porthole/contract';

// The dialog's choices are the contract's own lists, so the browser cannot offer what the BFF refuses.
export const shareVisibilities: ShareVisibility[] = ShareVisibility.anyOf.map((literal) => literal.const);
export const shareExpiries: ShareExpiry[] = ShareExpiry.anyOf.map((literal) => literal.const);

/** Teammates only unless the sharer widens it on purpose; a day covers handing a problem over. */
export const defaultVisibility: ShareVisibility = 'signed-in';
export const defaultExpiry: ShareExpiry = '1d';
