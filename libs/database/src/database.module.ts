import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from './transaction-runner';

/** Platform database services shared by every context (the DataSource itself comes from the app). */
@Global()
@Module({ providers: [TransactionRunner], exports: [TransactionRunner] })
export class DatabaseModule {}
