// The SDK models leave every field optional and the gateway sometimes sends "" for "none":
// these read such fields into the cloud-side shapes, which say plainly what is absent.

/** A field the shapes always carry: absent becomes "". */
export const text = (value: string | undefined): string => value ?? '';

/** A field the shapes may omit: absent or "" becomes undefined. */
export const present = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);
