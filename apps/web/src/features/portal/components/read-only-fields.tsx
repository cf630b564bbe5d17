import { SimpleGrid, Text } from '@mantine/core';

export interface ReadOnlyField {
  label: string;
  value: string | number | null | undefined;
}

/** Label and value pairs shown as a description list (values a tenant may not change). */
export function ReadOnlyFields({
  fields,
  cols = { base: 1, xs: 2 },
}: {
  fields: ReadOnlyField[];
  cols?: Record<string, number>;
}) {
  return (
    <SimpleGrid component="dl" cols={cols} spacing="sm" verticalSpacing="xs" m={0}>
      {fields.map((f) => (
        <div key={f.label}>
          <Text component="dt" size="xs" c="dimmed">
            {f.label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {f.value === null || f.value === undefined || f.value === '' ? '—' : f.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
