import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import {
  ACCOUNT_NUMBER_MESSAGE,
  ACCOUNT_NUMBER_PATTERN,
  BANK_CODE_MESSAGE,
  BANK_CODE_PATTERN,
  BRANCH_CODE_MESSAGE,
  BRANCH_CODE_PATTERN,
} from '@tamago/payments';

// The swagger plugin documents only regex literals, so the pattern is stated again for OpenAPI here.
function bankFormat(pattern: RegExp, message: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ pattern: pattern.source }), Matches(pattern, { message }));
}

/** 金融機関コード in payments' format (4 digits). */
export const IsBankCode = (): PropertyDecorator => bankFormat(BANK_CODE_PATTERN, BANK_CODE_MESSAGE);
/** 支店コード in payments' format (3 digits). */
export const IsBranchCode = (): PropertyDecorator => bankFormat(BRANCH_CODE_PATTERN, BRANCH_CODE_MESSAGE);
/** 口座番号 in payments' format (7 digits). */
export const IsAccountNumber = (): PropertyDecorator => bankFormat(ACCOUNT_NUMBER_PATTERN, ACCOUNT_NUMBER_MESSAGE);
