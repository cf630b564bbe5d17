import { MigrationInterface, QueryRunner } from 'typeorm';

/** Renames one JSON key in every element of subsidy_rounds.prerequisite_cutoffs (order kept). */
const renameKeys = (pairs: [from: string, to: string][]) => {
  const stripped = pairs.reduce((expr, [from]) => `${expr} - '${from}'`, 'e');
  const added = pairs.map(([from, to]) => `'${to}', e->'${from}'`).join(', ');
  return `UPDATE subsidy_rounds SET prerequisite_cutoffs = (
      SELECT COALESCE(jsonb_agg((${stripped}) || jsonb_strip_nulls(jsonb_build_object(${added})) ORDER BY ord), '[]'::jsonb)
        FROM jsonb_array_elements(prerequisite_cutoffs) WITH ORDINALITY AS t(e, ord))
    WHERE jsonb_typeof(prerequisite_cutoffs) = 'array' AND (${pairs
      .map(([from]) => `jsonb_path_exists(prerequisite_cutoffs, '$[*].${from}')`)
      .join(' OR ')})`;
};

/** Subsidy rounds' prerequisite cut-offs are camelCase like the rest of the API: labelJa / labelEn. */
export class PrerequisiteCutoffsCamelCase1796170000000 implements MigrationInterface {
  name = 'PrerequisiteCutoffsCamelCase1796170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      renameKeys([
        ['label_ja', 'labelJa'],
        ['label_en', 'labelEn'],
      ]),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      renameKeys([
        ['labelJa', 'label_ja'],
        ['labelEn', 'label_en'],
      ]),
    );
  }
}
