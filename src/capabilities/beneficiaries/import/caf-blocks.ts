import { SaxesParser } from 'saxes';
import type { BlockKind, RawBlock } from './caf-household.js';
import { CafFluxError } from './errors.js';

/**
 * The SAX layer of the CAF/MSA flux: XML text in, small blocks of whitelisted values out. Only
 * the leaves listed in WANTED are captured, so the NIR's text is never copied out of the parser,
 * and a closed household is handed over at once so memory stays flat on any file size.
 */
// Which child element opens a nested block, by the enclosing block's kind and the child's path.
const STARTS: Partial<Record<BlockKind, Record<string, BlockKind>>> = {
  root: { IdentificationFlux: 'header', InfosFoyerRSA: 'household', TransmissionFlux: 'trailer' },
  household: {
    Personne: 'person',
    'DonneesAdministratives/Adresse': 'address',
    'PrestationRSA/SituationDossierRSA/SuspensionVersement': 'suspensionPayment',
    'PrestationRSA/SituationDossierRSA/SuspensionDroit': 'suspensionRight',
  },
  person: { Prestations: 'benefit' },
};

const paths = (prefix: string, leaves: string) => leaves.split(' ').map((l) => `${prefix}${l}`);
export const WANTED: Record<BlockKind, ReadonlySet<string>> = {
  root: new Set(),
  header: new Set(paths('', 'APPLIEME NUMVERSIONAPPLIEME TYPEFLUX NATFLUX DTCREAFLUX HEUCREAFLUX DTREF')),
  trailer: new Set(paths('', 'NBTOTDOSRSATRANSM NBTOTDOSRSATRANSMANO')),
  household: new Set([
    ...paths('IdentificationRSA/Organisme/', 'FONORG NUMORG MATRICULE'),
    ...paths('IdentificationRSA/DemandeRSA/', 'DTDEMRSA NUMDEMRSA'),
    'DonneesAdministratives/SituationFamille/SITFAM',
    'PrestationRSA/SituationDossierRSA/EtatDossierRSA/ETATDOSRSA',
    ...paths('PrestationRSA/SituationDossierRSA/FinDroit/', 'MOTICLORSA DTCLORSA'),
    ...paths('PrestationRSA/SituationDossierRSA/FinDroitMoisAnterieur/', 'MOTICLORSA DTCLORSA'),
    ...paths('PrestationRSA/DetailDroitRSA/TroncCommunDroitRSA/', 'TOPSANSDOMFIXE TOPFOYDRODEVORSA'),
  ]),
  // Identification/NIR is deliberately absent, as is Rattachement (which carries NIRs too).
  person: new Set([
    ...paths('Identification/', 'QUAL NOM NOMNAI PRENOM PRENOM2 PRENOM3 DTNAI SEXE'),
    'DossierPoleEmploi/IDASSEDIC',
    'MontantCalculDroitRSAPersonne/TOPPERSDRODEVORSA',
  ]),
  benefit: new Set(['NATPREST', 'ROLEPERS']),
  address: new Set([
    ...paths('TroncCommunAdresse/', 'RGADR PAYS'),
    ...paths('AdresseDetailleeFrance/', 'COMPLADR NUMVOIE LIBTYPEVOIE NOMVOIE LIEUDIST NUMCOM CODEPOS NOMCOM'),
    ...paths('AdresseHorsFrance/', 'LIBLIG2ADR LIBLIG3ADR LIBLIG4ADR LIBLIG5ADR LIBLIG6ADR LIBLIG7ADR'),
  ]),
  suspensionPayment: new Set(['MOTISUSVERSRSA', 'DDSUSVERSRSA']),
  suspensionRight: new Set(['MOTISUSDRORSA', 'DDSUSDRORSA']),
};

interface Frame {
  /** Path from the enclosing block; '' for an element that opens a block. */
  path: string;
  opensBlock: boolean;
  capture: boolean;
  /** Nothing wanted below (Ressources, Activite…): children are skipped without building paths. */
  dead: boolean;
}

// Every path that leads to a wanted leaf or a nested block, per block kind.
const LIVE = {} as Record<BlockKind, ReadonlySet<string>>;
for (const kind of Object.keys(WANTED) as BlockKind[]) {
  const live = new Set<string>();
  for (const path of [...WANTED[kind], ...Object.keys(STARTS[kind] ?? {})]) {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) live.add(parts.slice(0, i).join('/'));
  }
  LIVE[kind] = live;
}
const DEAD: Frame = { path: '', opensBlock: false, capture: false, dead: true };

/** A parser error names a position and a cause; digit runs are masked in case a value was quoted. */
function malformed(parser: SaxesParser, error: unknown): CafFluxError {
  const detail = (error instanceof Error ? error.message : String(error)).replace(/^[^:]*:?\d+:\d+:\s*/, '').replace(/\d{6,}/g, '…');
  return new CafFluxError(
    `Le fichier XML est mal formé à la ligne ${parser.line}, colonne ${parser.column + 1} (${detail}). Demandez un nouvel envoi du flux à la CAF ou à la MSA.`,
    parser.line,
  );
}

/**
 * Feeds text to the parser and calls `onBlock` for each closed top-level block (IdentificationFlux,
 * InfosFoyerRSA, TransmissionFlux). Throws CafFluxError on malformed XML or on a file that is not
 * a VRSB0801 flux.
 */
export function createBlockCollector(onBlock: (block: RawBlock) => void): { write(text: string): void; close(): void; started(): boolean } {
  const parser = new SaxesParser();
  const frames: Frame[] = [];
  const blocks: RawBlock[] = [];
  let text = '';
  let sawRoot = false;

  parser.on('opentag', ({ name }) => {
    const parent = frames[frames.length - 1];
    const block = blocks[blocks.length - 1];
    if (!parent || !block) {
      if (name !== 'Racine') {
        throw new CafFluxError(
          `Ce fichier n'est pas un flux bénéficiaires RSA de la CAF ou de la MSA : son élément racine est « ${name} » au lieu de « Racine ».`,
          parser.line,
        );
      }
      sawRoot = true;
      blocks.push({ kind: 'root', values: {}, children: [] });
      frames.push({ path: '', opensBlock: true, capture: false, dead: false });
      return;
    }
    if (parent.dead) {
      frames.push(DEAD);
      return;
    }
    const path = parent.opensBlock ? name : `${parent.path}/${name}`;
    const kind = STARTS[block.kind]?.[path];
    if (kind) {
      blocks.push({ kind, values: {}, children: [] });
      frames.push({ path: '', opensBlock: true, capture: false, dead: false });
      return;
    }
    if (!LIVE[block.kind].has(path)) {
      frames.push(DEAD);
      return;
    }
    const capture = WANTED[block.kind].has(path);
    if (capture) text = '';
    frames.push({ path, opensBlock: false, capture, dead: false });
  });
  const onText = (t: string) => {
    if (frames[frames.length - 1]?.capture) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = frames.pop();
    if (!frame) return;
    if (frame.capture) {
      (blocks[blocks.length - 1] as RawBlock).values[frame.path] = text.trim();
      text = '';
    }
    if (!frame.opensBlock) return;
    const closed = blocks.pop() as RawBlock;
    const parent = blocks[blocks.length - 1];
    // Top-level blocks leave at once; nested ones wait inside their household.
    if (parent?.kind === 'root') onBlock(closed);
    else parent?.children.push(closed);
  });

  const guarded = (action: () => void) => {
    try {
      action();
    } catch (error) {
      throw error instanceof CafFluxError ? error : malformed(parser, error);
    }
  };
  return {
    write: (chunk) => guarded(() => parser.write(chunk)),
    close: () => guarded(() => parser.close()),
    started: () => sawRoot,
  };
}
