/**
 * A set of small non-negative integers (token hashes), open addressing in
 * one typed array: the scanner asks it once per word ("is this a
 * stopword?"), where a `Set` lookup cost a hash of the boxed key and a
 * table walk several times longer.
 */
export class IntSet {
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly size: number;

  constructor(values: Iterable<number>) {
    const list = [...new Set(values)];
    let capacity = 16;
    while (capacity < list.length * 4) capacity *= 2;
    this.#slots = new Int32Array(capacity).fill(-1);
    this.#mask = capacity - 1;
    for (const value of list) {
      let slot = mix(value) & this.#mask;
      while (this.#slots[slot] !== -1) slot = (slot + 1) & this.#mask;
      this.#slots[slot] = value;
    }
    this.size = list.length;
  }

  has(value: number): boolean {
    const slots = this.#slots;
    let slot = mix(value) & this.#mask;
    for (;;) {
      const stored = slots[slot] as number;
      if (stored === value) return true;
      if (stored === -1) return false;
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** Token hashes are already well mixed in their high bits; spread them to the low ones. */
function mix(value: number): number {
  return (value ^ (value >>> 15)) >>> 0;
}

/**
 * A map from small non-negative integers (token hashes) to values, open
 * addressing in typed arrays: the catalogue trie asks it once per token of
 * every line, where a `Map` lookup hashed a boxed key and walked a chain.
 */
export class IntMap<V> {
  #keys: Int32Array;
  #values: (V | undefined)[];
  #mask: number;
  #size = 0;

  constructor() {
    this.#keys = new Int32Array(8).fill(-1);
    this.#values = new Array(8);
    this.#mask = 7;
  }

  get size(): number {
    return this.#size;
  }

  get(key: number): V | undefined {
    const keys = this.#keys;
    let slot = mix(key) & this.#mask;
    for (;;) {
      const stored = keys[slot] as number;
      if (stored === key) return this.#values[slot];
      if (stored === -1) return undefined;
      slot = (slot + 1) & this.#mask;
    }
  }

  set(key: number, value: V): void {
    if ((this.#size + 1) * 2 > this.#keys.length) this.#grow();
    let slot = mix(key) & this.#mask;
    for (;;) {
      const stored = this.#keys[slot] as number;
      if (stored === key) {
        this.#values[slot] = value;
        return;
      }
      if (stored === -1) break;
      slot = (slot + 1) & this.#mask;
    }
    this.#keys[slot] = key;
    this.#values[slot] = value;
    this.#size++;
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    this.#keys = new Int32Array(keys.length * 2).fill(-1);
    this.#values = new Array(keys.length * 2);
    this.#mask = keys.length * 2 - 1;
    this.#size = 0;
    for (let slot = 0; slot < keys.length; slot++)
      if ((keys[slot] as number) !== -1) this.set(keys[slot] as number, values[slot] as V);
  }
}
