import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';

/**
 * A value of a contract union, or the fallback. The cloud documents every value of these fields; one it
 * adds later would fail the reply's serialisation, so it reads as the fallback instead.
 */
export const knownValue = <S extends TSchema>(schema: S, value: string, fallback: Static<S>): Static<S> =>
  Value.Check(schema, value) ? (value as Static<S>) : fallback;
