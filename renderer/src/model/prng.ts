// Seeded pseudo-random numbers for the agent model (mulberry32): deterministic and replayable (no global random source).
// The whole generator state is one uint32, so a world snapshot can store and restore it exactly.

/** A small deterministic PRNG. `state` can be read and written to snapshot/replay a stream. */
export class Mulberry32 {
  state: number;

  constructor(seed: number) {
    // Mix the seed once so that nearby seeds give unrelated streams.
    let s = (Math.trunc(seed) ^ 0x9e3779b9) >>> 0;
    s = Math.imul(s ^ (s >>> 16), 0x85ebca6b) >>> 0;
    s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35) >>> 0;
    this.state = (s ^ (s >>> 16)) >>> 0;
  }

  /** Uniform number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}
