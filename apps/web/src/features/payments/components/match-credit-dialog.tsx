import { Alert, Button, Checkbox, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { TenantSelect } from '@/components/form/tenant-select';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { useMatchCredit } from '../api/bank-queries';
import type { BankCredit } from '../api/receivable-types';

interface MatchCreditDialogProps {
  credit: BankCredit;
  tenantName: (id: string) => string;
  onClose: () => void;
}

/** A person decides whose transfer it is: the tenants the sender's name pointed at come first, by name. */
export function MatchCreditDialog({ credit, tenantName, onClose }: MatchCreditDialogProps) {
  const { t, i18n } = useTranslation(['payments', 'common', 'errors']);
  useReturnFocus();
  const candidates = credit.candidateTenantIds.map((id) => ({ id, name: tenantName(id) || id }));
  const [tenantId, setTenantId] = useState<string | null>(candidates[0]?.id ?? null);
  const [other, setOther] = useState(candidates.length === 0);
  const [fee, setFee] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const match = useMatchCredit();
  const handleMatch = () => {
    if (!tenantId) return setProblem(t('payments:match.pickTenant'));
    setProblem(null);
    match.mutate(
      { credit, tenantId, acceptShortAsFee: fee },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('payments:match.done', { name: tenantName(tenantId) }),
            closeButtonProps: { 'aria-label': t('common:actions.close') },
          });
          onClose();
        },
        onError: (e) => setProblem(errorMessage(t, isApiError(e) ? e.code : 'network', e.message)),
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('payments:match.title')}>
      <Stack>
        <Text size="sm">
          {t('payments:match.credit', {
            sender: credit.senderName,
            amount: formatYen(credit.amount),
            date: formatDate(credit.bookedOn, toLanguage(i18n.language)),
          })}
        </Text>
        {candidates.length > 0 && (
          <Radio.Group
            label={t('payments:match.candidates')}
            value={other ? '' : (tenantId ?? '')}
            onChange={(v) => {
              setOther(false);
              setTenantId(v);
            }}
          >
            <Stack gap={6} mt={6}>
              {candidates.map((c) => (
                <Radio key={c.id} value={c.id} label={c.name} />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {candidates.length > 0 && (
          <Checkbox
            label={t('payments:match.other')}
            checked={other}
            onChange={(e) => setOther(e.currentTarget.checked)}
          />
        )}
        {other && <TenantSelect label={t('payments:match.tenant')} value={tenantId} onChange={setTenantId} />}
        <Checkbox label={t('payments:match.fee')} checked={fee} onChange={(e) => setFee(e.currentTarget.checked)} />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={handleMatch} loading={match.isPending}>
            {t('payments:match.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
