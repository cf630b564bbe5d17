import type { ja } from './ja';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language's catalogue has: the Japanese one's keys (ja is the reference). */
export type Catalogue = Widen<typeof ja>;
