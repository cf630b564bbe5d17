import { Checkbox, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormDialog } from '@/components/form-dialog';
import { METER_KINDS, meterQueries, useCreateMeterReading, type MeterKind } from '../api/meter-queries';

interface Values {
  spaceId: string;
  kind: MeterKind;
  readOn: string | null;
  value: number | string;
  isReplacement: boolean;
  oldMeterFinal: number | string;
  newMeterInitial: number | string;
}

const FIELDS = ['spaceId', 'kind', 'readOn', 'value', 'oldMeterFinal', 'newMeterInitial'];

/** Enters one meter reading: the room, the meter, the day and the register (a replaced meter too). */
export function MeterReadingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  const spaces = useQuery(meterQueries.spaces());
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      spaceId: '',
      kind: 'electricity',
      readOn: null,
      value: '',
      isReplacement: false,
      oldMeterFinal: '',
      newMeterInitial: '',
    },
    validate: {
      spaceId: (v) => (v ? null : t('errors:codes.required')),
      readOn: (v) => (v ? null : t('errors:codes.required')),
      value: (v) => (v === '' ? t('errors:codes.required') : null),
      oldMeterFinal: (v, all) => (all.isReplacement && v === '' ? t('errors:codes.required') : null),
    },
  });
  const create = useCreateMeterReading();
  const handleSubmit = async (v: Values) => {
    const r = await create.mutateAsync({
      spaceId: v.spaceId,
      kind: v.kind,
      readOn: v.readOn ?? '',
      value: Number(v.value),
      ...(v.isReplacement
        ? {
            isReplacement: true,
            oldMeterFinal: Number(v.oldMeterFinal),
            ...(v.newMeterInitial === '' ? {} : { newMeterInitial: Number(v.newMeterInitial) }),
          }
        : {}),
    });
    notifications.show({
      color: 'teal',
      message: t('billing:meters.saved', {
        space: r.spaceCode,
        consumption: r.consumption,
        unit: t(`billing:meters.unit.${r.kind}`),
      }),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('billing:meters.enterTitle')}
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('billing:meters.save')}
    >
      <Select
        label={t('billing:meters.space')}
        required
        searchable
        data={(spaces.data?.items ?? []).map((s) => ({ value: s.id, label: s.code }))}
        nothingFoundMessage="—"
        {...form.getInputProps('spaceId')}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('billing:meters.kind')}
          required
          allowDeselect={false}
          data={METER_KINDS.map((k) => ({ value: k, label: t(`billing:meters.kinds.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <DateField label={t('billing:meters.readOn')} required {...form.getInputProps('readOn')} />
      </SimpleGrid>
      <NumberInput
        label={t('billing:meters.value')}
        description={t('billing:meters.valueHint', { unit: t(`billing:meters.unit.${form.values.kind}`) })}
        required
        min={0}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        {...form.getInputProps('value')}
      />
      <Checkbox label={t('billing:meters.replaced')} {...form.getInputProps('isReplacement', { type: 'checkbox' })} />
      {form.values.isReplacement && (
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('billing:meters.oldMeterFinal')}
            required
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('oldMeterFinal')}
          />
          <NumberInput
            label={t('billing:meters.newMeterInitial')}
            description={t('billing:meters.newMeterInitialHint')}
            min={0}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('newMeterInitial')}
          />
        </SimpleGrid>
      )}
    </FormDialog>
  );
}
