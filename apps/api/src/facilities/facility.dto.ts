import { ApiProperty } from '@nestjs/swagger';
import type { BillingSettingsView } from '@tamago/billing';
import type { Facility } from '@tamago/facilities';
import { Actor, STAFF_ROLES } from '@tamago/identity';
import { BankAccountDto, FacilityBillingDto } from '../billing/billing-settings.dto';

/** A facility as the platform operator lists it. */
export class FacilityDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() createdAt!: string;

  static from(f: Facility): FacilityDto {
    return { id: f.id, name: f.name, timeZone: f.timeZone, locale: f.locale, createdAt: f.createdAt.toISOString() };
  }
}

/** Staff's view of their facility: every billing setting (billing_settings, owned by libs/billing). */
export class OwnFacilityDto extends FacilityBillingDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty() locale!: string;
  @ApiProperty() createdAt!: string;

  static of(f: Facility, billing: BillingSettingsView): OwnFacilityDto {
    return { ...FacilityDto.from(f), ...FacilityBillingDto.from(billing) };
  }
}

/**
 * A tenant user's view: what a payer needs to check an invoice's issuer and pay by transfer.
 * Fields are picked one by one so a new setting is never shown to tenants by accident.
 */
export class PayerFacilityDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) legalName!: string | null;
  @ApiProperty({ description: 'name printed as issuer: legalName or the facility name' }) issuerName!: string;
  @ApiProperty({ nullable: true, type: String }) registrationNumber!: string | null;
  @ApiProperty({ type: BankAccountDto, nullable: true, description: 'account for bank transfers' })
  bankAccount!: BankAccountDto | null;

  static of(f: Facility, billing: BillingSettingsView): PayerFacilityDto {
    return {
      id: f.id,
      name: f.name,
      legalName: billing.legalName,
      issuerName: billing.issuerName,
      registrationNumber: billing.registrationNumber,
      bankAccount: billing.bankAccount,
    };
  }
}

/** Staff get every setting; anyone without a staff role (tenant users) only the payer view. */
export function facilityViewFor(
  actor: Actor,
  f: Facility,
  billing: BillingSettingsView,
): OwnFacilityDto | PayerFacilityDto {
  const staff = actor.roles.some((r) => STAFF_ROLES.includes(r));
  return staff ? OwnFacilityDto.of(f, billing) : PayerFacilityDto.of(f, billing);
}
