// Every model-computed item template, in the order the bank lists them (one card each: `tpl:<id>`), by lesson.
import { bCellDepletion } from './b-cell-depletion';
import { burdenMarrow } from './burden-marrow';
import { childCss } from './child-css';
import { cnsCycle2, cnsStepPeakExposure } from './cns-cycles';
import { cssAtRate } from './css-at-rate';
import { doseLadderMarrow } from './dose-ladder-marrow';
import { il6Burden } from './il6-burden';
import { il6PeakTime } from './il6-peak-time';
import { il6StepVsFlat } from './il6-step-vs-flat';
import { interruptionCycleEnd } from './interruption-cycle-end';
import { killsPerTCell } from './kills-per-t-cell';
import { levelAfterStop } from './level-after-stop';
import { marrowEngagementAtDose } from './marrow-engagement';
import { drugPerBCell, receptorOccupancyAtCss } from './occupancy';
import { flat5VersusLabel, mrdResponse, responseDay28 } from './responses';
import { stepBump } from './step-bump';
import { tCellCountMarrow } from './t-cell-count-marrow';
import { tCellNadir } from './t-cell-nadir';
import { tCellRecovery } from './t-cell-recovery';
import { timeToPlateau } from './time-to-plateau';
import { tregBrakeShare } from './treg-brake';
import { tregMarrow } from './treg-marrow';
import { wellClearance } from './well-clearance';
import { anyTemplate, type ItemTemplate } from './template';

export const TEMPLATES: readonly ItemTemplate[] = [
  // 1 what a BiTE is
  anyTemplate(levelAfterStop),
  anyTemplate(bCellDepletion),
  // 2 immune synapse
  anyTemplate(receptorOccupancyAtCss),
  anyTemplate(drugPerBCell),
  // 3 serial lysis
  anyTemplate(killsPerTCell),
  anyTemplate(wellClearance),
  anyTemplate(burdenMarrow),
  anyTemplate(tregMarrow),
  anyTemplate(marrowEngagementAtDose),
  // 4 CNS toxicity and CRS
  anyTemplate(il6PeakTime),
  anyTemplate(tCellNadir),
  anyTemplate(il6Burden),
  anyTemplate(il6StepVsFlat),
  anyTemplate(stepBump),
  anyTemplate(cnsStepPeakExposure),
  anyTemplate(cnsCycle2),
  // 5 kinetics and dosing
  anyTemplate(timeToPlateau),
  anyTemplate(cssAtRate),
  anyTemplate(doseLadderMarrow),
  anyTemplate(childCss),
  anyTemplate(interruptionCycleEnd),
  anyTemplate(tCellRecovery),
  // 6 clinical evidence
  anyTemplate(tregBrakeShare),
  anyTemplate(responseDay28),
  anyTemplate(flat5VersusLabel),
  // 7 after the review
  anyTemplate(mrdResponse),
  anyTemplate(tCellCountMarrow),
];

export function templateById(id: string): ItemTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
