import { IsUUID } from 'class-validator';

/** `:id` path parameter; a malformed id is a 400 naming `id`, an unknown one a 404. */
export class IdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
