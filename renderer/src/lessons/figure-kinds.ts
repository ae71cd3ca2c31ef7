// Every figure kind a lesson can show, by component name: what the atlas state, the link codec and the
// lesson compiler (typed figure attributes) need. Only the small state modules are imported here; the
// figures themselves stay in their own lazily loaded chunks.
import type { AnyFigureKind } from '../state/figure-kind';
import { biteStructureKind } from '../figures/bite-structure/state';
import { cytokineKind } from '../figures/cytokine/state';
import { caseKind } from '../figures/management-case/state';
import { explorerKind } from '../figures/pkpd-explorer/state';
import { lysisKind } from '../figures/serial-lysis/state';
import { synapseKind } from '../figures/synapse/state';
import { trialsKind } from '../figures/trials-table/state';
import { therapyComparisonKind } from '../figures/therapy-comparison/state';
import { virtualTrialKind } from '../figures/virtual-trial/state';

const ALL = [biteStructureKind, synapseKind, lysisKind, cytokineKind, caseKind, explorerKind, trialsKind, therapyComparisonKind, virtualTrialKind] as unknown as AnyFigureKind[];

export const FIGURE_KINDS: ReadonlyMap<string, AnyFigureKind> = new Map(ALL.map((kind) => [kind.component, kind]));
