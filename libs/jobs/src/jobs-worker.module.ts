import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkers } from './job-workers';
import { OutboxRelay } from './outbox-relay';

/** Runs the job handlers of the modules beside it; imported by the worker app only. */
@Module({ imports: [DiscoveryModule], providers: [JobWorkers, OutboxRelay], exports: [OutboxRelay] })
export class JobsWorkerModule {}
