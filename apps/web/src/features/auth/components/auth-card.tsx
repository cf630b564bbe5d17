import { Box, Center, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layout/language-switch';

interface AuthCardProps {
  title: string;
  lead?: string;
  children: ReactNode;
}

/** The frame of the pages before login: product name, language switch, one card. */
export function AuthCard({ title, lead, children }: AuthCardProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="teal.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch remember={false} />
      </Group>
      <Center component="main" px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Group gap="xs" justify="center">
            <Image src="/favicon.svg" alt="" w={36} h={36} />
            <Text fw={800} fz={28} c="teal.9">
              {t('appName')}
            </Text>
          </Group>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Title order={1} size="h3" mb={lead ? 4 : 'md'}>
              {title}
            </Title>
            {lead && (
              <Text size="sm" c="dimmed" mb="md">
                {lead}
              </Text>
            )}
            {children}
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
