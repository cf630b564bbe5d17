import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { Group, ScrollArea } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenantNames } from '@/lib/api/tenant-names';
import type { SubsidyCase } from '../api/subsidy-queries';
import { CLOSED, LIFECYCLE, todayInTokyo, type SubsidyStage } from '../api/subsidy-stages';
import { CaseCard } from './case-card';
import { StageColumn } from './stage-column';

interface PipelineBoardProps {
  cases: SubsidyCase[];
  onMove: (item: SubsidyCase, to: SubsidyStage) => void;
}

/**
 * The pipeline by stage. A card may be dropped only on a stage its case can legally move to (the
 * case's `allowedTransitions`, from the API); the others are dimmed while it is dragged, and a drop
 * there is refused with a message.
 */
export function PipelineBoard({ cases, onMove }: PipelineBoardProps) {
  const { t } = useTranslation(['subsidies']);
  const tenantName = useTenantNames();
  const today = todayInTokyo();
  const [active, setActive] = useState<SubsidyCase | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const byId = new Map(cases.map((c) => [c.id, c]));
  const label = (id: string | number | undefined) => t(`subsidies:stage.${String(id) as SubsidyStage}`);
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('subsidies:board.announce.start', { title: byId.get(String(a.id))?.title }),
    onDragOver: ({ over }) => (over ? t('subsidies:board.announce.over', { stage: label(over.id) }) : undefined),
    onDragEnd: ({ over }) => (over ? t('subsidies:board.announce.end', { stage: label(over.id) }) : undefined),
    onDragCancel: () => t('subsidies:board.announce.cancel'),
  };
  const handleStart = (e: DragStartEvent) => setActive(byId.get(String(e.active.id)) ?? null);
  const handleEnd = (e: DragEndEvent) => {
    setActive(null);
    const item = byId.get(String(e.active.id));
    const to = e.over?.id as SubsidyStage | undefined;
    if (!item || !to || to === item.stage) return;
    if (item.allowedTransitions.includes(to)) {
      onMove(item, to);
      return;
    }
    notify('red', t('subsidies:board.illegal', { from: label(item.stage), to: label(to) }));
  };
  const legalFor = (stage: SubsidyStage) =>
    active ? stage === active.stage || active.allowedTransitions.includes(stage) : null;
  const column = (stage: SubsidyStage) => {
    const items = cases.filter((c) => c.stage === stage);
    return (
      <StageColumn key={stage} stage={stage} count={items.length} legal={legalFor(stage)}>
        {items.map((c) => (
          <CaseCard key={c.id} item={c} tenantName={tenantName(c.tenantId)} today={today} onMove={onMove} />
        ))}
      </StageColumn>
    );
  };
  return (
    <DndContext
      sensors={sensors}
      // The stage under the pointer is the target (not the one the card overlaps most), and the board
      // scrolls sideways only when the pointer is close to its edge.
      collisionDetection={pointerWithin}
      autoScroll={{ threshold: { x: 0.08, y: 0 } }}
      onDragStart={handleStart}
      onDragEnd={handleEnd}
      onDragCancel={() => setActive(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('subsidies:board.instructions') } }}
    >
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm" pb="sm">
          {LIFECYCLE.map(column)}
          {CLOSED.map(column)}
        </Group>
      </ScrollArea>
      <DragOverlay>
        {active && (
          <CaseCard item={active} tenantName={tenantName(active.tenantId)} today={today} onMove={onMove} overlay />
        )}
      </DragOverlay>
    </DndContext>
  );
}
