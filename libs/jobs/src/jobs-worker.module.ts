import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobWorkers } from './job-workers';

/** Runs the job handlers of the modules beside it; imported by the worker app only. */
@Module({ imports: [DiscoveryModule], providers: [JobWorkers] })
export class JobsWorkerModule {}
