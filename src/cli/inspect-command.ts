import { UsageError } from '../core/errors.js';
import { inspectAttestation } from '../core/inspect.js';
import { readAttestations } from '../core/input/read-attestations.js';
import { printableDeep } from '../render/printable.js';
import { renderInspect } from '../render/inspect.js';
import { readInputFile } from '../sources/files.js';
import { INSPECT_OPTIONS, parse, parseFormat } from './args.js';

/** Show what bundles claim, without judging them. Nothing here is verified. */
export async function runInspect(argv: string[]): Promise<string> {
  const { values, positionals } = parse(argv, INSPECT_OPTIONS);
  const format = parseFormat(values.format);
  if (positionals.length === 0) throw new UsageError('inspect takes one or more bundle files');
  const files = [];
  for (const file of positionals)
    files.push({
      file,
      attestations: readAttestations(file, await readInputFile(file)).map(inspectAttestation),
    });
  if (format === 'json')
    return `${JSON.stringify(
      {
        schemaVersion: 1,
        command: 'inspect',
        verified: false,
        // Flat, as before, for one file; every file's attestations in order for several.
        attestations: printableDeep(files.flatMap((f) => f.attestations)),
      },
      null,
      2,
    )}\n`;
  return renderInspect(files);
}
