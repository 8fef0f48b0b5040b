import { comparableName, type ImportRejection, type ImportedPerson } from './records.js';

/**
 * Two lines of one file for the same person: the later one is rejected, naming the first, so the
 * file's author decides which is right instead of the import silently keeping either.
 */
export function removeDuplicates(persons: readonly ImportedPerson[]): { kept: ImportedPerson[]; rejections: ImportRejection[] } {
  const seen = new Map<string, number>();
  const kept: ImportedPerson[] = [];
  const rejections: ImportRejection[] = [];
  for (const person of persons) {
    const keys: [string, string][] = [
      [`name|${comparableName(person.lastName)}|${comparableName(person.firstNames)}|${person.birthDate}`, 'mêmes nom, prénom(s) et date de naissance'],
    ];
    if (person.cafNumber) keys.unshift([`caf|${person.cafNumber}|${person.birthDate}`, 'même numéro allocataire et même date de naissance']);
    const clash = keys.find(([key]) => seen.has(key));
    if (clash) {
      const first = seen.get(clash[0]) as number;
      rejections.push({
        line: person.line,
        column: null,
        field: null,
        reason: `Ligne ${person.line} : doublon de la ligne ${first} (${clash[1]}).`,
      });
      continue;
    }
    for (const [key] of keys) seen.set(key, person.line);
    kept.push(person);
  }
  return { kept, rejections };
}
