import '@tanstack/react-table';

declare module '@tanstack/react-table' {
  interface ColumnMeta<TData, TValue> {
    /** The API's sort key for this column, when it can be sorted. */
    sortKey?: string;
    align?: 'left' | 'right' | 'center';
    /** Keeps the generic parameters used (TypeScript requires it). */
    _types?: [TData, TValue];
  }
}
