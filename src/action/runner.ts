import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

/**
 * The runner protocol the action speaks, byte for byte as `@actions/core` 3.0.1 writes it
 * (lib/core.js, command.js, file-command.js, summary.js). Our own because `@actions/core`
 * loads its OIDC client (`@actions/http-client`, undici: about 1 MB of code) on import, which
 * was most of the action's start-up; the action uses none of it. Only what the action calls
 * is here.
 */

/** `INPUT_<NAME>` (spaces to underscores, upper case; hyphens stay), untrimmed; `''` when unset. */
export function getInput(name: string): string {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
}

/** `name<<DELIMITER\nvalue\nDELIMITER` appended to `GITHUB_OUTPUT`; `::set-output` without it. */
export function setOutput(name: string, value: string): void {
  const filePath = process.env.GITHUB_OUTPUT || '';
  if (filePath) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

/**
 * The heredoc the runner reads: a fresh random delimiter each time; a name or value holding it
 * (which could end the value early and smuggle in another output) is refused.
 */
export function keyValueMessage(key: string, value: string, uuid = randomUUID()): string {
  const delimiter = `ghadelimiter_${uuid}`;
  if (key.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (value.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

/** Where an annotation points, as `@actions/core`'s AnnotationProperties. */
export type AnnotationProperties = {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
};

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** `::error title=T,file=F,line=N::message`: an annotation on the run and in the log. */
export function annotate(
  level: AnnotationLevel,
  message: string,
  properties: AnnotationProperties = {},
): void {
  issueCommand(level, commandProperties(properties), message);
}

export const error = (message: string, properties?: AnnotationProperties): void =>
  annotate('error', message, properties);
export const warning = (message: string, properties?: AnnotationProperties): void =>
  annotate('warning', message, properties);

/** Fails the step (exit code 1 when the process ends) with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Folds the log lines that follow, up to {@link endGroup}. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name);
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '');
}

/**
 * Appends Markdown to the step summary (`GITHUB_STEP_SUMMARY`), which must exist and be
 * readable and writable, as `core.summary.addRaw(text).write()`.
 */
export async function appendSummary(text: string): Promise<void> {
  const filePath = process.env.GITHUB_STEP_SUMMARY;
  if (!filePath)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  try {
    await access(filePath, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(filePath, text, { encoding: 'utf8' });
}

type CommandProperties = Readonly<Record<string, string | number | undefined>>;

/** The runner's names for annotation properties; none at all when none is given. */
function commandProperties(p: AnnotationProperties): CommandProperties {
  if (Object.keys(p).length === 0) return {};
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn,
  };
}

/**
 * `::command key=value,key=value::message` on stdout. Properties with an empty value (or 0)
 * are left out, as the toolkit does, which leaves `::command ::message` when none has one.
 */
export function commandLine(
  command: string,
  properties: CommandProperties,
  message: string,
): string {
  let line = `::${command}`;
  const keys = Object.keys(properties);
  if (keys.length > 0) {
    line += ' ';
    let first = true;
    for (const key of keys) {
      const value = properties[key];
      if (!value) continue;
      // As the toolkit's toCommandValue: a number as JSON.
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      line += `${first ? '' : ','}${key}=${escapeProperty(text)}`;
      first = false;
    }
  }
  return `${line}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: CommandProperties, message: string): void {
  process.stdout.write(commandLine(command, properties, message) + EOL);
}

/** A message cannot end its line early: `%`, CR and LF are %-escaped. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value also cannot end the key (`:`) or start another (`,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
