import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ComingSoonProps {
  title: string;
}

/** A placeholder for a menu area whose screens are still being built. */
export function ComingSoon({ title }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={1} size="h2" mb="lg">
        {title}
      </Title>
      <Paper withBorder p="xl" radius="md">
        <Text c="dimmed">{t('states.comingSoon')}</Text>
      </Paper>
    </>
  );
}
