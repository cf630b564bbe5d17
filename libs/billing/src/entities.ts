// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { BillingRun } from './billing-run.entity';
import { BillingSettings } from './billing-settings.entity';
import { Charge } from './charge.entity';
import { InvoiceCounter } from './invoice-counter.entity';
import { InvoiceLine } from './invoice-line.entity';
import { Invoice } from './invoice.entity';

export { BillingSettings, InvoiceCounter, BillingRun, Invoice, InvoiceLine, Charge };

/** Every entity of this context, in the order libs/schema lists them. */
export const BILLING_ENTITIES = [BillingSettings, InvoiceCounter, BillingRun, Invoice, InvoiceLine, Charge];
