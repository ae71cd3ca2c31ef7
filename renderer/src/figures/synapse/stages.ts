// The seven stages of the immune synapse the figure steps through, in order: names, one-line summaries
// for the stage list and the longer sentence the description and the "now" line use (science.md §2.3, §2.4, §4.6).

export type StageId = 'drift' | 'cd19' | 'bridge' | 'activation' | 'perforin' | 'apoptosis' | 'release';

export interface StageInfo {
  id: StageId;
  /** Short name for the stage list and the timeline landmarks. */
  name: string;
  /** What happens, one sentence, for the "now" line under the drawing. */
  summary: string;
  /** The clause the generated description uses after "Stage n of 7 — ". */
  describe: string;
}

export const STAGES: readonly StageInfo[] = [
  {
    id: 'drift',
    name: 'No drug on the cells yet',
    summary: 'The infusion has just started. Without a bridge the T cell bumps into the blast and drifts on.',
    describe: 'no drug is bridging the cells yet, so the T cell touches the blast and drifts past it',
  },
  {
    id: 'cd19',
    name: 'BiTE binds CD19 first',
    summary:
      'The anti-CD19 arm (K_D 1.49 nM) settles on CD19 of the blast; the weak anti-CD3 arm (K_D 260 nM) hardly binds T cells from the blood. The T cell scans: the CD19-negative bystander offers nothing to hold.',
    describe: 'blinatumomab settles on CD19 of the blast through its tight arm, while almost none sits on the T cell’s CD3',
  },
  {
    id: 'bridge',
    name: 'Bridge to CD3: the synapse forms',
    summary:
      'At contact the free anti-CD3 arm catches CD3, bridging the cells without MHC; LFA-1 adhesion seals a tight contact zone.',
    describe: 'at contact the free anti-CD3 arm catches CD3 and LFA-1 adhesion seals a synapse',
  },
  {
    id: 'activation',
    name: 'The T cell switches on',
    summary: 'CD25, CD69 and CD2 appear on the T cell, its granules move to the contact, and it releases IFN-γ, TNF-α, IL-2, IL-6 and IL-10.',
    describe: 'the T cell switches on, shows CD25, CD69 and CD2 and releases cytokines',
  },
  {
    id: 'perforin',
    name: 'Perforin and granzyme enter the blast',
    summary: 'Granules empty into the sealed cleft: perforin opens pores in the blast’s membrane and granzyme passes through them.',
    describe: 'perforin and granzyme enter the blast',
  },
  {
    id: 'apoptosis',
    name: 'Caspases: the blast dies by apoptosis',
    summary: 'Granzyme switches on the blast’s caspases; the cell blebs and its nucleus condenses and breaks up.',
    describe: 'granzyme has switched on the blast’s caspases and it dies by apoptosis, blebbing and fragmenting',
  },
  {
    id: 'release',
    name: 'Release and move on',
    summary:
      'The weak anti-CD3 arm lets go first, so the drug stays on the dying blast; the T cell crawls on to the next CD19-positive blast.',
    describe: 'the weak anti-CD3 arm has let go first and the T cell moves on to the next CD19-positive blast',
  },
];

export const STAGE_COUNT = STAGES.length;
