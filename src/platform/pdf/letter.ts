import { openDocument, type OpenDocument, type PrintingDepartment } from './document.js';
import { longDate, shortDate } from './format.js';
import { accentOf, fields, section, signatureFrames, titleBlock, type Struct } from './layout.js';

/** A letter to a person (A4 portrait, French, tagged): what every such letter starts with. */
export interface PersonLetterHead {
  title: string;
  reference: string;
  /** ISO date of the letter. */
  on: string;
  person: { name: string; addressLines: string[] };
  department: PrintingDepartment;
  generatedAt: string;
}

export interface OpenPersonLetter extends Pick<OpenDocument, 'doc' | 'root'> {
  accent: string;
  /** Adds a titled section in the letter's colour. */
  section: (title: string, body: (sect: Struct) => void) => void;
  /** Signs for the Président du Conseil départemental, on the letter's date, and returns the file. */
  signed: (signatory: string) => Promise<Uint8Array>;
}

/**
 * Opens the letter and draws its head: the département's title block (date and reference) and the
 * addressee. The caller adds its own sections, then has it `signed`.
 */
export function openPersonLetter(head: PersonLetterHead): OpenPersonLetter {
  const opened = openDocument({
    title: `${head.title} — ${head.person.name} — ${shortDate(head.on)}`,
    subject: `${head.title}, référence ${head.reference}`,
    department: head.department,
    generatedAt: head.generatedAt,
    funded: false,
  });
  const { doc, root } = opened;
  const accent = accentOf(head.department.primaryColor);
  titleBlock(doc, root, { accent, department: head.department, title: head.title, subtitle: `Le ${longDate(head.on)} — référence ${head.reference}` });
  section(doc, root, 'Destinataire', accent, (sect) =>
    fields(doc, sect, [['Nom', head.person.name], ['Adresse', head.person.addressLines.join(', ') || null]]));
  return {
    doc,
    root,
    accent,
    section: (title, body) => section(doc, root, title, accent, body),
    signed: (signatory) => {
      section(doc, root, 'Signature', accent, (sect) =>
        signatureFrames(doc, sect, [{ title: 'Pour le Président du Conseil départemental', lines: [signatory, `Le ${longDate(head.on)}`] }], 80));
      return opened.finish([`${head.title} — ${head.person.name}`]);
    },
  };
}

